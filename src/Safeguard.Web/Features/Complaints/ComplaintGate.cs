using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints;

/// <summary>
/// The one door to a complaint for pages and the API: 404 when there is no such complaint, 403 when the member of
/// staff may not see it (someone appointed to another complaint, or an appointment that has ended), and otherwise an
/// audit entry for the view before anything is shown. Only the complaints manager may change a complaint.
/// </summary>
public sealed class ComplaintGate(SafeguardDbContext db, ComplaintAccess access, CurrentStaff staff, RecordViews views)
{
    /// <summary>Null when the complaint may be opened (and the view is logged); otherwise the result to return.</summary>
    public async Task<IActionResult?> OpenAsync(long complaintId, string what, CancellationToken ct = default) =>
        ToActionResult(await CheckOpenAsync(complaintId, what, ct));

    /// <summary>For writes: the complaint exists, is visible, and the member of staff runs the procedure.</summary>
    public async Task<IActionResult?> AllowWriteAsync(long complaintId, CancellationToken ct = default) =>
        ToActionResult(await CheckWriteAsync(complaintId, ct));

    public async Task<ChildAccessResult> CheckOpenAsync(long complaintId, string what, CancellationToken ct = default)
    {
        var result = await CheckReadAsync(complaintId, ct);
        switch (result)
        {
            case ChildAccessResult.Forbidden:
                await views.ViewedAsync($"{what} refused", $"complaint:{complaintId}", ct);
                break;
            case ChildAccessResult.Allowed:
                await views.ViewedAsync(what, $"complaint:{complaintId}", ct);
                break;
            default:
                break;
        }

        return result;
    }

    public async Task<ChildAccessResult> CheckWriteAsync(long complaintId, CancellationToken ct = default)
    {
        var read = await CheckReadAsync(complaintId, ct);
        return read == ChildAccessResult.Allowed && !ComplaintAccess.CanChange(await staff.GetAsync(ct)) ? ChildAccessResult.Forbidden : read;
    }

    private async Task<ChildAccessResult> CheckReadAsync(long complaintId, CancellationToken ct)
    {
        if (!await db.Complaints.AnyAsync(c => c.Id == complaintId, ct))
        {
            return ChildAccessResult.NotFound;
        }

        return await access.CanSeeComplaintAsync(await staff.GetAsync(ct), complaintId, ct) ? ChildAccessResult.Allowed : ChildAccessResult.Forbidden;
    }

    private static IActionResult? ToActionResult(ChildAccessResult result) => result switch
    {
        ChildAccessResult.NotFound => new NotFoundResult(),
        ChildAccessResult.Forbidden => new StatusCodeResult(StatusCodes.Status403Forbidden),
        _ => null,
    };
}
