using Safeguard.Protection;

namespace Safeguard.Correspondence.Letters;

/// <summary>Who an invitation is for: a parent or carer is told they may bring a supporter; a professional is asked for what they know.</summary>
public enum Invitee { Parent, Professional }

/// <summary>An invitation to an initial, review or transfer-in child protection conference (<see cref="LetterKind.Invitation"/>).</summary>
public sealed record ConferenceInvitationLetter : ILetterTemplate
{
    public required LetterAddressing Addressing { get; init; }

    public required Invitee Invitee { get; init; }

    public required string ChildName { get; init; }

    public required ConferenceKind Conference { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Left out when not yet arranged; the letter then says it is to be confirmed.</summary>
    public TimeOnly? StartTime { get; init; }

    /// <summary>Left out when not yet arranged; the letter then says it is to be confirmed.</summary>
    public string? Place { get; init; }

    public required ContactDetails Contact { get; init; }

    public Letter Compose()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ChildName);
        var conference = LetterWording.ConferenceName(Conference);
        const string ToBeConfirmed = "To be confirmed. We will write to tell you.";
        List<LetterBlock> body =
        [
            new LetterParagraph($"You are invited to {LetterWording.IndefiniteArticle(conference)} {conference} about {ChildName}."),
            new LetterDetails(
            [
                new("Date", LetterWording.DayAndDate(Date)),
                new("Time", StartTime is { } time ? LetterWording.Time(time) : ToBeConfirmed),
                new("Place", string.IsNullOrWhiteSpace(Place) ? ToBeConfirmed : Place),
            ]),
            new LetterHeading("What a child protection conference is"),
            new LetterParagraph(
                "A child protection conference is a meeting of the family and the professionals who work with them, such as "
                + "social workers, teachers, health visitors, doctors and the police. It is led by a chair who does not work "
                + "with the family."),
            new LetterParagraph(Purpose()),
            .. Invitee == Invitee.Parent ? ForParent() : ForProfessional(),
            new LetterHeading("Who to contact"),
            new LetterParagraph(
                $"Contact {Contact.Name} if you have any questions, need an interpreter, need help to get to the meeting or "
                + "need this letter in another format."),
            LetterWording.ContactBlock(Contact),
        ];
        return new Letter(LetterKind.Invitation, Addressing, $"Invitation to {LetterWording.IndefiniteArticle(conference)} {conference} about {ChildName}", body);
    }

    private string Purpose() => Conference switch
    {
        ConferenceKind.Initial =>
            $"At this conference we will look at what is known about {ChildName}'s safety and decide together whether "
            + $"{ChildName} needs a child protection plan to keep them safe.",
        ConferenceKind.Review =>
            $"At this review conference we will look at how the child protection plan for {ChildName} is working and "
            + "decide whether it is still needed.",
        ConferenceKind.TransferIn =>
            $"{ChildName} has moved to our area with a child protection plan made by another council. At this conference "
            + $"we will decide whether {ChildName} still needs a child protection plan here and what it should include.",
        _ => throw new InvalidOperationException($"No wording for a {Conference} conference."),
    };

    private LetterBlock[] ForParent() =>
    [
        new LetterHeading("Your part in the conference"),
        new LetterParagraph("Your views are important. You can say what you think and ask questions at the conference."),
        new LetterParagraph(
            $"You can bring someone to support you, such as a friend, relative or advocate. Please tell {Contact.Name} "
            + "who you are bringing before the conference."),
        new LetterParagraph(
            $"If you cannot come, tell {Contact.Name} as soon as possible. You can give us your views in writing or by "
            + "talking to the social worker before the conference."),
    ];

    private LetterBlock[] ForProfessional() =>
    [
        new LetterHeading("Your part in the conference"),
        new LetterParagraph($"Please come ready to share what you and your service know about {ChildName} and the family."),
        new LetterParagraph(
            $"If you cannot come, send a written report to {Contact.Name} before the conference and, if you can, ask a "
            + "colleague who knows the family to come instead."),
    ];
}
