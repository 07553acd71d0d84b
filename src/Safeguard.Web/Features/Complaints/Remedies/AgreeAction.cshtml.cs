using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Remedies;

public sealed class AgreeActionInput
{
    public DateParts On { get; set; } = new();

    public string? Text { get; set; }

    public string? Owner { get; set; }

    public DateParts Due { get; set; } = new();

    public string? Measure { get; set; }
}

/// <summary>
/// The complaints manager agrees an action, on its own or to carry out a recommendation. The form asks for an owner, a
/// due date and a measure of done every time, so an action agreed here is never one the rules find incomplete.
/// </summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class AgreeActionModel(ComplaintGate gate, ComplaintQuery query, RemedyRecords remedies, CaseRecordService records, CurrentStaff staff, TimeProvider time)
    : ComplaintFormModel(gate, query, time)
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.On", "Form.Text", "Form.Owner", "Form.Due", "Form.Measure"];

    [BindProperty]
    public AgreeActionInput Form { get; set; } = new();

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    /// <summary>The recommendation the action carries out, when it came from one.</summary>
    public RecommendationLine? Recommendation { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, long? recommendation, CancellationToken ct)
    {
        if ((await OpenAsync(id, "form agree action", ct) ?? Find(recommendation)) is { } refusal)
        {
            return refusal;
        }

        Staff = await remedies.StaffAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long? recommendation, CancellationToken ct)
    {
        if ((await AllowWriteAsync(id, ct) ?? Find(recommendation)) is { } refusal)
        {
            return refusal;
        }

        Staff = await remedies.StaffAsync(ct);
        var on = Form.On.Read(ModelState, "Form.On", "the date the action was agreed", notAfter: Today);
        var text = RemedyRecords.ReadText(ModelState, "Form.Text", Form.Text, "Enter the action", "The action");
        var owner = RemedyRecords.ReadOwner(ModelState, "Form.Owner", Form.Owner, Staff, "Select who owns the action");
        var due = Form.Due.Read(ModelState, "Form.Due", "the date the action is due");
        if (on is { } agreed && due is { } by && by < agreed)
        {
            ModelState.AddModelError("Form.Due", "The date the action is due must be the same as or after the date it was agreed");
        }

        var measure = RemedyRecords.ReadText(ModelState, "Form.Measure", Form.Measure, "Enter how you will know the action is done", "How you will know the action is done");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var fact = new ActionAgreed { On = on!.Value, ActionId = 0, ComplaintId = id, RecommendationId = Recommendation?.Id, Text = text!, OwnerPersonId = owner, Due = due, Measure = measure };
        if (await records.RecordAsync(fact, staff.Recorder(), await remedies.NewReferenceAsync(id, "ACT", ct), ct: ct) is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string> { ["text"] = "Form.Text", ["owner"] = "Form.Owner", ["due"] = "Form.Due" }, "Form.On");
            return Page();
        }

        return BackToComplaint("Action agreed");
    }

    /// <summary>The recommendation named in the address, when it was made on this complaint.</summary>
    private IActionResult? Find(long? recommendationId)
    {
        if (recommendationId is not { } wanted)
        {
            return null;
        }

        Recommendation = RemedyRecords.Section(Complaint.Facts, new Dictionary<long, string>()).Recommendations.FirstOrDefault(r => r.Id == wanted);
        return Recommendation is null ? NotFound() : null;
    }
}
