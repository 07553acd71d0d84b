using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Rules;

namespace Safeguard.Web.Features.Api;

/// <summary>An open duty on a due list: the rule in words, whose it is, and when it is due.</summary>
public sealed record WorkItem(
    long? ChildId,
    string? Child,
    long? MeetingId,
    string? Meeting,
    string Rule,
    string RuleName,
    string Basis,
    DutyStatus Status,
    DateOnly Due,
    string? StartedBy,
    string? Counting,
    string? Detail);

/// <summary>Open duties as of <see cref="Today"/>: overdue, due today, and due in the next seven days.</summary>
public sealed record WorkList(DateOnly Today, IReadOnlyList<WorkItem> Overdue, IReadOnlyList<WorkItem> DueToday, IReadOnlyList<WorkItem> ThisWeek);

/// <summary>
/// Due lists from the stored duties: a worker's (duties on children they lead) and their team's. Only duties on
/// children the caller may see are listed, and a meeting's only when the caller may see every child in it.
/// </summary>
public sealed class WorkListQuery(SafeguardDbContext db, ChildAccess access)
{
    public const int DaysAhead = 7;

    public Task<WorkList> MineAsync(StaffMember staff, DateOnly today, CancellationToken ct = default) =>
        staff.PersonId is { } me ? ListAsync(staff, d => d.WorkerId == me, today, ct) : Task.FromResult(Empty(today));

    public Task<WorkList> TeamAsync(StaffMember staff, DateOnly today, CancellationToken ct = default) =>
        staff.TeamId is { } team ? ListAsync(staff, d => d.TeamId == team, today, ct) : Task.FromResult(Empty(today));

    private static WorkList Empty(DateOnly today) => new(today, [], [], []);

    private async Task<WorkList> ListAsync(StaffMember staff, System.Linq.Expressions.Expression<Func<DutyRow, bool>> whose, DateOnly today, CancellationToken ct)
    {
        var visible = access.VisibleChildren(staff).Select(c => c.Id);
        var horizon = today.AddDays(DaysAhead);
        var rows = await db.Duties.Where(whose)
            .Where(d => d.Outcome == DutyOutcome.Open && d.Due != null && d.Due <= horizon)
            .Where(d => d.ChildId != null || d.MeetingId != null)
            .Where(d => d.ChildId == null || visible.Contains(d.ChildId.Value))
            .Where(d => d.MeetingId == null || !db.MeetingChildren.Any(m => m.MeetingId == d.MeetingId && !visible.Contains(m.ChildId)))
            .AsNoTracking()
            .ToListAsync(ct);

        var childIds = rows.Where(r => r.ChildId is not null).Select(r => r.ChildId!.Value).Distinct().ToList();
        var meetingIds = rows.Where(r => r.MeetingId is not null).Select(r => r.MeetingId!.Value).Distinct().ToList();
        var children = await db.People.Where(p => childIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        var meetings = await db.Meetings.Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Reference, ct);
        var items = rows
            .Select(r =>
            {
                var rule = RuleCatalogue.Get(r.Rule);
                return new WorkItem(
                    r.ChildId,
                    r.ChildId is { } c ? children.GetValueOrDefault(c) : null,
                    r.MeetingId,
                    r.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null,
                    r.Rule,
                    rule.Name,
                    rule.Basis,
                    r.ToDuty().StatusOn(today),
                    r.Due!.Value,
                    r.StartedBy,
                    r.Counting,
                    r.Detail);
            })
            .OrderBy(i => i.Due).ThenBy(i => i.Rule, StringComparer.Ordinal).ThenBy(i => i.ChildId)
            .ToList();
        return new WorkList(
            today,
            items.Where(i => i.Due < today).ToList(),
            items.Where(i => i.Due == today).ToList(),
            items.Where(i => i.Due > today).ToList());
    }
}
