using Safeguard.Complaints;

namespace Safeguard.Correspondence.Letters;

/// <summary>
/// Tells a complainant, with reasons, of a decision to close their complaint or not take it further
/// (CX_DECISION_NOTICE, <see cref="LetterKind.Outcome"/>), and what they can do about it.
/// </summary>
public sealed record ComplaintDecisionLetter : ILetterTemplate
{
    public required LetterAddressing Addressing { get; init; }

    public required string ComplainantName { get; init; }

    public required string ComplaintReference { get; init; }

    public required ComplaintDecision Decision { get; init; }

    /// <summary>Why the decision was made, in the complaints manager's own words; a blank line starts a new paragraph.</summary>
    public required string Reasons { get; init; }

    /// <summary>The date to go to the Ombudsman by (<see cref="NextStepDeadlines.OmbudsmanBy"/>).</summary>
    public required DateOnly OmbudsmanBy { get; init; }

    public required ContactDetails ComplaintsManager { get; init; }

    public Letter Compose()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ComplainantName);
        ArgumentException.ThrowIfNullOrWhiteSpace(ComplaintReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(Reasons);
        if (OmbudsmanBy <= Addressing.Date)
        {
            throw new ArgumentException($"The date to go to the Ombudsman by, {LetterWording.Date(OmbudsmanBy)}, must be after the letter's date.", nameof(OmbudsmanBy));
        }

        List<LetterBlock> body =
        [
            .. WhatWeDecided(),
            new LetterDetails([new("Complainant", ComplainantName), new("Complaint reference", ComplaintReference)]),
            new LetterHeading("Why we made this decision"),
            .. ComplaintLetterWording.Paragraphs(Reasons),
            new LetterHeading("What you can do"),
            .. BeforeTheOmbudsman(),
            new LetterParagraph(
                $"If you are not satisfied with this decision, you can ask the {ComplaintLetterWording.OmbudsmanName} to look at "
                + "your complaint."),
            .. ComplaintLetterWording.Ombudsman(OmbudsmanBy),
            new LetterHeading("Who to contact"),
            new LetterParagraph("If you have questions about this letter, contact our complaints manager:"),
            LetterWording.ContactBlock(ComplaintsManager),
        ];
        return new Letter(LetterKind.Outcome, Addressing, $"Our decision about your complaint {ComplaintReference}", body);
    }

    private LetterParagraph[] WhatWeDecided() => Decision switch
    {
        ComplaintDecision.ClosedAsResolved => [new("We have closed your complaint because it has been resolved.")],
        ComplaintDecision.Withdrawn => [new("We have closed your complaint because it has been withdrawn.")],
        ComplaintDecision.NotProgressed => [new("We have decided not to take your complaint further under the children's complaints procedure.")],
        ComplaintDecision.Stage3Declined =>
        [
            new("We have decided not to set up a review panel for your complaint. A review panel is stage 3 of the children's complaints procedure."),
            new("We can make this decision only in exceptional circumstances."),
        ],
        ComplaintDecision.LateComplaintNotAccepted =>
        [
            new("We have decided not to accept your complaint under the children's complaints procedure, because it was made too late."),
            new(
                "A complaint should be made within a year of the events it is about. We can look at a later complaint only if "
                + "there was a good reason it was not made sooner and we can still look into it fairly."),
        ],
        _ => throw new InvalidOperationException($"No wording for the decision {Decision}."),
    };

    private LetterParagraph[] BeforeTheOmbudsman() => Decision switch
    {
        ComplaintDecision.Withdrawn =>
        [
            new("If you did not mean to withdraw your complaint, or you want to go on with it, contact our complaints manager as soon as possible."),
        ],
        ComplaintDecision.Stage3Declined =>
        [
            new("If you do not agree with this decision, tell our complaints manager. You can ask again for a review panel."),
        ],
        _ => [],
    };
}
