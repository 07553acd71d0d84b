using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Rules;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class OmbudsmanActionInput
{
    public string? Text { get; set; }

    public string? Owner { get; set; }

    public string? Measure { get; set; }

    public string? Period { get; set; }
}

/// <summary>
/// An action the Ombudsman's decision asks for: recorded as the Ombudsman's recommendation and the action agreed to
/// carry it out, due by the deadline the decision gives.
/// </summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class OmbudsmanActionModel(ComplaintGate gate, ComplaintQuery query, RemedyRecords remedies, CaseRecordService records, CurrentStaff staff, WorkingDayCalendar calendar, TimeProvider time)
    : OmbudsmanFormModel(gate, query, remedies, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.Text", "Form.Owner", "Form.Measure", "Form.Period"];

    [BindProperty]
    public OmbudsmanActionInput Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await OpenFormAsync(id, "form Ombudsman action", ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await AllowFormAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var text = RemedyRecords.ReadText(ModelState, "Form.Text", Form.Text, "Enter the action", "The action");
        var owner = RemedyRecords.ReadOwner(ModelState, "Form.Owner", Form.Owner, Staff, "Select who owns the action");
        var measure = RemedyRecords.ReadText(ModelState, "Form.Measure", Form.Measure, "Enter how you will know the action is done", "How you will know the action is done");
        var due = OmbudsmanPeriods.Read(ModelState, "Form.Period", Form.Period, calendar, DecisionDate, "Select when the decision says the action is due");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recommendation = new RecommendationMade { On = DecisionDate, ComplaintId = id, RecommendationId = 0, By = RecommendationSource.Ombudsman, Text = text! };
        switch (await records.RecordAsync(recommendation, staff.Recorder(), await Remedies.NewReferenceAsync(id, "REC", ct), ct: ct))
        {
            case Recorded { NewSubjectId: { } recommendationId }:
                var action = new ActionAgreed { On = DecisionDate, ActionId = 0, ComplaintId = id, RecommendationId = recommendationId, Text = text!, OwnerPersonId = owner, Due = due!.Due, DueBasis = due.Basis, Measure = measure };
                if (await records.RecordAsync(action, staff.Recorder(), await Remedies.NewReferenceAsync(id, "ACT", ct), ct: ct) is Rejected notAgreed)
                {
                    RecordOutcome.ShowRejection(ModelState, notAgreed, new Dictionary<string, string> { ["owner"] = "Form.Owner", ["due"] = "Form.Period" }, "Form.Text");
                    return Page();
                }

                TempData["Confirmation"] = $"Action added, due {Clock.Words(due.Due)}";
                return Redirect($"/complaints/{id}/ombudsman");
            case Rejected rejected:
                RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string> { ["text"] = "Form.Text" }, "Form.Text");
                return Page();
            default:
                throw new InvalidOperationException("A recommendation is not guarded, so it is recorded or rejected.");
        }
    }
}
