using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Correspondence;
using Safeguard.Facts;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Letters;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Meetings;

/// <summary>Records that an invitation was sent, or the conference report or the minutes shared, to one person.</summary>
[Authorize(Roles = RoleSets.Correspondents)]
public sealed class RecordStepModel(MeetingGate gate, MeetingQuery meetings, CaseRecordService records, CurrentStaff staff, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? PersonId { get; set; }

    [BindProperty]
    public DateParts On { get; set; } = new();

    public string What { get; private set; } = "";

    public MeetingSummary Meeting { get; private set; } = null!;

    public IReadOnlyList<MeetingContact> Contacts { get; private set; } = [];

    public string? RefusedBecause { get; private set; }

    public MeetingContact? SafeRoute { get; private set; }

    public string Noun => What switch
    {
        "invitation" => "invitation",
        "report" => "conference report",
        _ => "minutes",
    };

    public string Heading => What switch
    {
        "invitation" => "Record an invitation sent",
        "report" => "Record the conference report shared",
        _ => "Record the minutes shared",
    };

    public IEnumerable<SelectListItem> PersonItems =>
        Contacts.Select(c => new SelectListItem($"{c.Name} ({c.Connection})", c.Id.ToString(CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync(long id, string what, CancellationToken ct)
    {
        if (await LoadAsync(id, what, ct) is { } refusal)
        {
            return refusal;
        }

        if (long.TryParse(Request.Query["person"], NumberStyles.None, CultureInfo.InvariantCulture, out var person) && Contacts.Any(c => c.Id == person))
        {
            PersonId = person.ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string what, CancellationToken ct)
    {
        if (await LoadAsync(id, what, ct) is { } refusal)
        {
            return refusal;
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var contact = long.TryParse(PersonId, NumberStyles.None, CultureInfo.InvariantCulture, out var personId) ? Contacts.FirstOrDefault(c => c.Id == personId) : null;
        if (contact is null)
        {
            ModelState.AddModelError(nameof(PersonId), What == "invitation" ? "Select who was invited" : $"Select who the {Noun} {(What == "minutes" ? "were" : "was")} shared with");
        }

        var date = On.Read(ModelState, nameof(On), What == "invitation" ? "the date the invitation was sent" : $"the date the {Noun} {(What == "minutes" ? "were" : "was")} shared", notAfter: today);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Fact fact = What == "invitation"
            ? new InvitationSent { On = date!.Value, MeetingId = id, PersonId = personId }
            : new DocumentShared { On = date!.Value, MeetingId = id, PersonId = personId, Document = What == "report" ? MeetingDocument.ConferenceReport : MeetingDocument.Minutes };
        switch (await records.RecordAsync(fact, staff.Recorder(), ct: ct))
        {
            case Recorded:
                TempData["Confirmation"] = What == "invitation"
                    ? $"Invitation to {contact!.Name} recorded as sent on {MeetingWords.Date(date)}"
                    : $"The {Noun} recorded as shared with {contact!.Name} on {MeetingWords.Date(date)}";
                var kind = What switch { "invitation" => LetterKind.Invitation, "report" => LetterKind.Report, _ => LetterKind.Minutes };
                if (MeetingLetters.KindsFor(Meeting).Contains(kind))
                {
                    TempData["LetterOffer"] = $"/children/{Meeting.Children[0].Id}/letters/new?meeting={id}&kind={kind.ToString().ToLowerInvariant()}&to={personId}";
                    TempData["LetterOfferText"] = $"Produce the {MeetingLetters.KindName(kind).ToLowerInvariant()} for {contact.Name}";
                }

                return Redirect($"/meetings/{id}");
            case Refused refused:
                RefusedBecause = refused.Message;
                SafeRoute = refused.SafeRouteId is { } via
                    ? Contacts.FirstOrDefault(c => c.Id == via) ?? new MeetingContact(via, (await meetings.NamesAsync([via], ct))[via], "Safe route for correspondence")
                    : null;
                return Page();
            case Rejected rejected:
                ModelState.AddModelError(rejected.Field switch { "person" => nameof(PersonId), "date" => nameof(On), _ => "" }, rejected.Message);
                return Page();
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }

    private async Task<IActionResult?> LoadAsync(long id, string what, CancellationToken ct)
    {
        What = what;
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Meeting = (await meetings.SummaryAsync(id, ct))!;
        if (what == "report" && Meeting.Type != MeetingType.Conference)
        {
            return NotFound();
        }

        Contacts = await meetings.ContactsAsync(Meeting, ct);
        return null;
    }
}
