using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Rules;
using Safeguard.Web.Components;

namespace Safeguard.Web.Features.NotSeen;

/// <summary>A child on a plan not seen within the plan's visit frequency, as of the week's end.</summary>
public sealed record NotSeenChild(
    long ChildId,
    string ChildName,
    string ChildReference,
    DateOnly VisitDue,
    DateOnly? LastSeen,
    int DaysSinceLastSeen,
    DateOnly? SeenLate,
    string? LeadWorker,
    string? Team);

public sealed record NotSeenList(DateOnly WeekStart, DateOnly AsOf, IReadOnlyList<NotSeenChild> Children);

/// <summary>
/// The weekly list of children on plans not seen within their visit frequency, from the stored CP_VISIT_INTERVAL
/// duties: those still not done on the as-of date although due before it, and those done late during the week.
/// </summary>
public sealed class NotSeenQuery(SafeguardDbContext db, ChildAccess access)
{
    /// <summary>The week's last day an address asks for with asOf (yyyy-mm-dd, today when left out; not in the future), or what is wrong with it.</summary>
    public static (DateOnly? AsOf, ParameterError? Error) ReadAsOf(string? asOf, DateOnly today)
    {
        var (day, error) = QueryDates.Read(nameof(asOf), asOf, today);
        if (error is not null)
        {
            return (null, error);
        }

        return day > today ? (null, new ParameterError(nameof(asOf), "asOf, the last day of the week, must be today or in the past.")) : (day, null);
    }

    public async Task<NotSeenList> AsOfAsync(DateOnly asOf, StaffMember staff, CancellationToken ct = default)
    {
        var weekStart = asOf.AddDays(-6);
        var superseded = db.Facts.Where(f => f.SupersedesId != null).Select(f => f.SupersedesId!.Value);
        var rows = await db.Duties
            .Where(d => d.Rule == RuleIds.VisitInterval && d.Due < asOf
                && ((d.Outcome == DutyOutcome.Open)
                    || (d.Outcome == DutyOutcome.Late && d.Done >= weekStart)))
            .Join(access.VisibleChildren(staff), d => d.ChildId, c => (long?)c.Id, (d, c) => new
            {
                ChildId = c.Id,
                ChildName = c.DisplayName ?? c.Reference,
                ChildReference = c.Reference,
                VisitDue = d.Due!.Value,
                d.Done,
                d.StartedOn,
                LastSeen = db.Facts
                    .Where(f => f.ChildId == c.Id && f.Type == "child-seen" && f.OccurredOn <= asOf && !superseded.Contains(f.Id))
                    .Max(f => (DateOnly?)f.OccurredOn),
                LeadWorker = db.People.Where(w => w.Id == c.LeadWorkerId).Select(w => w.DisplayName ?? w.Reference).FirstOrDefault(),
                Team = c.Team != null ? c.Team.Name : null,
            })
            .ToListAsync(ct);

        var children = rows
            .Select(r =>
            {
                var seenLate = r.Done is { } done && done <= asOf ? done : (DateOnly?)null;
                var since = r.LastSeen ?? r.StartedOn ?? r.VisitDue;
                return new NotSeenChild(r.ChildId, r.ChildName, r.ChildReference, r.VisitDue, r.LastSeen, asOf.DayNumber - since.DayNumber, seenLate, r.LeadWorker, r.Team);
            })
            .OrderBy(c => c.SeenLate is null ? 0 : 1)
            .ThenByDescending(c => c.DaysSinceLastSeen)
            .ThenBy(c => c.ChildName, StringComparer.Ordinal)
            .ToList();
        return new NotSeenList(weekStart, asOf, children);
    }
}
