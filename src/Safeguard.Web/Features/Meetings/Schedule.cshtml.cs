using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Meetings;

/// <summary>
/// Schedules a conference or a core group for a child and, optionally, their brothers and sisters. The kind of
/// conference is never chosen: the check page says which kind the rules give, and why, before anything is saved.
/// </summary>
[Authorize(Roles = RoleSets.MeetingOrganisers)]
public sealed class ScheduleModel(
    ChildGate gate,
    ChildRecordQuery children,
    ChildAccess access,
    CurrentStaff staff,
    MeetingQuery meetings,
    CaseRecordService records,
    SafeguardDbContext db,
    TimeProvider time) : PageModel
{
    public enum Step { Form, Check, Refused }

    [BindProperty]
    public ScheduleForm Form { get; set; } = new();

    public ChildSummary Child { get; private set; } = null!;

    public MeetingType Type { get; private set; }

    public Step Showing { get; private set; } = Step.Form;

    public IReadOnlyList<SelectListItem> Siblings { get; private set; } = [];

    public IReadOnlyList<ChildConferenceKind> Kinds { get; private set; } = [];

    /// <summary>The kind the rules give every child, or null when they differ.</summary>
    public ConferenceKind? DerivedKind { get; private set; }

    public string? Explanation { get; private set; }

    public DateOnly? Date { get; private set; }

    public string? RefusedBecause { get; private set; }

    public string Noun => Type == MeetingType.Conference ? "conference" : "core group";

    public async Task<IActionResult> OnGetAsync(long id, string type, CancellationToken ct)
    {
        if (await LoadAsync(id, type, ct) is { } refusal)
        {
            return refusal;
        }

        return Page();
    }

    /// <summary>Checks the answers and shows what will be scheduled, with the kind of conference and why.</summary>
    public async Task<IActionResult> OnPostAsync(long id, string type, CancellationToken ct)
    {
        if (await LoadAsync(id, type, ct) is { } refusal)
        {
            return refusal;
        }

        if (!Validate())
        {
            return Page();
        }

        await ExplainAsync(id, ct);
        Showing = Step.Check;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(long id, string type, CancellationToken ct)
    {
        if (await LoadAsync(id, type, ct) is { } refusal)
        {
            return refusal;
        }

        if (!Validate())
        {
            return Page();
        }

        var childIds = ChildIds(id);
        var today = Today;
        Fact fact;
        if (Type == MeetingType.Conference)
        {
            if (Form.Kind is not { } kind)
            {
                await ExplainAsync(id, ct);
                Showing = Step.Check;
                return Page();
            }

            fact = new ConferenceScheduled { On = today, MeetingId = 0, ChildIds = childIds, Kind = kind, Date = Date!.Value };
        }
        else
        {
            fact = new CoreGroupScheduled { On = today, MeetingId = 0, ChildIds = childIds, Date = Date!.Value };
        }

        switch (await records.RecordAsync(fact, staff.Recorder(), await NewReferenceAsync(ct), ct: ct))
        {
            case Recorded recorded:
                TempData["Confirmation"] = $"{MeetingWords.Name(Type, Form.Kind)} scheduled for {MeetingWords.Date(Date)}";
                return Redirect($"/meetings/{recorded.NewSubjectId}");
            case Refused refused:
                RefusedBecause = refused.Message;
                Showing = Step.Refused;
                return Page();
            case Rejected rejected:
                ModelState.AddModelError(rejected.Field switch { "date" => "Form.On", "child" or "children" => "Form.Children", _ => "" }, rejected.Message);
                return Page();
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    private async Task<IActionResult?> LoadAsync(long id, string type, CancellationToken ct)
    {
        Type = type == "core-group" ? MeetingType.CoreGroup : MeetingType.Conference;
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await children.SummaryAsync(id, ct))!;
        var me = await staff.GetAsync(ct);
        var visible = new List<long>();
        foreach (var sibling in await meetings.SiblingIdsAsync(id, ct))
        {
            if (await access.CanSeeChildAsync(me, sibling, ct))
            {
                visible.Add(sibling);
            }
        }

        var names = await meetings.NamesAsync(visible, ct);
        Siblings = visible.Select(s => new SelectListItem(names[s], s.ToString(CultureInfo.InvariantCulture))).ToList();
        return null;
    }

    private bool Validate()
    {
        var allowed = Siblings.Select(s => s.Value).ToHashSet();
        if (Form.Children.Any(c => !allowed.Contains(c.ToString(CultureInfo.InvariantCulture))))
        {
            ModelState.AddModelError(Siblings.Count > 0 ? "Form.Children" : "", "Select only children from the list");
        }

        var description = $"the date of the {Noun}";
        Date = Form.On.Read(ModelState, "Form.On", description);
        if (Date is { } date && date < Today)
        {
            ModelState.AddModelError("Form.On", $"The date of the {Noun} must be today or in the future");
            Date = null;
        }

        return ModelState.ErrorCount == 0;
    }

    private List<long> ChildIds(long id) => [id, .. Form.Children.Where(c => c != id).Distinct()];

    private async Task ExplainAsync(long id, CancellationToken ct)
    {
        if (Type != MeetingType.Conference)
        {
            return;
        }

        Kinds = await meetings.ConferenceKindsAsync(ChildIds(id), ct);
        var distinct = Kinds.Select(k => k.Kind).Distinct().ToList();
        var names = MeetingWords.Names(Kinds.Select(k => k.Name));
        var plural = Kinds.Count > 1;
        if (distinct.Count > 1)
        {
            DerivedKind = null;
            var onPlan = MeetingWords.Names(Kinds.Where(k => k.Kind != ConferenceKind.Initial).Select(k => k.Name));
            var notOnPlan = MeetingWords.Names(Kinds.Where(k => k.Kind == ConferenceKind.Initial).Select(k => k.Name));
            Explanation = $"These children cannot have one conference: {onPlan} {(Kinds.Count(k => k.Kind != ConferenceKind.Initial) > 1 ? "have" : "has")} a child protection plan and {notOnPlan} {(Kinds.Count(k => k.Kind == ConferenceKind.Initial) > 1 ? "do" : "does")} not. Schedule separate conferences.";
            return;
        }

        DerivedKind = distinct[0];
        Form.Kind = DerivedKind;
        Explanation = DerivedKind switch
        {
            ConferenceKind.Review => $"This will be a review child protection conference because {names} {(plural ? "are" : "is")} already on a child protection plan.",
            ConferenceKind.TransferIn => $"This will be a transfer-in child protection conference because {names} moved here from another council with a child protection plan.",
            _ => $"This will be an initial child protection conference because {names} {(plural ? "are" : "is")} not on a child protection plan.",
        };
    }

    /// <summary>A readable reference: the child's reference, the kind of meeting and its date, numbered if taken.</summary>
    private async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        var stem = $"{Child.Reference}-{(Type == MeetingType.Conference ? "CPC" : "CG")}-{Date!.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        var reference = stem;
        for (var n = 2; await db.Meetings.AnyAsync(m => m.Reference == reference, ct); n++)
        {
            reference = $"{stem}-{n}";
        }

        return reference;
    }

    public sealed class ScheduleForm
    {
        public List<long> Children { get; set; } = [];

        public DateParts On { get; set; } = new();

        /// <summary>The kind shown on the check page; the service refuses it if the children's plans no longer give it.</summary>
        public ConferenceKind? Kind { get; set; }
    }
}
