using Safeguard.Complaints;

namespace Safeguard.Correspondence.Letters;

/// <summary>A point of complaint and what the response decided about it; an excluded point says why it is excluded.</summary>
public sealed record ResponsePoint(string Reference, string Summary, PointOutcome? Outcome, string? ExclusionReason = null);

/// <summary>A remedy agreed with the complainant: an apology, a payment (with its amount in pounds) or something else, and the date it will be delivered by.</summary>
public sealed record ResponseRemedy(RemedyKind Kind, string Description, DateOnly By, decimal? Amount = null);

/// <summary>Something the council will do, and the date it will be done by.</summary>
public sealed record ResponseAction(string Text, DateOnly By);

/// <summary>
/// A response under the children's complaints procedure (SI 2006/1738, <see cref="LetterKind.Outcome"/>): at stage 1
/// the council's response, at stage 2 its adjudication on the investigating officer's and independent person's
/// reports, at stage 3 its response to the review panel's report. It gives an outcome for every point
/// (CX_RESPONSE_ALL_POINTS) and always says what the complainant can do next and by when.
/// </summary>
public sealed record ComplaintResponseLetter : ILetterTemplate
{
    public required LetterAddressing Addressing { get; init; }

    /// <summary>1, 2 or 3.</summary>
    public required int Stage { get; init; }

    public required string ComplainantName { get; init; }

    public required string ComplaintReference { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    /// <summary>The complaints manager's own words; a blank line starts a new paragraph.</summary>
    public required string ResponseText { get; init; }

    /// <summary>Every point of the complaint, each with its outcome.</summary>
    public required IReadOnlyList<ResponsePoint> Points { get; init; }

    public IReadOnlyList<ResponseRemedy> Remedies { get; init; } = [];

    public IReadOnlyList<ResponseAction> Actions { get; init; } = [];

    /// <summary>
    /// At stages 1 and 2 the date to ask for the next stage by (<see cref="NextStepDeadlines.NextStageBy"/>); at stage 3
    /// the date to go to the Ombudsman by (<see cref="NextStepDeadlines.OmbudsmanBy"/>).
    /// </summary>
    public required DateOnly NextStepBy { get; init; }

    public required ContactDetails ComplaintsManager { get; init; }

    public Letter Compose()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Stage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Stage, 3);
        ArgumentException.ThrowIfNullOrWhiteSpace(ComplainantName);
        ArgumentException.ThrowIfNullOrWhiteSpace(ComplaintReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(ResponseText);
        EnsureEveryPointHasAnOutcome();
        EnsureRemediesAndActionsAreComplete();
        if (NextStepBy <= Addressing.Date)
        {
            throw new ArgumentException($"The date for the next step, {LetterWording.Date(NextStepBy)}, must be after the letter's date.", nameof(NextStepBy));
        }

        List<LetterBlock> body =
        [
            .. Introduction(),
            new LetterDetails(
            [
                new("Complainant", ComplainantName),
                new("Complaint reference", ComplaintReference),
                new("Complaint received", LetterWording.Date(ReceivedOn)),
            ]),
            new LetterHeading("Our response"),
            .. ComplaintLetterWording.Paragraphs(ResponseText),
            new LetterHeading("Our decision on each point"),
            .. Points.Select(PointDetails),
            .. PuttingThingsRight(),
            .. WhatWeWillDo(),
            new LetterHeading("If you are not satisfied"),
            .. Stage == 3 ? ToTheOmbudsman() : ToTheNextStage(),
        ];
        return new Letter(LetterKind.Outcome, Addressing, Subject(), body);
    }

    private string Subject() => Stage switch
    {
        1 => $"Stage 1 response to your complaint {ComplaintReference}",
        2 => $"Stage 2 adjudication on your complaint {ComplaintReference}",
        _ => $"Our response to the review panel's report on your complaint {ComplaintReference}",
    };

    private LetterParagraph[] Introduction() => Stage switch
    {
        1 => [new LetterParagraph("This is our response to your complaint at stage 1 of the children's complaints procedure.")],
        2 =>
        [
            new LetterParagraph("This letter gives our decision on your complaint at stage 2 of the children's complaints procedure."),
            new LetterParagraph(
                "I have considered the investigating officer's report and the independent person's report on your complaint. "
                + "Both reports are enclosed with this letter."),
        ],
        _ =>
        [
            new LetterParagraph("A review panel of 3 independent people has considered your complaint and sent us its report."),
            new LetterParagraph("This letter is our response to the panel's report, at stage 3 of the children's complaints procedure."),
        ],
    };

    private static LetterDetails PointDetails(ResponsePoint point)
    {
        var outcome = point.Outcome!.Value;
        List<KeyValuePair<string, string>> rows =
        [
            new($"Point {point.Reference}", point.Summary),
            new("Outcome", ComplaintLetterWording.OutcomeMeaning(outcome)),
        ];
        if (outcome == PointOutcome.Excluded)
        {
            rows.Add(new("Reason", point.ExclusionReason!));
        }

        return new LetterDetails(rows);
    }

    private LetterBlock[] PuttingThingsRight() => Remedies.Count == 0
        ? []
        :
        [
            new LetterHeading("Putting things right"),
            new LetterParagraph("We have agreed to put things right in these ways."),
            new LetterDetails([.. Remedies.Select(RemedyRow)]),
        ];

    private static KeyValuePair<string, string> RemedyRow(ResponseRemedy remedy)
    {
        var description = ComplaintLetterWording.Sentence(remedy.Description);
        var by = LetterWording.DayAndDate(remedy.By);
        return remedy.Kind switch
        {
            RemedyKind.Payment => new("Payment", $"{ComplaintLetterWording.Money(remedy.Amount!.Value)}. {description} We will pay this by {by}."),
            RemedyKind.Apology => new("Apology", $"{description} We will do this by {by}."),
            _ => new("Other", $"{description} We will do this by {by}."),
        };
    }

    private LetterBlock[] WhatWeWillDo() => Actions.Count == 0
        ? []
        :
        [
            new LetterHeading("What we will do"),
            new LetterParagraph("We will take these actions by the dates shown."),
            new LetterDetails([.. Actions.Select(action => new KeyValuePair<string, string>($"By {LetterWording.Date(action.By)}", ComplaintLetterWording.Sentence(action.Text)))]),
        ];

    private LetterBlock[] ToTheNextStage()
    {
        var next = Stage + 1;
        LetterParagraph whatItIs = next == 2
            ? new(
                "You can ask for your complaint to go to stage 2 of the procedure. At stage 2, an investigating officer looks "
                + "into your complaint. An independent person, who does not work for the council, makes sure the "
                + "investigation is open and fair.")
            : new(
                "You can ask for your complaint to go to stage 3 of the procedure: a review panel of 3 people who do not work "
                + "for the council. The panel considers your complaint and our stage 2 decision, and makes recommendations to "
                + "us. You can go to the panel meeting and bring someone to support you.");
        return
        [
            whatItIs,
            new LetterParagraph(
                $"You need to ask within {NextStepDeadlines.NextStageWorkingDays} working days, by "
                + $"{LetterWording.DayAndDate(NextStepBy)}. Tell us which points you are not satisfied with and why. If you "
                + "ask after this date, we will decide whether to accept your request and tell you why."),
            new LetterParagraph($"To ask for stage {next}, contact our complaints manager:"),
            LetterWording.ContactBlock(ComplaintsManager),
            new LetterParagraph(
                $"The {ComplaintLetterWording.OmbudsmanName} usually looks at a complaint only after it has been through all "
                + "3 stages of our procedure."),
        ];
    }

    private LetterBlock[] ToTheOmbudsman() =>
    [
        new LetterParagraph(
            "Our complaints procedure is now complete. If you are still not satisfied, you can ask the "
            + $"{ComplaintLetterWording.OmbudsmanName} to look at your complaint."),
        .. ComplaintLetterWording.Ombudsman(NextStepBy),
        new LetterHeading("Who to contact"),
        new LetterParagraph("If you have questions about this letter, contact our complaints manager:"),
        LetterWording.ContactBlock(ComplaintsManager),
    ];

    private void EnsureEveryPointHasAnOutcome()
    {
        if (Points.Count == 0)
        {
            throw new ArgumentException("A response answers every point of the complaint, and there are none.", nameof(Points));
        }

        foreach (var point in Points)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(point.Reference, nameof(Points));
            ArgumentException.ThrowIfNullOrWhiteSpace(point.Summary, nameof(Points));
            if (point.Outcome is not { } outcome)
            {
                throw new ArgumentException($"Point {point.Reference} has no outcome. Every point needs one: upheld, partly upheld, not upheld or excluded.", nameof(Points));
            }

            var hasReason = !string.IsNullOrWhiteSpace(point.ExclusionReason);
            if (outcome == PointOutcome.Excluded && !hasReason)
            {
                throw new ArgumentException($"Point {point.Reference} is excluded without the reason why.", nameof(Points));
            }

            if (outcome != PointOutcome.Excluded && hasReason)
            {
                throw new ArgumentException($"Point {point.Reference} is {ComplaintLetterWording.OutcomeName(outcome).ToLowerInvariant()}, so it cannot have a reason for exclusion.", nameof(Points));
            }
        }
    }

    private void EnsureRemediesAndActionsAreComplete()
    {
        foreach (var remedy in Remedies)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(remedy.Description, nameof(Remedies));
            var isPayment = remedy.Kind == RemedyKind.Payment;
            if (isPayment && (remedy.Amount is not { } amount || amount <= 0 || amount != decimal.Round(amount, 2)))
            {
                throw new ArgumentException("A payment needs an amount in pounds and pence greater than zero.", nameof(Remedies));
            }

            if (!isPayment && remedy.Amount is not null)
            {
                throw new ArgumentException($"Only a payment has an amount, not {(remedy.Kind == RemedyKind.Apology ? "an apology" : "another remedy")}.", nameof(Remedies));
            }
        }

        foreach (var action in Actions)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(action.Text, nameof(Actions));
        }
    }
}
