using System.Text.Json.Serialization;
using Safeguard.Facts;

namespace Safeguard.Complaints;

public enum PointOutcome { Upheld, PartlyUpheld, NotUpheld, Excluded }

public enum ClosureReason { Resolved, Withdrawn, NotProgressed }

public enum RecommendationSource
{
    [JsonStringEnumMemberName("stage-2")]
    Stage2,

    [JsonStringEnumMemberName("stage-3")]
    Stage3,

    Ombudsman,
}

public enum RemedyKind { Apology, Payment, Other }

public enum OmbudsmanOutcome { Upheld, NotUpheld, Closed }

/// <summary>How a complaint reached the council.</summary>
public enum ComplaintChannel { Letter, Email, Phone, Online, InPerson }

/// <summary>
/// Why the complainant may use the procedure (SI 2006/1738 reg 9): the child, a parent, someone with parental
/// responsibility, or someone the council decided has sufficient interest in the child's welfare.
/// </summary>
public enum ComplainantStanding { Child, Parent, ParentalResponsibility, SufficientInterest }

/// <summary>What someone is appointed to do on one complaint; the appointment is their only way into it.</summary>
public enum AppointmentRole { InvestigatingOfficer, IndependentPerson, PanelMember }

public sealed record ComplaintPointInfo(long PointId, string Reference, string Summary);

public abstract record ComplaintFact : Fact
{
    public required long ComplaintId { get; init; }
}

public sealed record ComplaintReceived : ComplaintFact
{
    public required long ComplainantId { get; init; }

    public long? ChildId { get; init; }

    public required IReadOnlyList<ComplaintPointInfo> Points { get; init; }

    public ComplaintChannel? ReceivedVia { get; init; }

    public ComplainantStanding? Standing { get; init; }

    /// <summary>The council's recorded decision that the complainant has sufficient interest, and why.</summary>
    public string? StandingDecision { get; init; }

    /// <summary>When the matter complained about happened or came to the complainant's notice (the one-year limit).</summary>
    public DateOnly? MatterArose { get; init; }

    /// <summary>Why the council considers a complaint made more than a year after the matter arose (reg 9(2)).</summary>
    public string? LateAccepted { get; init; }
}

/// <summary>
/// A point taken out of the procedure, such as a conference's own decisions or what happened in court, with the
/// reason the complainant is given. How the council ran its enquiries and conferences stays in scope.
/// </summary>
public sealed record PointExcluded : ComplaintFact
{
    public required long PointId { get; init; }

    public required string Reason { get; init; }
}

public sealed record ComplaintAcknowledged : ComplaintFact;

public sealed record ComplaintDeferred : ComplaintFact
{
    public required string Reason { get; init; }
}

public sealed record ComplaintResumed : ComplaintFact;

public sealed record Stage1Extended : ComplaintFact
{
    public required string Reason { get; init; }
}

/// <summary>A response at any stage: an outcome for each point of complaint, keyed by point id.</summary>
public abstract record ComplaintResponseFact : ComplaintFact
{
    public IReadOnlyDictionary<long, PointOutcome> Outcomes { get; init; } = new Dictionary<long, PointOutcome>();
}

public sealed record Stage1ResponseSent : ComplaintResponseFact;

public sealed record Stage2Requested : ComplaintFact;

public sealed record Stage2StatementAgreed : ComplaintFact
{
    public long? InvestigatingOfficerId { get; init; }

    public long? IndependentPersonId { get; init; }
}

public sealed record Stage2Extended : ComplaintFact
{
    public required string Reason { get; init; }
}

public sealed record Stage2ReportReceived : ComplaintFact;

public sealed record Stage2AdjudicationSent : ComplaintResponseFact;

public sealed record Stage3Requested : ComplaintFact;

public sealed record Stage3Declined : ComplaintFact
{
    public required string Reason { get; init; }

    public required bool Exceptional { get; init; }

    public required bool ComplainantAgreed { get; init; }
}

/// <summary>The review panel's three independent members; each may then open this complaint, and only this one.</summary>
public sealed record Stage3PanelAppointed : ComplaintFact
{
    public required IReadOnlyList<long> Members { get; init; }
}

/// <summary>An appointment to the complaint ends: the person can no longer open it.</summary>
public sealed record AppointmentEnded : ComplaintFact
{
    public required long PersonId { get; init; }
}

public sealed record Stage3PanelHeld : ComplaintFact;

public sealed record Stage3ReportIssued : ComplaintResponseFact;

public sealed record Stage3ResponseSent : ComplaintFact;

public sealed record ComplaintClosed : ComplaintFact
{
    public required ClosureReason Reason { get; init; }

    public bool ComplainantInformed { get; init; } = true;

    /// <summary>The reasons given to the complainant.</summary>
    public string? Explanation { get; init; }
}

public sealed record ComplainantInformed : ComplaintFact;

public sealed record RecommendationMade : ComplaintFact
{
    public required long RecommendationId { get; init; }

    public required RecommendationSource By { get; init; }

    public required string Text { get; init; }
}

/// <summary>An agreed action; it belongs to a complaint when it came from one (directly or by recommendation).</summary>
public sealed record ActionAgreed : Fact
{
    public required long ActionId { get; init; }

    public long? RecommendationId { get; init; }

    public long? ComplaintId { get; init; }

    public required string Text { get; init; }

    public long? OwnerPersonId { get; init; }

    /// <summary>The owner as written when it is a role ("Team manager") rather than a person on the record.</summary>
    public string? OwnerDescription { get; init; }

    public DateOnly? Due { get; init; }

    public string? Measure { get; init; }

    /// <summary>The deadline as it was given ("within one month of the Ombudsman's decision"), shown with the due date.</summary>
    public string? DueBasis { get; init; }
}

public sealed record ActionCompleted : Fact
{
    public required long ActionId { get; init; }

    public required string Evidence { get; init; }
}

public sealed record RemedyAgreed : ComplaintFact
{
    public required long RemedyId { get; init; }

    public required RemedyKind Kind { get; init; }

    public decimal? Amount { get; init; }

    public required DateOnly Due { get; init; }

    /// <summary>What the apology, payment or other remedy is for, or what it is.</summary>
    public string? Description { get; init; }

    /// <summary>Who must deliver it: the person told when it is overdue.</summary>
    public long? OwnerPersonId { get; init; }

    /// <summary>The deadline as it was given ("within 20 working days of the Ombudsman's decision").</summary>
    public string? DueBasis { get; init; }
}

public sealed record RemedyDeclined : ComplaintFact
{
    public required string Reason { get; init; }
}

public sealed record RemedyDelivered : Fact
{
    public required long RemedyId { get; init; }
}

public sealed record OmbudsmanDecisionRecorded : ComplaintFact
{
    public required string Reference { get; init; }

    public required OmbudsmanOutcome Outcome { get; init; }
}
