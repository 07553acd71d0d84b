using System.Text.Json.Serialization;
using Safeguard.Facts;

namespace Safeguard.Protection;

public enum ReferralDecision { NoFurtherAction, EarlyHelp, Assessment, StrategyDiscussion }

public enum AssessmentOutcome { NoFurtherAction, EarlyHelp, ChildInNeed, StrategyDiscussion }

public enum StrategyDecision { [JsonStringEnumMemberName("section-47")] Section47, ChildInNeed, NoFurtherAction }

public enum Section47Outcome { Conference, ChildInNeed, NoFurtherAction }

public enum SeenPurpose { Visit, [JsonStringEnumMemberName("section-47")] Section47, Assessment }

public enum ConsultationPurpose { [JsonStringEnumMemberName("section-47")] Section47, Assessment }

public enum ExclusionScope { [JsonStringEnumMemberName("section-47")] Section47, Meetings }

public enum ConferenceKind { Initial, Review, TransferIn }

public enum MeetingDocument { ConferenceReport, Minutes }

public enum ConferenceOutcome { Plan, EndPlan, ChildInNeed, NoFurtherAction }

public enum AbuseCategory { Neglect, Physical, Emotional, Sexual }

public sealed record ReferralReceived : Fact
{
    public required long ChildId { get; init; }

    public string? Source { get; init; }
}

public sealed record ReferralDecided : Fact
{
    public required long ChildId { get; init; }

    public required ReferralDecision Decision { get; init; }
}

public sealed record AssessmentCompleted : Fact
{
    public required long ChildId { get; init; }

    public required AssessmentOutcome Outcome { get; init; }
}

public sealed record ChildInNeedPlanStarted : Fact
{
    public required long ChildId { get; init; }
}

public sealed record ChildInNeedPlanEnded : Fact
{
    public required long ChildId { get; init; }
}

public sealed record StrategyDiscussionHeld : Fact
{
    public required long ChildId { get; init; }

    public required StrategyDecision Decision { get; init; }

    public IReadOnlyList<string> Attendees { get; init; } = [];
}

public sealed record Section47Completed : Fact
{
    public required long ChildId { get; init; }

    public required Section47Outcome Outcome { get; init; }
}

public sealed record ChildSeen : Fact
{
    public required long ChildId { get; init; }

    public required SeenPurpose Purpose { get; init; }

    public bool? Alone { get; init; }

    public long? ById { get; init; }
}

public sealed record VisitNoAccess : Fact
{
    public required long ChildId { get; init; }
}

public sealed record ParentConsulted : Fact
{
    public required long ChildId { get; init; }

    public required long PersonId { get; init; }

    public required ConsultationPurpose Purpose { get; init; }
}

public sealed record ParentExcluded : Fact
{
    public required long ChildId { get; init; }

    public required long PersonId { get; init; }

    public required ExclusionScope From { get; init; }

    public required string Reason { get; init; }
}

public abstract record MeetingFact : Fact
{
    public required long MeetingId { get; init; }
}

public sealed record ConferenceScheduled : MeetingFact
{
    public required IReadOnlyList<long> ChildIds { get; init; }

    public required ConferenceKind Kind { get; init; }

    public required DateOnly Date { get; init; }
}

public sealed record ConferenceCancelled : MeetingFact
{
    public required string Reason { get; init; }
}

public sealed record CoreGroupScheduled : MeetingFact
{
    public required IReadOnlyList<long> ChildIds { get; init; }

    public required DateOnly Date { get; init; }
}

public sealed record InvitationSent : MeetingFact
{
    public required long PersonId { get; init; }
}

public sealed record DocumentShared : MeetingFact
{
    public required MeetingDocument Document { get; init; }

    public required long PersonId { get; init; }
}

public sealed record ConferenceHeld : MeetingFact
{
    public IReadOnlyList<long> Attended { get; init; } = [];

    public required ConferenceOutcome Outcome { get; init; }

    public AbuseCategory? Category { get; init; }

    /// <summary>The plan's own visit frequency, when the conference set one.</summary>
    public int? VisitIntervalWorkingDays { get; init; }
}

public sealed record CoreGroupHeld : MeetingFact
{
    public IReadOnlyList<long> Attended { get; init; } = [];
}

public sealed record LeadSocialWorkerAllocated : Fact
{
    public required long ChildId { get; init; }

    public required long WorkerId { get; init; }
}

public sealed record ManagementReviewRecorded : Fact
{
    public required long ChildId { get; init; }

    public long? ById { get; init; }
}

public sealed record QualityAlertRaised : Fact
{
    public required long AlertId { get; init; }

    public required long ChildId { get; init; }

    public long? ById { get; init; }
}

public sealed record QualityAlertResolved : Fact
{
    public required long AlertId { get; init; }
}

public sealed record ChildMoved : Fact
{
    public required long ChildId { get; init; }

    public required string ToAuthority { get; init; }

    public required bool Permanent { get; init; }
}

public sealed record TransferNotified : Fact
{
    public required long ChildId { get; init; }

    public required string ToAuthority { get; init; }
}

public sealed record TransferReceived : Fact
{
    public required long ChildId { get; init; }

    public required string FromAuthority { get; init; }
}

public sealed record CaseClosed : Fact
{
    public required long ChildId { get; init; }

    public required string Reason { get; init; }
}
