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

public sealed record Stage3PanelHeld : ComplaintFact;

public sealed record Stage3ReportIssued : ComplaintResponseFact;

public sealed record Stage3ResponseSent : ComplaintFact;

public sealed record ComplaintClosed : ComplaintFact
{
    public required ClosureReason Reason { get; init; }

    public bool ComplainantInformed { get; init; } = true;
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
