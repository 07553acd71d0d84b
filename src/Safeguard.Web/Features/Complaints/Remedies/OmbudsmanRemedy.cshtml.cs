using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Rules;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class OmbudsmanRemedyInput
{
    public string? Kind { get; set; }

    public string? Amount { get; set; }

    public string? Description { get; set; }

    public string? Owner { get; set; }

    public string? Period { get; set; }
}

/// <summary>A remedy the Ombudsman's decision asks for, due by the deadline the decision gives, counted from its date.</summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class OmbudsmanRemedyModel(ComplaintGate gate, ComplaintQuery query, RemedyRecords remedies, CaseRecordService records, CurrentStaff staff, WorkingDayCalendar calendar, TimeProvider time)
    : OmbudsmanFormModel(gate, query, remedies, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.Kind", "Form.Amount", "Form.Description", "Form.Owner", "Form.Period"];

    [BindProperty]
    public OmbudsmanRemedyInput Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await OpenFormAsync(id, "form Ombudsman remedy", ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await AllowFormAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var kind = RemedyRecords.ReadKind(ModelState, "Form.Kind", Form.Kind);
        var amount = kind == RemedyKind.Payment ? RemedyRecords.ReadAmount(ModelState, "Form.Amount", Form.Amount) : null;
        var description = RemedyRecords.ReadText(ModelState, "Form.Description", Form.Description, "Enter what the remedy is", "What the remedy is");
        var owner = RemedyRecords.ReadOwner(ModelState, "Form.Owner", Form.Owner, Staff, "Select who will deliver the remedy");
        var due = OmbudsmanPeriods.Read(ModelState, "Form.Period", Form.Period, calendar, DecisionDate, "Select when the decision says the remedy is due");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var fact = new RemedyAgreed
        {
            On = DecisionDate,
            ComplaintId = id,
            RemedyId = 0,
            Kind = kind!.Value,
            Amount = amount,
            Description = description,
            OwnerPersonId = owner,
            Due = due!.Due,
            DueBasis = due.Basis,
        };
        if (await records.RecordAsync(fact, staff.Recorder(), await Remedies.NewReferenceAsync(id, "REM", ct), ct: ct) is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string> { ["amount"] = "Form.Amount", ["due"] = "Form.Period" }, "Form.Kind");
            return Page();
        }

        TempData["Confirmation"] = $"Remedy added, due {Clock.Words(due.Due)}";
        return Redirect($"/complaints/{id}/ombudsman");
    }
}
