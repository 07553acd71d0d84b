using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Pathway.Entries;

/// <summary>
/// One step of the pathway recorded on a child's file, or (with <c>corrects</c>) a correction of an earlier entry
/// of the same kind: the new entry supersedes the old one, and both stay on the record.
/// </summary>
[Authorize(Roles = RoleSets.Caseworkers)]
public sealed class EntryModel(
    SafeguardDbContext db,
    ChildGate gate,
    ChildRecordQuery query,
    PathwayLookups lookups,
    CaseRecordService records,
    CurrentStaff staff,
    TimeProvider time) : PageModel
{
    [BindProperty]
    public EntryInput Form { get; set; } = new();

    public EntryForm Definition { get; private set; } = null!;

    public ChildSummary Child { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    /// <summary>The entry being corrected, in words.</summary>
    public string? Correcting { get; private set; }

    /// <summary>Why the entry cannot be corrected (it has been corrected already).</summary>
    public string? CannotCorrect { get; private set; }

    public RefusalNotice? Refusal { get; private set; }

    private Fact? _corrected;

    public async Task<IActionResult> OnGetAsync(long id, string form, long? corrects, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, corrects is null ? $"form {form}" : $"correction of entry {corrects}", ct) is { } refusal)
        {
            return refusal;
        }

        if (await LoadAsync(id, form, corrects, ct) is { } missing)
        {
            return missing;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string form, long? corrects, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var entered = Form;
        if (await LoadAsync(id, form, corrects, ct) is { } missing)
        {
            return missing;
        }

        Form = entered;
        if (CannotCorrect is not null)
        {
            return Page();
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var me = await staff.GetAsync(ct);
        // A correction keeps who did it (the visitor, the reviewer); a new entry is by the person recording it.
        var by = _corrected switch
        {
            ChildSeen seen => seen.ById,
            ManagementReviewRecorded review => review.ById,
            _ => me.PersonId,
        };
        var answers = Definition.Read(Form, ModelState, id, today, People.Select(p => long.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList(), by);
        var correctionReason = Form.CorrectionReason?.Trim();
        if (corrects is not null && string.IsNullOrEmpty(correctionReason))
        {
            ModelState.AddModelError("Form.CorrectionReason", "Enter why you are correcting this entry");
        }

        if (answers is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await records.RecordAsync(Definition.Build(answers), staff.Recorder(correctionReason), supersedes: corrects, ct: ct);
        switch (result)
        {
            case Recorded:
                TempData["Confirmation"] = corrects is null ? Definition.Confirmation : $"{Definition.Name}: correction recorded";
                return Redirect($"/children/{id}");
            case Refused refused:
                Refusal = await lookups.RefusalAsync(refused, ct);
                return Page();
            case Rejected rejected:
                RecordOutcome.ShowRejection(ModelState, rejected, EntryForm.ServiceFields, Definition.MainField);
                return Page();
            default:
                throw new InvalidOperationException($"Unexpected result {result}.");
        }
    }

    private async Task<IActionResult?> LoadAsync(long id, string slug, long? corrects, CancellationToken ct)
    {
        if (EntryCatalogue.Find(slug) is not { } definition)
        {
            return NotFound();
        }

        Definition = definition;
        Child = (await query.SummaryAsync(id, ct))!;
        People = (definition.People switch
        {
            PersonSource.ChildsAdults => await lookups.ChildsAdultsAsync(id, ct),
            PersonSource.SocialWorkers => await lookups.SocialWorkersAsync(ct),
            PersonSource.OpenAlerts => await lookups.OpenAlertsAsync(id, ct),
            _ => [],
        }).Select(p => new SelectListItem(p.Text, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        if (corrects is not { } factId)
        {
            return null;
        }

        var row = await db.Facts.AsNoTracking().FirstOrDefaultAsync(f => f.Id == factId && f.ChildId == id, ct);
        var fact = row is null ? null : FactJson.Deserialize(row.Payload);
        if (row is null || fact is null || EntryCatalogue.For(fact) != definition)
        {
            return NotFound();
        }

        _corrected = fact;
        var recorder = await db.Users.Where(u => u.UserName == row.RecordedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? row.RecordedBy;
        Correcting = $"{EntryDescriptions.Describe(fact, await lookups.NamesAsync(row, ct))} on {Dates.Long(row.OccurredOn)}, recorded by {recorder}";
        if (await db.Facts.AnyAsync(f => f.SupersedesId == factId, ct))
        {
            CannotCorrect = "This entry has already been corrected. Correct the newer entry instead.";
            ModelState.AddModelError(string.Empty, CannotCorrect);
        }

        Form = definition.Answers(fact);
        return null;
    }
}
