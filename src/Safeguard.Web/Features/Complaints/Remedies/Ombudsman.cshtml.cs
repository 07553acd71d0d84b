using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class OmbudsmanInput
{
    public string? Reference { get; set; }

    public DateParts On { get; set; } = new();

    public string? Outcome { get; set; }
}

/// <summary>
/// The complaints manager records the Local Government and Social Care Ombudsman's decision; once it is recorded the
/// page offers its remedies and actions, each with the deadline the decision gives.
/// </summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class OmbudsmanModel(ComplaintGate gate, ComplaintQuery query, CaseRecordService records, CurrentStaff staff, TimeProvider time)
    : ComplaintFormModel(gate, query, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.Reference", "Form.On", "Form.Outcome"];

    public static readonly IReadOnlyList<SelectListItem> Outcomes =
    [
        new("Upheld (fault found)", "upheld"),
        new("Not upheld (no fault found)", "not-upheld"),
        new("Closed without a finding", "closed"),
    ];

    [BindProperty]
    public OmbudsmanInput Form { get; set; } = new();

    /// <summary>The decision already recorded, if there is one.</summary>
    public OmbudsmanLine? Decision { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await OpenAsync(id, "form Ombudsman decision", ct) is { } refusal)
        {
            return refusal;
        }

        Decision = RemedyRecords.Section(Complaint.Facts, new Dictionary<long, string>()).Ombudsman;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Decision = RemedyRecords.Section(Complaint.Facts, new Dictionary<long, string>()).Ombudsman;
        if (Decision is not null)
        {
            ModelState.AddModelError("", "The Ombudsman's decision on this complaint is already recorded");
            return Page();
        }

        var reference = RemedyRecords.ReadText(ModelState, "Form.Reference", Form.Reference, "Enter the Ombudsman's reference", "The Ombudsman's reference");
        if (reference is { Length: > 50 })
        {
            ModelState.AddModelError("Form.Reference", "The Ombudsman's reference must be 50 characters or fewer");
        }

        var on = Form.On.Read(ModelState, "Form.On", "the date of the Ombudsman's decision", notAfter: Today);
        OmbudsmanOutcome? outcome = Form.Outcome switch
        {
            "upheld" => OmbudsmanOutcome.Upheld,
            "not-upheld" => OmbudsmanOutcome.NotUpheld,
            "closed" => OmbudsmanOutcome.Closed,
            _ => null,
        };
        if (outcome is null)
        {
            ModelState.AddModelError("Form.Outcome", "Select the Ombudsman's decision");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var fact = new OmbudsmanDecisionRecorded { On = on!.Value, ComplaintId = id, Reference = reference!, Outcome = outcome!.Value };
        if (await records.RecordAsync(fact, staff.Recorder(), ct: ct) is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string> { ["reference"] = "Form.Reference" }, "Form.On");
            return Page();
        }

        TempData["Confirmation"] = "The Ombudsman's decision is recorded. Add the remedies and actions it asks for.";
        return Redirect($"/complaints/{id}/ombudsman");
    }
}
