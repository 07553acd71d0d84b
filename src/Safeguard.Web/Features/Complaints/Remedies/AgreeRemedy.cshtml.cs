using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class AgreeRemedyInput
{
    public DateParts On { get; set; } = new();

    public string? Kind { get; set; }

    public string? Amount { get; set; }

    public string? Description { get; set; }

    public string? Owner { get; set; }

    public DateParts Due { get; set; } = new();
}

/// <summary>The complaints manager records a personal remedy agreed for the complainant: what, who delivers it, and by when.</summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class AgreeRemedyModel(ComplaintGate gate, ComplaintQuery query, RemedyRecords remedies, CaseRecordService records, CurrentStaff staff, TimeProvider time)
    : ComplaintFormModel(gate, query, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.On", "Form.Kind", "Form.Amount", "Form.Description", "Form.Owner", "Form.Due"];

    [BindProperty]
    public AgreeRemedyInput Form { get; set; } = new();

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await OpenAsync(id, "form agree remedy", ct) is { } refusal)
        {
            return refusal;
        }

        Staff = await remedies.StaffAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Staff = await remedies.StaffAsync(ct);
        var on = Form.On.Read(ModelState, "Form.On", "the date the remedy was agreed", notAfter: Today);
        var kind = RemedyRecords.ReadKind(ModelState, "Form.Kind", Form.Kind);
        var amount = kind == RemedyKind.Payment ? RemedyRecords.ReadAmount(ModelState, "Form.Amount", Form.Amount) : null;
        var description = RemedyRecords.ReadText(ModelState, "Form.Description", Form.Description, "Enter what the remedy is", "What the remedy is");
        var owner = RemedyRecords.ReadOwner(ModelState, "Form.Owner", Form.Owner, Staff, "Select who will deliver the remedy");
        var due = Form.Due.Read(ModelState, "Form.Due", "the date the remedy is due");
        if (on is { } agreed && due is { } by && by < agreed)
        {
            ModelState.AddModelError("Form.Due", "The date the remedy is due must be the same as or after the date it was agreed");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var fact = new RemedyAgreed { On = on!.Value, ComplaintId = id, RemedyId = 0, Kind = kind!.Value, Amount = amount, Description = description, OwnerPersonId = owner, Due = due!.Value };
        var result = await records.RecordAsync(fact, staff.Recorder(), await remedies.NewReferenceAsync(id, "REM", ct), ct: ct);
        if (result is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string> { ["amount"] = "Form.Amount", ["due"] = "Form.Due" }, "Form.On");
            return Page();
        }

        return BackToComplaint("Remedy agreed");
    }
}
