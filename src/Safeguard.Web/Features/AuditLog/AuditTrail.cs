using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.AuditLog;

/// <summary>Writes an audit entry for something a member of staff did outside a child's case: who, what, which record, from where, why.</summary>
public sealed class AuditTrail(SafeguardDbContext db, TimeProvider time, CurrentStaff staff)
{
    /// <summary>Adds the entry to the context; it is written (and chained) with the next save.</summary>
    public void Add(string action, string subject, string? reason = null)
    {
        var by = staff.Recorder(reason);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = by.User,
            Action = action,
            Subject = subject,
            Reason = string.IsNullOrWhiteSpace(by.Reason) ? null : by.Reason.Trim(),
            Origin = by.Origin,
        });
    }

    public async Task WriteAsync(string action, string subject, string? reason = null, CancellationToken ct = default)
    {
        Add(action, subject, reason);
        await db.SaveChangesAsync(ct);
    }
}
