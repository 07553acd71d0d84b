using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Policy;
using Safeguard.Recording;
using Safeguard.Rules;
using Safeguard.Web.Features.AuditLog;

namespace Safeguard.Web.Features.Admin;

/// <summary>
/// Recounts every clock on the record with the current calendar and policy settings: the same re-derivation a
/// policy change runs, for when the calendar has changed and running clocks should not wait for their case to change.
/// </summary>
public sealed class ClockRecount(SafeguardDbContext db, TimeProvider time, WorkingDayCalendar calendar, PolicyService policy, AuditTrail trail)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var store = new DutyStore(db, new CaseFiles(db), time);
        var scopes = await store.AllScopesAsync(ct);
        await store.RefreshAsync(scopes, new RuleSet(calendar, await policy.CurrentAsync(ct)), ct);
        db.ChangeTracker.Clear();
        await trail.WriteAsync("recount every clock", "duties", $"{scopes.Count} cases, meetings, complaints and actions recounted after a calendar change.", ct);
        return scopes.Count;
    }
}
