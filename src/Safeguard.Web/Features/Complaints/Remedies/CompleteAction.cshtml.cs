using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class CompleteActionInput
{
    public DateParts On { get; set; } = new();

    public string? Evidence { get; set; }
}

/// <summary>The complaints manager records that an agreed action is done, with the evidence that it is.</summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class CompleteActionModel(ComplaintGate gate, ComplaintQuery query, CaseRecordService records, CurrentStaff staff, TimeProvider time)
    : ComplaintFormModel(gate, query, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.On", "Form.Evidence"];

    [BindProperty]
    public CompleteActionInput Form { get; set; } = new();

    public ActionLine Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, long actionId, CancellationToken ct) =>
        await OpenAsync(id, "form complete action", ct) ?? Find(actionId) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, long actionId, CancellationToken ct)
    {
        if ((await AllowWriteAsync(id, ct) ?? Find(actionId)) is { } refusal)
        {
            return refusal;
        }

        if (Action.CompletedOn is not null)
        {
            ModelState.AddModelError("Form.On", "This action has already been completed");
            return Page();
        }

        var on = Form.On.Read(ModelState, "Form.On", "the date the action was completed", notAfter: Today);
        if (on is { } done && done < Action.AgreedOn)
        {
            ModelState.AddModelError("Form.On", "The date the action was completed must be the same as or after the date it was agreed");
        }

        var evidence = RemedyRecords.ReadText(ModelState, "Form.Evidence", Form.Evidence, "Enter the evidence that the action is done", "The evidence");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await records.RecordAsync(new ActionCompleted { On = on!.Value, ActionId = actionId, Evidence = evidence! }, staff.Recorder(), ct: ct) is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string> { ["evidence"] = "Form.Evidence" }, "Form.On");
            return Page();
        }

        return BackToComplaint("Action completed");
    }

    /// <summary>The action, when it was agreed on this complaint.</summary>
    private IActionResult? Find(long actionId)
    {
        var action = RemedyRecords.Section(Complaint.Facts, new Dictionary<long, string>()).Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return NotFound();
        }

        Action = action;
        return null;
    }
}
