using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class DeclineRemedyInput
{
    public DateParts On { get; set; } = new();

    public string? Reason { get; set; }
}

/// <summary>The complaints manager records the decision that no personal remedy is needed, with the reasons.</summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class DeclineRemedyModel(ComplaintGate gate, ComplaintQuery query, CaseRecordService records, CurrentStaff staff, TimeProvider time)
    : ComplaintFormModel(gate, query, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.On", "Form.Reason"];

    [BindProperty]
    public DeclineRemedyInput Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await OpenAsync(id, "form decline remedy", ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var on = Form.On.Read(ModelState, "Form.On", "the date it was decided", notAfter: Today);
        var reason = RemedyRecords.ReadText(ModelState, "Form.Reason", Form.Reason, "Enter why no remedy is needed", "Why no remedy is needed");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await records.RecordAsync(new RemedyDeclined { On = on!.Value, ComplaintId = id, Reason = reason! }, staff.Recorder(), ct: ct);
        if (result is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string> { ["reason"] = "Form.Reason" }, "Form.On");
            return Page();
        }

        return BackToComplaint("Decision that no remedy is needed recorded");
    }
}
