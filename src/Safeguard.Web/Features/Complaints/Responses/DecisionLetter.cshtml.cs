using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Facts;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Responses;

public sealed class DecisionLetterForm
{
    public DateParts Sent { get; set; } = new();

    /// <summary>Asked only when the decision was recorded without reasons.</summary>
    public string? Reasons { get; set; }
}

/// <summary>
/// Tells the complainant, with reasons, of a decision to close their complaint or decline a review panel
/// (CX_DECISION_NOTICE): the letter is recorded through the safe-contact guard, then that the complainant was told.
/// </summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class DecisionLetterModel(ComplaintGate gate, ComplaintQuery query, CaseRecordService records, CurrentStaff staff, TimeProvider time) : PageModel
{
    [BindProperty]
    public DecisionLetterForm Form { get; set; } = new();

    public ComplaintView Complaint { get; private set; } = null!;

    /// <summary>The closure or decline the complainant has not been told of; null when there is none.</summary>
    public Fact? Decision { get; private set; }

    public string? RecordedReasons => Decision is null ? null : ComplaintLetters.RecordedReasons(Decision);

    public string? RefusedBecause { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (Decision is null)
        {
            return Page();
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var sent = Form.Sent.Read(ModelState, "Form.Sent", "the date the letter is sent", notAfter: today);
        if (sent is { } date && date < Decision.On)
        {
            ModelState.AddModelError("Form.Sent", "The date the letter is sent must be on or after the date of the decision");
        }

        if (RecordedReasons is null && string.IsNullOrWhiteSpace(Form.Reasons))
        {
            ModelState.AddModelError("Form.Reasons", "Enter the reasons for the decision");
        }

        if (!ModelState.IsValid || sent is not { } on)
        {
            return Page();
        }

        var letter = new LetterSent { On = on, To = [Complaint.ComplainantId], AboutComplaintId = id, Kind = LetterKind.Outcome, Text = RecordedReasons is null ? Form.Reasons!.Trim() : null };
        switch (await records.RecordAsync(letter, staff.Recorder(), ct: ct))
        {
            case Recorded recorded:
                if (Decision is ComplaintClosed && await records.RecordAsync(new ComplainantInformed { On = on, ComplaintId = id }, staff.Recorder(), ct: ct) is Rejected notInformed)
                {
                    ModelState.AddModelError("Form.Sent", $"The letter is on the record but not that the complainant was told: {notInformed.Message}");
                    return Page();
                }

                return Redirect($"/complaints/{id}/letters/{recorded.FactId}/sent");
            case Refused refused:
                RefusedBecause = refused.Message;
                return Page();
            case Rejected rejected:
                ModelState.AddModelError("Form.Sent", rejected.Message);
                return Page();
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (await query.GetAsync(id, DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct) is not { } complaint)
        {
            return NotFound();
        }

        Complaint = complaint;
        Decision = ComplaintLetters.UntoldDecision(complaint.Facts);
        return null;
    }
}
