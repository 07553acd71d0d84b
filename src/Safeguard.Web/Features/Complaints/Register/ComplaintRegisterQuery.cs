using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Recording;
using Safeguard.Rules;
using Safeguard.Web.Features.Children;

namespace Safeguard.Web.Features.Complaints.Register;

/// <summary>One complaint on the register: who made it, about whom, when, where it has got to and how much is overdue.</summary>
public sealed record RegisterEntry(long Id, string Reference, string Complainant, long? ChildId, string? Child, DateOnly ReceivedOn, string Stage, bool Closed, int Overdue);

/// <summary>Which complaints the register shows.</summary>
public enum RegisterFilter { All, Open, Closed }

/// <summary>The complaints register: every complaint the reader may see, newest first.</summary>
public sealed class ComplaintRegisterQuery(SafeguardDbContext db, ComplaintAccess access, ChildRecordQuery children)
{
    public async Task<IReadOnlyList<RegisterEntry>> ForAsync(StaffMember staff, RegisterFilter filter, bool overdueOnly, DateOnly today, CancellationToken ct = default)
    {
        var complaints = await access.VisibleComplaints(staff)
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Reference, c.ComplainantId, c.ChildId, c.ReceivedOn })
            .ToListAsync(ct);
        var ids = complaints.Select(c => c.Id).ToList();
        var progress = (await CaseFiles.FactsAsync(db.Facts.Where(f => f.ComplaintId != null && ids.Contains(f.ComplaintId.Value)), ct))
            .OfType<ComplaintFact>()
            .GroupBy(f => f.ComplaintId)
            .ToDictionary(g => g.Key, ComplaintProgress.Of);
        var overdue = await db.Duties
            .Where(d => d.ComplaintId != null && ids.Contains(d.ComplaintId.Value) && d.Outcome == DutyOutcome.Open && d.Due < today)
            .GroupBy(d => d.ComplaintId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, ct);
        var names = await children.NamesAsync([.. complaints.Select(c => c.ComplainantId), .. complaints.Where(c => c.ChildId != null).Select(c => c.ChildId!.Value)], ct);

        return complaints
            .Select(c =>
            {
                var p = progress.GetValueOrDefault(c.Id) ?? ComplaintProgress.Of([]);
                return new RegisterEntry(
                    c.Id,
                    c.Reference,
                    names.GetValueOrDefault(c.ComplainantId, "Unknown"),
                    c.ChildId,
                    c.ChildId is { } child ? names.GetValueOrDefault(child) : null,
                    c.ReceivedOn,
                    ComplaintView.StageOf(p),
                    p.Closed,
                    overdue.GetValueOrDefault(c.Id));
            })
            .Where(e => filter switch { RegisterFilter.Open => !e.Closed, RegisterFilter.Closed => e.Closed, _ => true })
            .Where(e => !overdueOnly || e.Overdue > 0)
            .ToList();
    }
}
