using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Features.Children;

namespace Safeguard.Web.Features.Meetings;

/// <summary>
/// The door to a meeting: it concerns its children, so a member of staff may see or act on it only if they may
/// see every one of them. 404 when there is no such meeting.
/// </summary>
public sealed class MeetingGate(SafeguardDbContext db, ChildGate children)
{
    /// <summary>Null when the meeting may be opened (each child's view is logged); otherwise the result to return.</summary>
    public async Task<IActionResult?> OpenAsync(long meetingId, string what, CancellationToken ct = default)
    {
        var childIds = await ChildrenAsync(meetingId, ct);
        if (childIds is null)
        {
            return new NotFoundResult();
        }

        foreach (var child in childIds)
        {
            if (await children.AllowWriteAsync(child, ct) is not null)
            {
                // Opening the child that is not allowed logs the refused attempt.
                return await children.OpenAsync(child, what, ct);
            }
        }

        foreach (var child in childIds)
        {
            await children.OpenAsync(child, what, ct);
        }

        return null;
    }

    /// <summary>For writes: the same checks, without logging a view.</summary>
    public async Task<IActionResult?> AllowWriteAsync(long meetingId, CancellationToken ct = default)
    {
        var childIds = await ChildrenAsync(meetingId, ct);
        if (childIds is null)
        {
            return new NotFoundResult();
        }

        foreach (var child in childIds)
        {
            if (await children.AllowWriteAsync(child, ct) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private async Task<List<long>?> ChildrenAsync(long meetingId, CancellationToken ct) =>
        await db.Meetings.AnyAsync(m => m.Id == meetingId, ct)
            ? await db.MeetingChildren.Where(m => m.MeetingId == meetingId).Select(m => m.ChildId).ToListAsync(ct)
            : null;
}
