using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Rules;
using Safeguard.Web.Features.WorkLists;

namespace Safeguard.Web.Features.Complaints.DueList;

/// <summary>One open complaint duty: the complaint, the rule in words, when it is due and how that was counted.</summary>
public sealed record ComplaintDueItem(long ComplaintId, string ComplaintReference, string Rule, string RuleName, DateOnly Due, string? Counting, DutyStatus Status, string? About);

public sealed record ComplaintDueSection(IReadOnlyList<ComplaintDueItem> Items, int Total);

public sealed record ComplaintDueList(DateOnly Today, DateOnly EndOfWeek, ComplaintDueSection Overdue, ComplaintDueSection DueToday, ComplaintDueSection DueThisWeek);

/// <summary>
/// The complaints manager's due list: the stored open duties of complaints (the stages' clocks, decision notices,
/// and the actions and remedies agreed on complaints) overdue, due today and due by Sunday, as the work lists read them.
/// </summary>
public sealed class ComplaintDueListQuery(SafeguardDbContext db, ComplaintAccess access)
{
    public async Task<ComplaintDueList> ForAsync(StaffMember staff, DateOnly today, CancellationToken ct = default)
    {
        var endOfWeek = DueListQuery.EndOfWeek(today);
        var visible = access.VisibleComplaints(staff);
        var open = db.Duties
            .Where(d => d.ComplaintId != null && d.Outcome == DutyOutcome.Open && d.Due != null && d.Due <= endOfWeek)
            .Join(visible, d => d.ComplaintId, c => (long?)c.Id, (d, c) => new OpenComplaintDuty
            {
                DutyId = d.Id,
                ComplaintId = c.Id,
                ComplaintReference = c.Reference,
                Rule = d.Rule,
                Due = d.Due!.Value,
                Counting = d.Counting,
                Action = db.Actions.Where(a => a.Id == d.ActionId).Select(a => a.Reference).FirstOrDefault(),
                Remedy = db.Remedies.Where(r => r.Id == d.RemedyId).Select(r => r.Reference).FirstOrDefault(),
            });
        return new ComplaintDueList(
            today,
            endOfWeek,
            await SectionAsync(open.Where(d => d.Due < today), today, ct),
            await SectionAsync(open.Where(d => d.Due == today), today, ct),
            await SectionAsync(open.Where(d => d.Due > today), today, ct));
    }

    private static async Task<ComplaintDueSection> SectionAsync(IQueryable<OpenComplaintDuty> duties, DateOnly today, CancellationToken ct)
    {
        var total = await duties.CountAsync(ct);
        var rows = await duties.OrderBy(d => d.Due).ThenBy(d => d.ComplaintReference).ThenBy(d => d.DutyId).Take(DueListQuery.SectionLimit).ToListAsync(ct);
        var items = rows.Select(r => new ComplaintDueItem(
            r.ComplaintId,
            r.ComplaintReference,
            r.Rule,
            RuleCatalogue.Get(r.Rule).Name,
            r.Due,
            r.Counting,
            r.Due < today ? DutyStatus.Overdue : DutyStatus.Due,
            r.Action is not null ? $"action {r.Action}" : r.Remedy is not null ? $"remedy {r.Remedy}" : null)).ToList();
        return new ComplaintDueSection(items, total);
    }

    private sealed class OpenComplaintDuty
    {
        public long DutyId { get; init; }

        public long ComplaintId { get; init; }

        public required string ComplaintReference { get; init; }

        public required string Rule { get; init; }

        public DateOnly Due { get; init; }

        public string? Counting { get; init; }

        public string? Action { get; init; }

        public string? Remedy { get; init; }
    }
}
