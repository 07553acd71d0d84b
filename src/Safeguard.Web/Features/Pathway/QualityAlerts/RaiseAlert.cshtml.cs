using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Pathway.QualityAlerts;

public sealed class RaiseAlertInput
{
    public DateParts On { get; set; } = new();

    public string? Concern { get; set; }
}

/// <summary>A conference chair raises a quality alert on a child's case; the concern is kept with the entry.</summary>
[Authorize(Roles = RoleSets.QualityAlertRaisers)]
public sealed class RaiseAlertModel(SafeguardDbContext db, ChildGate gate, ChildRecordQuery query, CaseRecordService records, CurrentStaff staff, TimeProvider time) : PageModel
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.On", "Form.Concern"];

    [BindProperty]
    public RaiseAlertInput Form { get; set; } = new();

    public ChildSummary Child { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "form quality alert", ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await query.SummaryAsync(id, ct))!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await query.SummaryAsync(id, ct))!;
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var on = Form.On.Read(ModelState, "Form.On", "the date the alert was raised", notAfter: today);
        var concern = Form.Concern?.Trim();
        if (string.IsNullOrEmpty(concern))
        {
            ModelState.AddModelError("Form.Concern", "Enter what the concern is");
        }
        else if (concern.Length > 2000)
        {
            ModelState.AddModelError("Form.Concern", "The concern must be 2000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var me = await staff.GetAsync(ct);
        var alert = new QualityAlertRaised { On = on!.Value, ChildId = id, AlertId = 0, ById = me.PersonId };
        var result = await records.RecordAsync(alert, staff.Recorder(concern), await NewReferenceAsync(ct), ct: ct);
        if (result is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string>(), "Form.On");
            return Page();
        }

        TempData["Confirmation"] = "Quality alert raised";
        return Redirect($"/children/{id}");
    }

    /// <summary>The child's next alert reference: QA-CH-000123-2 for the child's second alert.</summary>
    private async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        var next = await db.QualityAlerts.CountAsync(a => a.ChildId == Child.Id, ct) + 1;
        while (await db.QualityAlerts.AnyAsync(a => a.Reference == $"QA-{Child.Reference}-{next}", ct))
        {
            next++;
        }

        return $"QA-{Child.Reference}-{next}";
    }
}
