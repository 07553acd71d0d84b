using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.AuditLog;

/// <summary>Walks the audit chain and says whether the log is intact or where it was broken.</summary>
[Authorize(Roles = RoleSets.Auditors)]
public sealed class VerifyModel(SafeguardDbContext db, AuditTrail trail) : PageModel
{
    public AuditChainReport Report { get; private set; } = new(0, null, null);

    /// <summary>The entry where the chain breaks, as it now reads, when it is still there.</summary>
    public AuditEntry? Broken { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Report = await AuditChain.VerifyAsync(db, ct);
        if (Report.BrokenAtId is { } id)
        {
            Broken = await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        }

        await trail.WriteAsync("verify audit log", "audit", Report.Intact
            ? $"Intact: {Report.Entries} entries checked."
            : $"Broken at entry {Report.BrokenAtId} after {Report.Entries} intact entries: {Report.Problem}", ct);
    }
}
