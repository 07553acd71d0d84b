using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class NewRecommendationInput
{
    public DateParts On { get; set; } = new();

    public string? By { get; set; }

    public string? Text { get; set; }
}

/// <summary>The complaints manager records a recommendation of the investigating officer, the review panel or the Ombudsman.</summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class NewRecommendationModel(ComplaintGate gate, ComplaintQuery query, RemedyRecords remedies, CaseRecordService records, CurrentStaff staff, TimeProvider time)
    : ComplaintFormModel(gate, query, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.On", "Form.By", "Form.Text"];

    public static readonly IReadOnlyList<SelectListItem> Sources =
    [
        new("The investigating officer, at stage 2", "stage-2"),
        new("The review panel, at stage 3", "stage-3"),
        new("The Ombudsman", "ombudsman"),
    ];

    [BindProperty]
    public NewRecommendationInput Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await OpenAsync(id, "form recommendation", ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var on = Form.On.Read(ModelState, "Form.On", "the date the recommendation was made", notAfter: Today);
        RecommendationSource? by = Form.By switch
        {
            "stage-2" => RecommendationSource.Stage2,
            "stage-3" => RecommendationSource.Stage3,
            "ombudsman" => RecommendationSource.Ombudsman,
            _ => null,
        };
        if (by is null)
        {
            ModelState.AddModelError("Form.By", "Select who made the recommendation");
        }

        var text = RemedyRecords.ReadText(ModelState, "Form.Text", Form.Text, "Enter the recommendation", "The recommendation");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var fact = new RecommendationMade { On = on!.Value, ComplaintId = id, RecommendationId = 0, By = by!.Value, Text = text! };
        if (await records.RecordAsync(fact, staff.Recorder(), await remedies.NewReferenceAsync(id, "REC", ct), ct: ct) is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string> { ["text"] = "Form.Text" }, "Form.On");
            return Page();
        }

        return BackToComplaint("Recommendation recorded");
    }
}
