using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Features.Pathway;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Register;

public sealed class RegisterComplaintInput
{
    public string? Complainant { get; set; }

    public string? Standing { get; set; }

    public string? StandingDecision { get; set; }

    public string? ReceivedVia { get; set; }

    public DateParts Received { get; set; } = new();

    public DateParts MatterArose { get; set; } = new();

    public string? Points { get; set; }

    public string? LateDecision { get; set; }

    public string? LateReasons { get; set; }
}

/// <summary>
/// The complaints manager registers a complaint about a child: who made it and their standing, how and when it
/// arrived, when the matter arose, and its points. A complaint made more than a year after the matter arose needs the
/// council's decision: considered (with its reasons), or not progressed (closed, with the decision letter still due).
/// </summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class RegisterComplaintModel(
    SafeguardDbContext db, ChildAccess access, RecordViews views, ChildRecordQuery children, CaseRecordService records, CurrentStaff staff, TimeProvider time) : PageModel
{
    public const int MaxText = 2000;

    public const string Consider = "consider";

    public const string NotConsider = "not-consider";

    public static readonly IReadOnlyList<string> FieldOrder =
    [
        "Q", "Form.Complainant", "Form.Standing", "Form.StandingDecision", "Form.ReceivedVia", "Form.Received", "Form.MatterArose", "Form.LateDecision", "Form.LateReasons", "Form.Points",
    ];

    private static readonly Dictionary<string, string> ServiceFields = new(StringComparer.Ordinal)
    {
        ["complainant"] = "Form.Complainant",
        ["child"] = "Q",
        ["points"] = "Form.Points",
        ["standingDecision"] = "Form.StandingDecision",
        ["matterArose"] = "Form.MatterArose",
    };

    /// <summary>The child the complaint is about, once chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Child { get; set; }

    /// <summary>A name or reference to find the child by.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public RegisterComplaintInput Form { get; set; } = new();

    public ChildRecord? ChildRecord { get; private set; }

    public ChildList? Found { get; private set; }

    public IEnumerable<SelectListItem> Complainants => ChildRecord is null ? []
        : [.. ChildRecord.People.Select(p => new SelectListItem($"{p.Name} ({PeopleWords.Role(p.Role)}{(p.ParentalResponsibility ? ", parental responsibility" : "")})", p.Id.ToString(CultureInfo.InvariantCulture))),
            new SelectListItem($"{ChildRecord.Child.Name} (the child)", ChildRecord.Child.Id.ToString(CultureInfo.InvariantCulture))];

    public static IEnumerable<SelectListItem> Standings =>
    [
        new("The child", nameof(ComplainantStanding.Child)),
        new("A parent", nameof(ComplainantStanding.Parent)),
        new("A person with parental responsibility", nameof(ComplainantStanding.ParentalResponsibility)),
        new("Someone with sufficient interest in the child's welfare", nameof(ComplainantStanding.SufficientInterest)),
    ];

    public static IEnumerable<SelectListItem> Channels =>
    [
        new("Letter", nameof(ComplaintChannel.Letter)),
        new("Email", nameof(ComplaintChannel.Email)),
        new("Phone", nameof(ComplaintChannel.Phone)),
        new("Online form", nameof(ComplaintChannel.Online)),
        new("In person", nameof(ComplaintChannel.InPerson)),
    ];

    public static IEnumerable<SelectListItem> LateDecisions =>
    [
        new("Yes, the council will consider it", Consider),
        new("No, the council will not consider it", NotConsider),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Child is { } childId)
        {
            if (await OpenChildAsync(childId, ct) is { } refusal)
            {
                return refusal;
            }

            await views.ViewedAsync("form register complaint", $"child:{childId}", ct);

            ChildRecord = await children.RecordAsync(childId, Today, ct);
            return Page();
        }

        Found = await FindAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Child is not { } childId)
        {
            ModelState.AddModelError("Q", "Select the child the complaint is about");
            Found = await FindAsync(ct);
            return Page();
        }

        if (await OpenChildAsync(childId, ct) is { } refusal)
        {
            return refusal;
        }

        var today = Today;
        ChildRecord = await children.RecordAsync(childId, today, ct);
        var complaint = Read(today);
        if (!ModelState.IsValid || complaint is null)
        {
            return Page();
        }

        var reference = await NewReferenceAsync(ct);
        var recorded = await records.RecordAsync(complaint.Value.Received, staff.Recorder(), reference, ct: ct);
        if (recorded is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, ServiceFields, "Form.Points");
            return Page();
        }

        if (recorded is not Recorded { NewSubjectId: { } id })
        {
            ModelState.AddModelError("Form.Points", "The complaint could not be recorded. Try again.");
            return Page();
        }

        if (complaint.Value.NotConsidered is { } reasons)
        {
            var closed = await records.RecordAsync(
                new ComplaintClosed { On = today, ComplaintId = id, Reason = ClosureReason.NotProgressed, ComplainantInformed = false, Explanation = reasons },
                staff.Recorder(reasons),
                ct: ct);
            TempData["Confirmation"] = closed is Recorded
                ? $"Complaint {reference} registered and not progressed: send the complainant the decision letter with the reasons"
                : $"Complaint {reference} registered, but the decision not to progress it was not recorded: record it on the complaint";
        }
        else
        {
            TempData["Confirmation"] = $"Complaint {reference} registered";
        }

        return Redirect($"/complaints/{id}");
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>
    /// The children a complaint may be registered about: every child whose record is not restricted (the complaints
    /// manager opens a child's record only once a complaint concerns them, so the first complaint must be registrable),
    /// and restricted ones the complaints manager may see.
    /// </summary>
    private async Task<IQueryable<Person>> RegistrableAsync(CancellationToken ct)
    {
        var visible = access.VisibleChildren(await staff.GetAsync(ct)).Select(c => c.Id);
        return db.People.Where(c => c.Kind == PersonKind.Child && (!c.Restricted || visible.Contains(c.Id)));
    }

    private async Task<IActionResult?> OpenChildAsync(long childId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == childId && p.Kind == PersonKind.Child, ct))
        {
            return NotFound();
        }

        return await (await RegistrableAsync(ct)).AnyAsync(c => c.Id == childId, ct) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    private async Task<ChildList> FindAsync(CancellationToken ct)
    {
        var found = await RegistrableAsync(ct);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToLowerInvariant();
            found = found.Where(c => (c.DisplayName ?? "").ToLower().Contains(term) || c.Reference.ToLower().Contains(term));
        }

        var total = await found.CountAsync(ct);
        var list = await found
            .OrderBy(c => c.DisplayName).ThenBy(c => c.Id)
            .Take(ChildSearch.PageSize)
            .Select(c => new ChildSummary(c.Id, c.Reference, c.DisplayName ?? c.Reference, c.BirthDate, c.Team != null ? c.Team.Name : null, null, c.Restricted))
            .ToListAsync(ct);
        return new ChildList(total, list);
    }

    /// <summary>The complaint as entered, and the reasons when a late complaint is not to be considered; null with errors added.</summary>
    private (ComplaintReceived Received, string? NotConsidered)? Read(DateOnly today)
    {
        var allowed = Complainants.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        long? complainant = Form.Complainant is { } chosen && allowed.Contains(chosen) ? long.Parse(chosen, CultureInfo.InvariantCulture) : null;
        if (complainant is null)
        {
            ModelState.AddModelError("Form.Complainant", "Select who made the complaint");
        }

        ComplainantStanding? standing = Enum.TryParse<ComplainantStanding>(Form.Standing, out var s) && Enum.IsDefined(s) && Form.Standing == s.ToString() ? s : null;
        if (standing is null)
        {
            ModelState.AddModelError("Form.Standing", "Select the complainant's standing");
        }

        var standingDecision = Text("Form.StandingDecision", Form.StandingDecision, "The council's decision");
        if (standing == ComplainantStanding.SufficientInterest && standingDecision is null && !HasError("Form.StandingDecision"))
        {
            ModelState.AddModelError("Form.StandingDecision", "Enter the council's decision that the complainant has sufficient interest in the child's welfare, and why");
        }

        ComplaintChannel? channel = Enum.TryParse<ComplaintChannel>(Form.ReceivedVia, out var c) && Form.ReceivedVia == c.ToString() ? c : null;
        if (channel is null)
        {
            ModelState.AddModelError("Form.ReceivedVia", "Select how the complaint was received");
        }

        var received = Form.Received.Read(ModelState, "Form.Received", "the date the complaint was received", notAfter: today);
        var arose = Form.MatterArose.Read(ModelState, "Form.MatterArose", "the date the matter arose", notAfter: today, required: false);
        if (received is { } r && arose is { } a && a > r)
        {
            ModelState.AddModelError("Form.MatterArose", "The date the matter arose must be on or before the date the complaint was received");
        }

        var late = received is { } rec && arose is { } ar && WorkingDayCalendar.AddCalendarMonths(ar, 12) < rec;
        var lateReasons = Text("Form.LateReasons", Form.LateReasons, "The council's reasons");
        string? lateAccepted = null;
        string? notConsidered = null;
        if (late)
        {
            if (Form.LateDecision is not (Consider or NotConsider))
            {
                ModelState.AddModelError("Form.LateDecision", "Select whether the council will consider a complaint made more than a year after the matter arose");
            }
            else if (lateReasons is null)
            {
                if (!HasError("Form.LateReasons"))
                {
                    ModelState.AddModelError("Form.LateReasons", "Enter the council's reasons for its decision on the late complaint");
                }
            }
            else if (Form.LateDecision == Consider)
            {
                lateAccepted = lateReasons;
            }
            else
            {
                notConsidered = lateReasons;
            }
        }

        var points = (Form.Points ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (points.Count == 0)
        {
            ModelState.AddModelError("Form.Points", "Enter at least one point of complaint");
        }
        else if (points.Any(p => p.Length > MaxText))
        {
            ModelState.AddModelError("Form.Points", $"Each point of complaint must be {MaxText} characters or fewer");
        }
        else if (points.Count > 50)
        {
            ModelState.AddModelError("Form.Points", "Enter 50 points of complaint or fewer");
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        var complaint = new ComplaintReceived
        {
            On = received!.Value,
            ComplaintId = 0,
            ComplainantId = complainant!.Value,
            ChildId = Child,
            Points = [.. points.Select((p, i) => new ComplaintPointInfo(0, (i + 1).ToString(CultureInfo.InvariantCulture), p))],
            ReceivedVia = channel,
            Standing = standing,
            StandingDecision = standingDecision,
            MatterArose = arose,
            LateAccepted = lateAccepted,
        };
        return (complaint, notConsidered);
    }

    private bool HasError(string key) => ModelState.GetFieldValidationState(key) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid;

    private string? Text(string key, string? value, string what)
    {
        var text = value?.Trim();
        if (text is { Length: > MaxText })
        {
            ModelState.AddModelError(key, $"{what} must be {MaxText} characters or fewer");
            return null;
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The next complaint reference: K and four digits, one more than the highest in use.</summary>
    private async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        var references = await db.Complaints.Where(c => EF.Functions.Like(c.Reference, "K%")).Select(c => c.Reference).ToListAsync(ct);
        var highest = references
            .Select(r => int.TryParse(r.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"K{highest + 1:D4}";
    }
}
