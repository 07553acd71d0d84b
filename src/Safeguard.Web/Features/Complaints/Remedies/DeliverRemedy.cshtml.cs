using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class DeliverRemedyInput
{
    public DateParts On { get; set; } = new();
}

/// <summary>The complaints manager records that an agreed remedy was delivered, which stops its clock.</summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class DeliverRemedyModel(ComplaintGate gate, ComplaintQuery query, CaseRecordService records, CurrentStaff staff, TimeProvider time)
    : ComplaintFormModel(gate, query, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.On"];

    [BindProperty]
    public DeliverRemedyInput Form { get; set; } = new();

    public RemedyLine Remedy { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, long remedyId, CancellationToken ct) =>
        await OpenAsync(id, "form remedy delivered", ct) ?? Find(remedyId) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, long remedyId, CancellationToken ct)
    {
        if ((await AllowWriteAsync(id, ct) ?? Find(remedyId)) is { } refusal)
        {
            return refusal;
        }

        if (Remedy.DeliveredOn is not null)
        {
            ModelState.AddModelError("Form.On", "This remedy has already been delivered");
            return Page();
        }

        var on = Form.On.Read(ModelState, "Form.On", "the date the remedy was delivered", notAfter: Today);
        if (on is { } delivered && delivered < Remedy.AgreedOn)
        {
            ModelState.AddModelError("Form.On", "The date the remedy was delivered must be the same as or after the date it was agreed");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await records.RecordAsync(new RemedyDelivered { On = on!.Value, RemedyId = remedyId }, staff.Recorder(), ct: ct) is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string>(), "Form.On");
            return Page();
        }

        return BackToComplaint("Remedy recorded as delivered");
    }

    /// <summary>The remedy, when it was agreed on this complaint.</summary>
    private IActionResult? Find(long remedyId)
    {
        var remedy = RemedyRecords.Section(Complaint.Facts, new Dictionary<long, string>()).Remedies.FirstOrDefault(r => r.Id == remedyId);
        if (remedy is null)
        {
            return NotFound();
        }

        Remedy = remedy;
        return null;
    }
}
