using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Correspondence;
using Safeguard.Correspondence.Letters;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Web.Features.Meetings;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Letters;

/// <summary>Prints a recorded letter again, as it was sent; opening it is audited as a view of each child it concerns.</summary>
[Authorize(Roles = RoleSets.ChildReaders)]
public sealed class DownloadModel(SafeguardDbContext db, MeetingGate gate, MeetingQuery meetings, MeetingLetters letters, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var row = await db.Facts.Where(f => f.Id == id && f.Type == "letter-sent").Select(f => new { f.Payload, f.RecordedBy }).FirstOrDefaultAsync(ct);
        if (row is null || FactJson.Deserialize(row.Payload) is not LetterSent { AboutMeetingId: { } meetingId } letter)
        {
            return NotFound();
        }

        if (await gate.OpenAsync(meetingId, "letter", ct) is { } refusal)
        {
            return refusal;
        }

        var meeting = (await meetings.SummaryAsync(meetingId, ct))!;
        var draft = await letters.ComposeAsync(meeting, letter.Kind, letter.To[0], letter.On, row.RecordedBy, reprint: true, ct);
        if (draft.Template is null)
        {
            return NotFound();
        }

        var file = $"{meeting.Reference}-{letter.Kind.ToString().ToLowerInvariant()}-{letter.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.pdf";
        return File(draft.Template.ToPdf(time.GetLocalNow()), "application/pdf", file);
    }
}
