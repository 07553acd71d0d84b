using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Recording;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Steps;

/// <summary>One step of the complaints procedure recorded on a complaint; the record service decides whether it may happen now.</summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class StepModel(
    ComplaintGate gate,
    ComplaintQuery query,
    StepLookups lookups,
    PathwayLookups pathway,
    CaseRecordService records,
    CurrentStaff staff,
    TimeProvider time) : PageModel
{
    [BindProperty]
    public StepInput Form { get; set; } = new();

    public StepForm Definition { get; private set; } = null!;

    public ComplaintView Complaint { get; private set; } = null!;

    public StepChoices Choices { get; private set; } = new([], [], [], []);

    /// <summary>The clock an extension would move, as it stands now.</summary>
    public DutyLine? Clock { get; private set; }

    public RefusalNotice? Refusal { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(long id, string step, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (await gate.OpenAsync(id, $"complaint step {step}", ct) is { } closed)
        {
            return closed;
        }

        return await LoadAsync(id, step, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string step, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (await LoadAsync(id, step, ct) is { } missing)
        {
            return missing;
        }

        var answers = Definition.Read(Form, ModelState, id, Today, Choices);
        if (answers is null)
        {
            return Page();
        }

        var result = await records.RecordAsync(Definition.Build(answers), staff.Recorder(), ct: ct);
        switch (result)
        {
            case Recorded:
                TempData["Confirmation"] = Definition.Confirmation(answers);
                return Redirect($"/complaints/{id}");
            case Refused refused:
                Refusal = await pathway.RefusalAsync(refused, ct);
                return Page();
            case Rejected rejected:
                RecordOutcome.ShowRejection(ModelState, rejected, StepForm.ServiceFields, string.Empty);
                return Page();
            default:
                throw new InvalidOperationException($"Unexpected result {result}.");
        }
    }

    private async Task<IActionResult?> LoadAsync(long id, string slug, CancellationToken ct)
    {
        if (StepCatalogue.Find(slug) is not { } definition || await query.GetAsync(id, Today, ct) is not { } complaint)
        {
            return NotFound();
        }

        Definition = definition;
        Complaint = complaint;
        Choices = await lookups.ChoicesAsync(definition, complaint, ct);
        Clock = definition.Clock is { } rule ? complaint.Duties.FirstOrDefault(d => d.Rule == rule && d.Done is null) : null;
        return null;
    }
}
