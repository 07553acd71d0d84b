using Safeguard.Complaints;
using Safeguard.Facts;
using Safeguard.Rules;

namespace Safeguard.Tests.Rules;

/// <summary>Builds one complaint's record (with its actions and remedies) for the complaint rules.</summary>
internal sealed class ComplaintCase
{
    public const long ComplaintId = 901;
    public const long Complainant = 21;
    public const long PointA = 1;
    public const long PointB = 2;

    private readonly List<Fact> _facts = [];
    private readonly long? _complaintId;

    public ComplaintCase(long? complaintId = ComplaintId)
    {
        _complaintId = complaintId;
    }

    /// <summary>Actions and remedies agreed outside any complaint (for example from an Ombudsman decision).</summary>
    public static ComplaintCase Standalone() => new(null);

    public ComplaintCase With(Fact fact)
    {
        _facts.Add(fact);
        return this;
    }

    public ComplaintCase Received(DateOnly on) => With(new ComplaintReceived
    {
        On = on,
        ComplaintId = ComplaintId,
        ComplainantId = Complainant,
        ChildId = 1,
        Points = [new ComplaintPointInfo(PointA, "A", "Visits were missed"), new ComplaintPointInfo(PointB, "B", "Minutes were not sent")],
    });

    public ComplaintCase Acknowledged(DateOnly on) => With(new ComplaintAcknowledged { On = on, ComplaintId = ComplaintId });

    public ComplaintCase Deferred(DateOnly on) => With(new ComplaintDeferred { On = on, ComplaintId = ComplaintId, Reason = "Court proceedings" });

    public ComplaintCase Resumed(DateOnly on) => With(new ComplaintResumed { On = on, ComplaintId = ComplaintId });

    public ComplaintCase Stage1Extended(DateOnly on) => With(new Stage1Extended { On = on, ComplaintId = ComplaintId, Reason = "Complex" });

    public ComplaintCase Stage1Response(DateOnly on, PointOutcome a = PointOutcome.NotUpheld, PointOutcome b = PointOutcome.NotUpheld) =>
        With(new Stage1ResponseSent { On = on, ComplaintId = ComplaintId, Outcomes = Outcomes(a, b) });

    public ComplaintCase Stage2Requested(DateOnly on) => With(new Stage2Requested { On = on, ComplaintId = ComplaintId });

    public ComplaintCase StatementAgreed(DateOnly on) => With(new Stage2StatementAgreed { On = on, ComplaintId = ComplaintId });

    public ComplaintCase Stage2Extended(DateOnly on) => With(new Stage2Extended { On = on, ComplaintId = ComplaintId, Reason = "Complex" });

    public ComplaintCase Adjudication(DateOnly on, PointOutcome a = PointOutcome.NotUpheld, PointOutcome b = PointOutcome.NotUpheld) =>
        With(new Stage2AdjudicationSent { On = on, ComplaintId = ComplaintId, Outcomes = Outcomes(a, b) });

    public ComplaintCase Stage3Requested(DateOnly on) => With(new Stage3Requested { On = on, ComplaintId = ComplaintId });

    public ComplaintCase Stage3Declined(DateOnly on, bool exceptional, bool agreed) => With(new Stage3Declined
    {
        On = on,
        ComplaintId = ComplaintId,
        Reason = "Matters already fully investigated",
        Exceptional = exceptional,
        ComplainantAgreed = agreed,
    });

    public ComplaintCase PanelHeld(DateOnly on) => With(new Stage3PanelHeld { On = on, ComplaintId = ComplaintId });

    public ComplaintCase PanelReport(DateOnly on, PointOutcome a = PointOutcome.NotUpheld, PointOutcome b = PointOutcome.NotUpheld) =>
        With(new Stage3ReportIssued { On = on, ComplaintId = ComplaintId, Outcomes = Outcomes(a, b) });

    public ComplaintCase Stage3Response(DateOnly on) => With(new Stage3ResponseSent { On = on, ComplaintId = ComplaintId });

    public ComplaintCase Closed(DateOnly on, bool informed = false) =>
        With(new ComplaintClosed { On = on, ComplaintId = ComplaintId, Reason = ClosureReason.NotProgressed, ComplainantInformed = informed });

    public ComplaintCase Informed(DateOnly on) => With(new ComplainantInformed { On = on, ComplaintId = ComplaintId });

    public ComplaintCase Action(DateOnly on, long actionId, DateOnly? due, long? owner = 41, string? ownerDescription = null, string? measure = "Audit shows visits on time") =>
        With(new ActionAgreed
        {
            On = on,
            ActionId = actionId,
            ComplaintId = _complaintId,
            Text = "Review the visiting schedule",
            OwnerPersonId = owner,
            OwnerDescription = ownerDescription,
            Due = due,
            Measure = measure,
        });

    public ComplaintCase ActionCompleted(DateOnly on, long actionId) =>
        With(new ActionCompleted { On = on, ActionId = actionId, Evidence = "Audit report" });

    public ComplaintCase RemedyAgreed(DateOnly on, long remedyId, DateOnly due) => With(new RemedyAgreed
    {
        On = on,
        ComplaintId = ComplaintId,
        RemedyId = remedyId,
        Kind = RemedyKind.Payment,
        Amount = 500m,
        Due = due,
    });

    public ComplaintCase RemedyDeclined(DateOnly on) =>
        With(new RemedyDeclined { On = on, ComplaintId = ComplaintId, Reason = "The family had no loss or distress beyond what was apologised for" });

    public ComplaintCase RemedyDelivered(DateOnly on, long remedyId) => With(new RemedyDelivered { On = on, RemedyId = remedyId });

    public ComplaintFile File => new(_complaintId, _facts.OrderBy(f => f.On).ToList());

    public ComplaintEvaluation Evaluation(DateOnly asOf) => RuleKit.Defaults.Complaints.Evaluate(File, asOf);

    public IReadOnlyList<Duty> Evaluate(DateOnly asOf) => Evaluation(asOf).Duties;

    private static Dictionary<long, PointOutcome> Outcomes(PointOutcome a, PointOutcome b) => new() { [PointA] = a, [PointB] = b };
}
