using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Responses;

public sealed class ResponseForm
{
    public DateParts Sent { get; set; } = new();

    /// <summary>One answer per point of the complaint, in the order of its points; excluded points are not asked.</summary>
    public List<string?> Outcomes { get; set; } = [];

    public string? Text { get; set; }

    /// <summary>The safe route the letter goes to instead, after the safe-contact guard refused the complainant.</summary>
    public long? SendTo { get; set; }
}

/// <summary>
/// Sends a response at a stage of the procedure: an outcome for every point and the complaints manager's own words,
/// recorded with the letter to the complainant. The letter is recorded first, through the safe-contact guard, so a
/// refused letter leaves no response on the record.
/// </summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class RespondModel(ComplaintGate gate, ComplaintQuery query, CaseRecordService records, SafeguardDbContext db, CurrentStaff staff, TimeProvider time) : PageModel
{
    public static readonly IReadOnlyList<(PointOutcome Outcome, string Value)> Choices =
        [(PointOutcome.Upheld, "upheld"), (PointOutcome.PartlyUpheld, "partly-upheld"), (PointOutcome.NotUpheld, "not-upheld")];

    [BindProperty]
    public ResponseForm Form { get; set; } = new();

    public ComplaintView Complaint { get; private set; } = null!;

    public ResponseStage Stage { get; private set; }

    /// <summary>Why this response cannot be sent now (the procedure's order, or a panel report without every outcome).</summary>
    public string? NotNow { get; private set; }

    /// <summary>At stage 3: the outcomes of the panel's report, which the response letter gives.</summary>
    public IReadOnlyDictionary<long, PointOutcome> PanelOutcomes { get; private set; } = new Dictionary<long, PointOutcome>();

    public RefusalNotice? Refusal { get; private set; }

    public (long Id, string Name)? SafeRoute { get; private set; }

    public static IEnumerable<SelectListItem> OutcomeItems => Choices.Select(c => new SelectListItem(ComplaintQuery.OutcomeName(c.Outcome), c.Value));

    public async Task<IActionResult> OnGetAsync(long id, string stage, CancellationToken ct) =>
        await LoadAsync(id, stage, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, string stage, CancellationToken ct)
    {
        if (await LoadAsync(id, stage, ct) is { } refusal)
        {
            return refusal;
        }

        if (NotNow is not null)
        {
            return Page();
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var sent = Form.Sent.Read(ModelState, "Form.Sent", $"the date the {ResponseStages.Name(Stage)} was {(ResponseStages.SendsLetter(Stage) ? "sent" : "received")}", notAfter: today);
        var outcomes = ReadOutcomes();
        if (ResponseStages.SendsLetter(Stage) && string.IsNullOrWhiteSpace(Form.Text))
        {
            ModelState.AddModelError("Form.Text", $"Enter the {ResponseStages.Name(Stage)} to the complainant");
        }

        var recipient = Complaint.ComplainantId;
        if (Form.SendTo is { } via)
        {
            if (await db.ContactRestrictions.AnyAsync(r => r.RestrictedPersonId == Complaint.ComplainantId && r.ViaPersonId == via, ct))
            {
                recipient = via;
            }
            else
            {
                ModelState.AddModelError("", "The letter can go only to the complainant or to the safe route recorded for them.");
            }
        }

        if (!ModelState.IsValid || sent is not { } on)
        {
            return Page();
        }

        if (!ResponseStages.SendsLetter(Stage))
        {
            return await RecordResponseAsync(ResponseStages.OutcomesFact(Stage, id, on, outcomes)!, null, ct);
        }

        var letter = new LetterSent { On = on, To = [recipient], AboutComplaintId = id, Kind = LetterKind.Outcome, Text = Form.Text!.Trim() };
        switch (await records.RecordAsync(letter, staff.Recorder(), ct: ct))
        {
            case Recorded recorded:
                Fact response = (Fact?)ResponseStages.OutcomesFact(Stage, id, on, outcomes) ?? new Stage3ResponseSent { On = on, ComplaintId = id };
                return await RecordResponseAsync(response, recorded.FactId, ct);
            case Refused refused:
                Refusal = new RefusalNotice(refused.Rule, refused.Message, null);
                if (refused.SafeRouteId is { } route)
                {
                    var name = await db.People.Where(p => p.Id == route).Select(p => p.DisplayName ?? p.Reference).FirstAsync(ct);
                    SafeRoute = (route, name);
                }

                return Page();
            case Rejected rejected:
                ModelState.AddModelError(rejected.Field == "to" ? "" : "Form.Text", rejected.Message);
                return Page();
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }

    private async Task<IActionResult> RecordResponseAsync(Fact response, long? letterId, CancellationToken ct)
    {
        switch (await records.RecordAsync(response, staff.Recorder(), ct: ct))
        {
            case Recorded:
                if (letterId is { } letter)
                {
                    return Redirect($"/complaints/{Complaint.Id}/letters/{letter}/sent");
                }

                TempData["Confirmation"] = $"The {ResponseStages.Name(Stage)} is recorded";
                return Redirect($"/complaints/{Complaint.Id}");
            case Refused refused:
                Refusal = new RefusalNotice(refused.Rule, refused.Message, null);
                return Page();
            case Rejected rejected:
                ModelState.AddModelError(rejected.Field == "outcomes" ? "" : "Form.Sent", letterId is null ? rejected.Message : $"The letter is on the record but the response is not: {rejected.Message}");
                return Page();
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }

    /// <summary>An outcome for every point: excluded points are excluded, the others as chosen (an error next to each one not chosen).</summary>
    private Dictionary<long, PointOutcome> ReadOutcomes()
    {
        var outcomes = new Dictionary<long, PointOutcome>();
        if (!ResponseStages.AsksOutcomes(Stage))
        {
            return outcomes;
        }

        for (var i = 0; i < Complaint.Points.Count; i++)
        {
            var point = Complaint.Points[i];
            if (point.ExcludedReason is not null)
            {
                outcomes[point.Id] = PointOutcome.Excluded;
                continue;
            }

            var chosen = Choices.FirstOrDefault(c => c.Value == Form.Outcomes[i]);
            if (chosen.Value is null)
            {
                ModelState.AddModelError($"Form.Outcomes[{i}]", $"Select an outcome for point {point.Reference}");
            }
            else
            {
                outcomes[point.Id] = chosen.Outcome;
            }
        }

        return outcomes;
    }

    private async Task<IActionResult?> LoadAsync(long id, string stage, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (ResponseStages.Parse(stage) is not { } parsed || await query.GetAsync(id, DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct) is not { } complaint)
        {
            return NotFound();
        }

        Stage = parsed;
        Complaint = complaint;
        while (Form.Outcomes.Count < complaint.Points.Count)
        {
            Form.Outcomes.Add(null);
        }

        NotNow = ResponseStages.NotNow(parsed, complaint.Progress);
        if (NotNow is null && parsed == ResponseStage.Stage3)
        {
            PanelOutcomes = complaint.Facts.OfType<Stage3ReportIssued>().Last().Outcomes;
            var missing = complaint.Points.Where(p => !PanelOutcomes.ContainsKey(p.Id)).Select(p => p.Reference).ToList();
            if (missing.Count > 0)
            {
                NotNow = $"The panel's report on the record gives no outcome for point {string.Join(", ", missing)}, and the response must give the outcome of every point.";
            }
        }

        return null;
    }
}
