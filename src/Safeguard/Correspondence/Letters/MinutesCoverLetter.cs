using Safeguard.Protection;

namespace Safeguard.Correspondence.Letters;

/// <summary>The letter sent with the minutes of a conference or core group meeting (<see cref="LetterKind.Minutes"/>).</summary>
public sealed record MinutesCoverLetter : ILetterTemplate
{
    public required LetterAddressing Addressing { get; init; }

    public required string ChildName { get; init; }

    public required MeetingType Meeting { get; init; }

    /// <summary>Names the kind of conference when known; not used for a core group meeting.</summary>
    public ConferenceKind? Conference { get; init; }

    public required DateOnly HeldOn { get; init; }

    /// <summary>The date by which corrections are asked for; without it the letter asks for them as soon as possible.</summary>
    public DateOnly? CorrectionsBy { get; init; }

    public required ContactDetails Contact { get; init; }

    public Letter Compose()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ChildName);
        var meeting = MeetingName();
        var when = CorrectionsBy is { } by ? $"by {LetterWording.DayAndDate(by)}" : "as soon as possible";
        List<LetterBlock> body =
        [
            new LetterParagraph($"I enclose the minutes of the {meeting} about {ChildName} held on {LetterWording.DayAndDate(HeldOn)}."),
            new LetterHeading("If something in the minutes is wrong"),
            new LetterParagraph(
                $"Please read the minutes carefully. If you think something in them is wrong or missing, write to "
                + $"{Contact.Name} {when}. Say which part of the minutes you mean and what you think it should say."),
            new LetterParagraph("The chair will decide whether to change the minutes, and we will write to tell you what they decide."),
            new LetterHeading("Who to contact"),
            LetterWording.ContactBlock(Contact),
            new LetterParagraph(
                "The minutes contain private information. Please keep them safe and do not share them with anyone who is "
                + "not involved."),
        ];
        return new Letter(LetterKind.Minutes, Addressing, $"Minutes of the {meeting} about {ChildName} held on {LetterWording.Date(HeldOn)}", body);
    }

    private string MeetingName() => Meeting switch
    {
        MeetingType.CoreGroup => "core group meeting",
        MeetingType.Conference => Conference is { } kind ? LetterWording.ConferenceName(kind) : "child protection conference",
        _ => throw new InvalidOperationException($"No wording for a {Meeting} meeting."),
    };
}
