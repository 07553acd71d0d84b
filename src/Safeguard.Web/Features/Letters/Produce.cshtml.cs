using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Correspondence;
using Safeguard.Recording;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Features.Meetings;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Letters;

/// <summary>
/// Produces a meeting letter for one recipient and records it on the file. The safe-contact guard may refuse it;
/// then nothing is recorded or printed, and the recorded safe route is offered instead.
/// </summary>
[Authorize(Roles = RoleSets.Correspondents)]
public sealed class ProduceModel(
    ChildGate gate,
    ChildRecordQuery children,
    MeetingGate meetingGate,
    MeetingQuery meetings,
    MeetingLetters letters,
    CaseRecordService records,
    CurrentStaff staff,
    TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Meeting { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public ChildSummary Child { get; private set; } = null!;

    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    public MeetingSummary? Chosen { get; private set; }

    public IReadOnlyList<MeetingContact> Contacts { get; private set; } = [];

    public string? RefusedBecause { get; private set; }

    public MeetingContact? SafeRoute { get; private set; }

    public IEnumerable<SelectListItem> KindItems => Chosen is null
        ? []
        : MeetingLetters.KindsFor(Chosen).Select(k => new SelectListItem(MeetingLetters.KindName(k), k.ToString().ToLowerInvariant()));

    public IEnumerable<SelectListItem> RecipientItems =>
        Contacts.Select(c => new SelectListItem($"{c.Name} ({c.Connection})", c.Id.ToString(CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (Chosen is null)
        {
            ModelState.AddModelError(nameof(Meeting), "Select the meeting the letter is about");
            return Page();
        }

        var kind = Enum.TryParse<LetterKind>(Kind, ignoreCase: true, out var k) && MeetingLetters.KindsFor(Chosen).Contains(k) ? k : (LetterKind?)null;
        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select which letter to produce");
        }

        var recipient = long.TryParse(To, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? Contacts.FirstOrDefault(c => c.Id == r) : null;
        if (recipient is null)
        {
            ModelState.AddModelError(nameof(To), "Select who the letter is to");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var me = await staff.GetAsync(ct);
        var draft = await letters.ComposeAsync(Chosen, kind!.Value, recipient!.Id, today, me.UserName, ct: ct);
        if (draft.Template is null)
        {
            ModelState.AddModelError(draft.Field == "recipient" ? nameof(To) : nameof(Kind), draft.Problem!);
            return Page();
        }

        var fact = new LetterSent { On = today, To = [recipient.Id], AboutChildId = id, AboutMeetingId = Chosen.Id, Kind = kind.Value };
        switch (await records.RecordAsync(fact, staff.Recorder(), ct: ct))
        {
            case Recorded recorded:
                TempData["Confirmation"] = $"{MeetingLetters.KindName(kind.Value)} to {recipient.Name} recorded on the file";
                TempData["Download"] = $"/letters/{recorded.FactId}";
                return Redirect($"/children/{id}/letters");
            case Refused refused:
                RefusedBecause = refused.Message;
                SafeRoute = refused.SafeRouteId is { } via
                    ? Contacts.FirstOrDefault(c => c.Id == via) ?? new MeetingContact(via, (await meetings.NamesAsync([via], ct))[via], "Safe route for correspondence")
                    : null;
                return Page();
            case Rejected rejected:
                ModelState.AddModelError(rejected.Field switch { "to" => nameof(To), "meeting" => nameof(Meeting), _ => "" }, rejected.Message);
                return Page();
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await children.SummaryAsync(id, ct))!;
        Meetings = (await meetings.ForChildAsync(id, ct)).Where(m => MeetingLetters.KindsFor(m).Count > 0).ToList();
        if (Meeting is { } chosen)
        {
            Chosen = Meetings.FirstOrDefault(m => m.Id == chosen);
            if (Chosen is not null)
            {
                if (await meetingGate.AllowWriteAsync(Chosen.Id, ct) is { } meetingRefusal)
                {
                    return meetingRefusal;
                }

                Contacts = await meetings.ContactsAsync(Chosen, ct);
            }
        }

        return null;
    }
}
