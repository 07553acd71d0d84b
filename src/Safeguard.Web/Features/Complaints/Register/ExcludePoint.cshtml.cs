using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Recording;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Register;

public sealed class ExcludePointInput
{
    public string? Reason { get; set; }
}

/// <summary>
/// Takes one point of a complaint out of the procedure (a conference's own decisions, what happened in court), with
/// the reason the complainant will be given.
/// </summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class ExcludePointModel(SafeguardDbContext db, ComplaintGate gate, CaseRecordService records, CurrentStaff staff, TimeProvider time) : PageModel
{
    public const int MaxReason = 2000;

    private static readonly Dictionary<string, string> ServiceFields = new(StringComparer.Ordinal) { ["reason"] = "Form.Reason" };

    [BindProperty]
    public ExcludePointInput Form { get; set; } = new();

    public string ComplaintReference { get; private set; } = "";

    public ComplaintPoint Point { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, long pointId, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "form exclude point", ct) is { } refusal)
        {
            return refusal;
        }

        return await LoadAsync(id, pointId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(long id, long pointId, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (!await LoadAsync(id, pointId, ct))
        {
            return NotFound();
        }

        var reason = Form.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            ModelState.AddModelError("Form.Reason", "Enter why the point is excluded, as the complainant will read it");
        }
        else if (reason.Length > MaxReason)
        {
            ModelState.AddModelError("Form.Reason", $"The reason must be {MaxReason} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var result = await records.RecordAsync(new PointExcluded { On = today, ComplaintId = id, PointId = pointId, Reason = reason! }, staff.Recorder(reason), ct: ct);
        if (result is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, ServiceFields, "Form.Reason");
            return Page();
        }

        TempData["Confirmation"] = $"Point {Point.Reference} excluded from the procedure";
        return Redirect($"/complaints/{id}#points");
    }

    private async Task<bool> LoadAsync(long id, long pointId, CancellationToken ct)
    {
        var point = await db.ComplaintPoints.FirstOrDefaultAsync(p => p.Id == pointId && p.ComplaintId == id, ct);
        if (point is null)
        {
            return false;
        }

        Point = point;
        ComplaintReference = await db.Complaints.Where(c => c.Id == id).Select(c => c.Reference).FirstAsync(ct);
        return true;
    }
}
