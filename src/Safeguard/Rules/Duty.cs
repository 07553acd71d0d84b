namespace Safeguard.Rules;

/// <summary>What a rule concluded about one duty, independent of the day it is looked at.</summary>
public enum DutyOutcome
{
    /// <summary>A clock is running and the duty is not done: due, or overdue once the day is past its due date.</summary>
    Open,

    /// <summary>Done on or before its due date.</summary>
    Met,

    /// <summary>Done after its due date.</summary>
    Late,

    /// <summary>A required step had not happened when the event that needed it happened.</summary>
    Missing,

    /// <summary>An event broke a rule that has no clock.</summary>
    Breach,

    /// <summary>The system refused the event.</summary>
    Blocked,
}

/// <summary>How a duty stands on a given day. Only late, overdue, missing, breach and blocked are findings.</summary>
public enum DutyStatus { Due, Met, Late, Overdue, Missing, Breach, Blocked }

public sealed record DutySubjects
{
    public long? ChildId { get; init; }

    public long? PersonId { get; init; }

    public long? MeetingId { get; init; }

    public long? ComplaintId { get; init; }

    public long? ActionId { get; init; }

    public long? RemedyId { get; init; }

    public long? AlertId { get; init; }
}

/// <summary>A duty a rule derived from the record: the rule, whom it concerns, its clock and how it was counted.</summary>
public sealed record Duty(string Rule, DutySubjects Subjects, DutyOutcome Outcome, DateOnly? Due = null, DateOnly? Done = null)
{
    /// <summary>The event that started the clock, in words ("the strategy discussion on 24 Mar 2021").</summary>
    public string? StartedBy { get; init; }

    public DateOnly? StartedOn { get; init; }

    /// <summary>How the due date was counted, in words.</summary>
    public string? Counting { get; init; }

    /// <summary>For CX_ACTION_SMART: the parts of the action that are missing.</summary>
    public IReadOnlyList<string>? MissingParts { get; init; }

    /// <summary>For a refusal: the reference the refused record would have had (a conference never scheduled).</summary>
    public string? RefusedReference { get; init; }

    /// <summary>Anything else a person needs to understand the duty (a refusal's reason, the safe route).</summary>
    public string? Detail { get; init; }

    public DutyStatus StatusOn(DateOnly asOf) => Outcome switch
    {
        DutyOutcome.Open => Due is { } due && asOf > due ? DutyStatus.Overdue : DutyStatus.Due,
        DutyOutcome.Met => DutyStatus.Met,
        DutyOutcome.Late => DutyStatus.Late,
        DutyOutcome.Missing => DutyStatus.Missing,
        DutyOutcome.Breach => DutyStatus.Breach,
        DutyOutcome.Blocked => DutyStatus.Blocked,
        _ => throw new InvalidOperationException($"Unknown outcome {Outcome}."),
    };

    public static bool IsFinding(DutyStatus status) =>
        status is DutyStatus.Late or DutyStatus.Overdue or DutyStatus.Missing or DutyStatus.Breach or DutyStatus.Blocked;
}
