using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Children;

/// <summary>
/// The one door to a child's record for pages and the API: 404 when there is no such child, 403 when the member of
/// staff may not see it, and otherwise an audit entry for the view before anything is shown.
/// </summary>
public sealed class ChildGate(SafeguardDbContext db, ChildAccess access, CurrentStaff staff, RecordViews views)
{
    /// <summary>Null when the record may be opened (and the view is logged); otherwise the result to return.</summary>
    public async Task<IActionResult?> OpenAsync(long childId, string what, CancellationToken ct = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == childId && p.Kind == PersonKind.Child, ct))
        {
            return new NotFoundResult();
        }

        if (!await access.CanSeeChildAsync(await staff.GetAsync(ct), childId, ct))
        {
            await views.ViewedAsync($"{what} refused", $"child:{childId}", ct);
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        await views.ViewedAsync(what, $"child:{childId}", ct);
        return null;
    }

    /// <summary>For writes: the same checks, without logging a view (the write is audited with the fact).</summary>
    public async Task<IActionResult?> AllowWriteAsync(long childId, CancellationToken ct = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == childId && p.Kind == PersonKind.Child, ct))
        {
            return new NotFoundResult();
        }

        return await access.CanSeeChildAsync(await staff.GetAsync(ct), childId, ct) ? null : new StatusCodeResult(StatusCodes.Status403Forbidden);
    }
}
