using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Meetings;

[Authorize(Roles = RoleSets.MeetingOrganisers)]
public sealed class CancelModel(MeetingGate gate, MeetingQuery meetings, CaseRecordService records, CurrentStaff staff, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public MeetingSummary Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why the conference is cancelled");
            return Page();
        }

        if (Reason.Length > 2000)
        {
            ModelState.AddModelError(nameof(Reason), "Why the conference is cancelled must be 2000 characters or fewer");
            return Page();
        }

        var fact = new ConferenceCancelled { On = DateOnly.FromDateTime(time.GetLocalNow().DateTime), MeetingId = id, Reason = Reason.Trim() };
        switch (await records.RecordAsync(fact, staff.Recorder(), ct: ct))
        {
            case Recorded:
                TempData["Confirmation"] = "The conference has been cancelled";
                return Redirect($"/meetings/{id}");
            case Rejected rejected:
                ModelState.AddModelError(rejected.Field == "reason" ? nameof(Reason) : "", rejected.Message);
                return Page();
            default:
                throw new InvalidOperationException("Cancelling a conference is not guarded.");
        }
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Meeting = (await meetings.SummaryAsync(id, ct))!;
        return Meeting.Type == MeetingType.Conference ? null : NotFound();
    }
}
