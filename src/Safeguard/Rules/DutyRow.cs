namespace Safeguard.Rules;

/// <summary>
/// A stored duty: what the rules derived for one scope (a child, a meeting, a complaint or an action) after its
/// last write, so that work lists and dashboards are indexed queries. Overdue is not stored: it is an open duty
/// whose due date is before the day asked about. Refusals are stored as blocked rows and never re-derived.
/// </summary>
public sealed class DutyRow
{
    public long Id { get; set; }

    /// <summary>The scope whose evaluation produced the row: "child:12", "meeting:4", "complaint:3", "action:9", "refusal".</summary>
    public required string Scope { get; set; }

    public required string Rule { get; set; }

    public DutyOutcome Outcome { get; set; }

    public DateOnly? Due { get; set; }

    public DateOnly? Done { get; set; }

    public DateOnly? StartedOn { get; set; }

    public string? StartedBy { get; set; }

    public string? Counting { get; set; }

    public string? MissingParts { get; set; }

    public string? Detail { get; set; }

    /// <summary>For a refusal: the reference the refused record would have had.</summary>
    public string? RefusedReference { get; set; }

    public long? ChildId { get; set; }

    public long? PersonId { get; set; }

    public long? MeetingId { get; set; }

    public long? ComplaintId { get; set; }

    public long? ActionId { get; set; }

    public long? RemedyId { get; set; }

    public long? AlertId { get; set; }

    /// <summary>The worker responsible (the child's lead social worker), for "my due list".</summary>
    public long? WorkerId { get; set; }

    /// <summary>The worker's team, for "my team's due list".</summary>
    public long? TeamId { get; set; }

    public DateTimeOffset EvaluatedAt { get; set; }

    public Duty ToDuty() => new(
        Rule,
        new DutySubjects
        {
            ChildId = ChildId,
            PersonId = PersonId,
            MeetingId = MeetingId,
            ComplaintId = ComplaintId,
            ActionId = ActionId,
            RemedyId = RemedyId,
            AlertId = AlertId,
        },
        Outcome,
        Due,
        Done)
    {
        StartedOn = StartedOn,
        StartedBy = StartedBy,
        Counting = Counting,
        MissingParts = string.IsNullOrEmpty(MissingParts) ? null : MissingParts.Split(','),
        Detail = Detail,
        RefusedReference = RefusedReference,
    };

    public static DutyRow From(Duty duty, string scope, DateTimeOffset evaluatedAt) => new()
    {
        Scope = scope,
        Rule = duty.Rule,
        Outcome = duty.Outcome,
        Due = duty.Due,
        Done = duty.Done,
        StartedOn = duty.StartedOn,
        StartedBy = duty.StartedBy,
        Counting = duty.Counting,
        MissingParts = duty.MissingParts is null ? null : string.Join(',', duty.MissingParts),
        Detail = duty.Detail,
        RefusedReference = duty.RefusedReference,
        ChildId = duty.Subjects.ChildId,
        PersonId = duty.Subjects.PersonId,
        MeetingId = duty.Subjects.MeetingId,
        ComplaintId = duty.Subjects.ComplaintId,
        ActionId = duty.Subjects.ActionId,
        RemedyId = duty.Subjects.RemedyId,
        AlertId = duty.Subjects.AlertId,
        EvaluatedAt = evaluatedAt,
    };
}
