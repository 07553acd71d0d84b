using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Rules;

namespace Safeguard.Web.Features.WorkLists;

/// <summary>One open duty on a due list: the child it is for, the rule in words, when it is due and how that was counted.</summary>
public sealed record DueItem(long ChildId, string ChildName, string ChildReference, string Rule, string RuleName, DateOnly Due, string? Counting, DutyStatus Status, string? ForPerson = null);

/// <summary>The items of one section, at most <see cref="DueListQuery.SectionLimit"/> of them, and how many there are in all.</summary>
public sealed record DueSection(IReadOnlyList<DueItem> Items, int Total);

public sealed record DueList(DateOnly Today, DateOnly EndOfWeek, DueSection Overdue, DueSection DueToday, DueSection DueThisWeek);

/// <summary>Whose duties a due list shows: one worker's (by the child's lead social worker) or one team's.</summary>
public abstract record DueListOwner
{
    public sealed record Worker(long PersonId) : DueListOwner;

    public sealed record Team(long TeamId) : DueListOwner;
}

/// <summary>
/// Due lists read the stored duty rows (open, with a due date up to Sunday) through the worker and team indexes
/// (worker_id/team_id, outcome, due); no rule is evaluated here. Only children the member of staff may see are listed.
/// </summary>
public sealed class DueListQuery(SafeguardDbContext db, ChildAccess access)
{
    public const int SectionLimit = 200;

    /// <summary>Senior managers and conference chairs work across teams and choose one; everyone else sees their own team's list.</summary>
    public static bool MayChooseTeam(StaffMember staff) => staff.IsIn(StaffRoles.SeniorManager, StaffRoles.ConferenceChair);

    /// <summary>The team whose list <paramref name="staff"/> is shown when asking for <paramref name="chosen"/>: their own unless they may choose.</summary>
    public static long? TeamShown(StaffMember staff, long? chosen) => MayChooseTeam(staff) ? chosen ?? staff.TeamId : staff.TeamId;

    public async Task<DueList> ForAsync(DueListOwner owner, StaffMember staff, DateOnly today, CancellationToken ct = default)
    {
        var endOfWeek = EndOfWeek(today);
        var open = OpenDuties(owner, staff);
        return new DueList(
            today,
            endOfWeek,
            await SectionAsync(open.Where(d => d.Due < today), today, ct),
            await SectionAsync(open.Where(d => d.Due == today), today, ct),
            await SectionAsync(open.Where(d => d.Due > today && d.Due <= endOfWeek), today, ct));
    }

    /// <summary>The Sunday that ends the week <paramref name="today"/> is in (today itself on a Sunday).</summary>
    public static DateOnly EndOfWeek(DateOnly today) => today.AddDays((7 - (int)today.DayOfWeek) % 7);

    private IQueryable<OpenDuty> OpenDuties(DueListOwner owner, StaffMember staff)
    {
        var duties = db.Duties.Where(d => d.Outcome == DutyOutcome.Open && d.Due != null);
        duties = owner switch
        {
            DueListOwner.Worker w => duties.Where(d => d.WorkerId == w.PersonId),
            DueListOwner.Team t => duties.Where(d => d.TeamId == t.TeamId),
            _ => throw new ArgumentOutOfRangeException(nameof(owner)),
        };

        // A meeting's duties (a report or minutes for a parent) belong to the meeting; they are listed under its first child.
        var withChild = duties.Select(d => new
        {
            Duty = d,
            ChildId = d.ChildId ?? db.MeetingChildren.Where(m => m.MeetingId == d.MeetingId).Min(m => (long?)m.ChildId),
        });
        return withChild.Join(
            access.VisibleChildren(staff),
            d => d.ChildId,
            c => (long?)c.Id,
            (d, c) => new OpenDuty
            {
                ChildId = c.Id,
                ChildName = c.DisplayName ?? c.Reference,
                ChildReference = c.Reference,
                Rule = d.Duty.Rule,
                Due = d.Duty.Due!.Value,
                Counting = d.Duty.Counting,
                DutyId = d.Duty.Id,
                ForPerson = db.People.Where(p => p.Id == d.Duty.PersonId).Select(p => p.DisplayName ?? p.Reference).FirstOrDefault(),
            });
    }

    private static async Task<DueSection> SectionAsync(IQueryable<OpenDuty> duties, DateOnly today, CancellationToken ct)
    {
        var total = await duties.CountAsync(ct);
        var rows = await duties
            .OrderBy(d => d.Due).ThenBy(d => d.ChildName).ThenBy(d => d.DutyId)
            .Take(SectionLimit)
            .ToListAsync(ct);
        var items = rows.Select(r => new DueItem(
            r.ChildId,
            r.ChildName,
            r.ChildReference,
            r.Rule,
            RuleCatalogue.Get(r.Rule).Name,
            r.Due,
            r.Counting,
            r.Due < today ? DutyStatus.Overdue : DutyStatus.Due,
            r.ForPerson)).ToList();
        return new DueSection(items, total);
    }

    private sealed class OpenDuty
    {
        public long ChildId { get; init; }

        public required string ChildName { get; init; }

        public required string ChildReference { get; init; }

        public required string Rule { get; init; }

        public DateOnly Due { get; init; }

        /// <summary>The person a per-person duty is owed to (the parent to invite, or to send the minutes to).</summary>
        public string? ForPerson { get; init; }

        public string? Counting { get; init; }

        public long DutyId { get; init; }
    }
}
