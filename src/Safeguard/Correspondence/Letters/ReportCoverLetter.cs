using Safeguard.Protection;

namespace Safeguard.Correspondence.Letters;

/// <summary>
/// The letter sent with the social worker's report for a conference (<see cref="LetterKind.Report"/>). It does not
/// say how many working days before the conference it was sent: that is for the record to show, not the letter.
/// </summary>
public sealed record ReportCoverLetter : ILetterTemplate
{
    public required LetterAddressing Addressing { get; init; }

    public required string ChildName { get; init; }

    public required ConferenceKind Conference { get; init; }

    public required DateOnly ConferenceDate { get; init; }

    public required ContactDetails Contact { get; init; }

    public Letter Compose()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ChildName);
        var conference = LetterWording.ConferenceName(Conference);
        List<LetterBlock> body =
        [
            new LetterParagraph(
                $"I enclose the social worker's report for the {conference} about {ChildName} on "
                + $"{LetterWording.DayAndDate(ConferenceDate)}."),
            new LetterParagraph(
                "Please read the report before the conference, so that you know what it says and can tell the conference "
                + "what you think."),
            new LetterHeading("If you have questions about the report"),
            new LetterParagraph(
                $"If you do not understand something in the report, or you think something in it is wrong, contact "
                + $"{Contact.Name} before the conference. You can also say so at the conference."),
            LetterWording.ContactBlock(Contact),
            new LetterParagraph(
                "The report contains private information. Please keep it safe and do not share it with anyone who is not "
                + "involved."),
        ];
        return new Letter(LetterKind.Report, Addressing, $"Social worker's report for the {conference} about {ChildName}", body);
    }
}
