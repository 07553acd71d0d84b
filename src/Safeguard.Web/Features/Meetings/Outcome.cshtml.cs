using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Facts;
using Safeguard.Policy;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Meetings;

/// <summary>Records that a conference was held, who came and what it decided, or that a core group was held.</summary>
[Authorize(Roles = RoleSets.MeetingOrganisers)]
public sealed class OutcomeModel(MeetingGate gate, MeetingQuery meetings, CaseRecordService records, PolicyService policies, CurrentStaff staff, TimeProvider time) : PageModel
{
    [BindProperty]
    public DateParts HeldOn { get; set; } = new();

    [BindProperty]
    public List<long> Attended { get; set; } = [];

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? VisitFrequency { get; set; }

    public MeetingSummary Meeting { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Invited { get; private set; } = [];

    public bool IsConference => Meeting.Type == MeetingType.Conference;

    public string Noun => IsConference ? "conference" : "core group";

    public static IReadOnlyList<SelectListItem> Decisions { get; } =
        Enum.GetValues<ConferenceOutcome>().Select(o => new SelectListItem(MeetingWords.Outcome(o), o.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Categories { get; } =
        Enum.GetValues<AbuseCategory>().Select(c => new SelectListItem(c.ToString(), c.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        VisitFrequency = (await policies.CurrentAsync(ct)).VisitIntervalWorkingDays.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var held = HeldOn.Read(ModelState, nameof(HeldOn), $"the date the {Noun} was held", notAfter: today);
        var invited = Invited.Select(i => long.Parse(i.Value, CultureInfo.InvariantCulture)).ToHashSet();
        if (Attended.Any(a => !invited.Contains(a)))
        {
            ModelState.AddModelError(nameof(Attended), "Select only people who were invited");
        }

        Fact fact;
        if (IsConference)
        {
            var decision = Enum.TryParse<ConferenceOutcome>(Decision, out var d) && Enum.IsDefined(d) ? d : (ConferenceOutcome?)null;
            if (decision is null)
            {
                ModelState.AddModelError(nameof(Decision), "Select what the conference decided");
            }

            AbuseCategory? category = null;
            int? frequency = null;
            if (decision == ConferenceOutcome.Plan)
            {
                category = Enum.TryParse<AbuseCategory>(Category, out var c) && Enum.IsDefined(c) ? c : null;
                if (category is null)
                {
                    ModelState.AddModelError(nameof(Category), "Select the category of abuse for the plan");
                }

                frequency = ReadFrequency();
            }

            if (!ModelState.IsValid)
            {
                return Page();
            }

            fact = new ConferenceHeld { On = held!.Value, MeetingId = id, Attended = Attended.Distinct().ToList(), Outcome = decision!.Value, Category = category, VisitIntervalWorkingDays = frequency };
        }
        else
        {
            if (!ModelState.IsValid)
            {
                return Page();
            }

            fact = new CoreGroupHeld { On = held!.Value, MeetingId = id, Attended = Attended.Distinct().ToList() };
        }

        switch (await records.RecordAsync(fact, staff.Recorder(), ct: ct))
        {
            case Recorded:
                TempData["Confirmation"] = IsConference
                    ? $"The conference was recorded as held on {MeetingWords.Date(held)}: {MeetingWords.Outcome(((ConferenceHeld)fact).Outcome).ToLowerInvariant()}"
                    : $"The core group was recorded as held on {MeetingWords.Date(held)}";
                if (fact is ConferenceHeld { Outcome: ConferenceOutcome.Plan })
                {
                    TempData["LeadWorkerOffer"] = "yes";
                }

                return Redirect($"/meetings/{id}");
            case Rejected rejected:
                ModelState.AddModelError(rejected.Field switch { "attended" => nameof(Attended), "visitIntervalWorkingDays" => nameof(VisitFrequency), _ => "" }, rejected.Message);
                return Page();
            default:
                throw new InvalidOperationException("Recording a meeting as held is not guarded.");
        }
    }

    private int? ReadFrequency()
    {
        var text = VisitFrequency?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            ModelState.AddModelError(nameof(VisitFrequency), "Enter how often the child must be seen, in working days");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            ModelState.AddModelError(nameof(VisitFrequency), "How often the child must be seen must be a whole number of working days, like 10");
            return null;
        }

        if (days is < 1 or > 60)
        {
            ModelState.AddModelError(nameof(VisitFrequency), "How often the child must be seen must be between 1 and 60 working days");
            return null;
        }

        return days;
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Meeting = (await meetings.SummaryAsync(id, ct))!;
        var invited = await meetings.InvitedAsync(id, ct);
        var names = await meetings.NamesAsync(invited, ct);
        Invited = invited.Select(i => new SelectListItem(names[i], i.ToString(CultureInfo.InvariantCulture))).OrderBy(i => i.Text, StringComparer.Ordinal).ToList();
        return null;
    }
}
