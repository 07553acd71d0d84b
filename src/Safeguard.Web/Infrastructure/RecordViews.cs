using Safeguard.Audit;
using Safeguard.Data;

namespace Safeguard.Web.Infrastructure;

/// <summary>Writes an audit entry for every view of a child's record: who, when, what, from where.</summary>
public sealed class RecordViews(SafeguardDbContext db, TimeProvider time, CurrentStaff staff)
{
    public async Task ViewedAsync(string what, string subject, CancellationToken ct = default)
    {
        var by = staff.Recorder();
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = by.User,
            Action = $"view {what}",
            Subject = subject,
            Origin = by.Origin,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
