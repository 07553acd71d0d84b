using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Children;

/// <summary>What the gate decided about a child's record.</summary>
public enum ChildAccessResult { Allowed, NotFound, Forbidden }

/// <summary>
/// The one door to a child's record for pages and the API: 404 when there is no such child, 403 when the member of
/// staff may not see it, and otherwise an audit entry for the view before anything is shown.
/// </summary>
public sealed class ChildGate(SafeguardDbContext db, ChildAccess access, CurrentStaff staff, RecordViews views)
{
    /// <summary>Null when the record may be opened (and the view is logged); otherwise the result to return.</summary>
    public async Task<IActionResult?> OpenAsync(long childId, string what, CancellationToken ct = default) =>
        ToActionResult(await CheckOpenAsync(childId, what, ct));

    /// <summary>For writes: the same checks, without logging a view (the write is audited with the fact).</summary>
    public async Task<IActionResult?> AllowWriteAsync(long childId, CancellationToken ct = default) =>
        ToActionResult(await CheckWriteAsync(childId, ct));

    /// <summary>The check behind <see cref="OpenAsync"/>, for callers that answer in their own way (the API).</summary>
    public async Task<ChildAccessResult> CheckOpenAsync(long childId, string what, CancellationToken ct = default)
    {
        var result = await CheckWriteAsync(childId, ct);
        switch (result)
        {
            case ChildAccessResult.Forbidden:
                await views.ViewedAsync($"{what} refused", $"child:{childId}", ct);
                break;
            case ChildAccessResult.Allowed:
                await views.ViewedAsync(what, $"child:{childId}", ct);
                break;
            default:
                break;
        }

        return result;
    }

    /// <summary>The check behind <see cref="AllowWriteAsync"/>.</summary>
    public async Task<ChildAccessResult> CheckWriteAsync(long childId, CancellationToken ct = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == childId && p.Kind == PersonKind.Child, ct))
        {
            return ChildAccessResult.NotFound;
        }

        return await access.CanSeeChildAsync(await staff.GetAsync(ct), childId, ct) ? ChildAccessResult.Allowed : ChildAccessResult.Forbidden;
    }

    private static IActionResult? ToActionResult(ChildAccessResult result) => result switch
    {
        ChildAccessResult.NotFound => new NotFoundResult(),
        ChildAccessResult.Forbidden => new StatusCodeResult(StatusCodes.Status403Forbidden),
        _ => null,
    };
}
