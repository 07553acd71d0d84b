using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

public sealed record MeetingChildView(long Id, string Name);

public sealed record MeetingHistoryEntry(long FactId, string Type, DateOnly On, string RecordedBy);

public sealed record MeetingDetails(
    long Id,
    string Reference,
    MeetingType Type,
    ConferenceKind? ConferenceKind,
    DateOnly ScheduledFor,
    IReadOnlyList<MeetingChildView> Children,
    IReadOnlyList<MeetingHistoryEntry> History,
    IReadOnlyList<DutyLine> Duties);

/// <summary>Reads of a conference or core group. A meeting shows its children's data, so the caller must be able to open every child's record.</summary>
internal static class MeetingQueries
{
    public static void Map(RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Meetings").RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.ChildReaders });

        meetings.MapGet("/{id:long}", MeetingAsync)
            .Produces<MeetingDetails>()
            .WithSummary("A conference or core group")
            .WithDescription("The meeting, its children, what has been recorded about it, and its duties (invitations, reports, minutes). The view is audited on each child's record.");

        meetings.MapGet("/{id:long}/facts/{factId:long}", FactAsync)
            .Produces<FactView>()
            .WithSummary("One fact about a meeting")
            .WithDescription("A recorded fact as stored, in the scenario vocabulary. The view is audited on each child's record.");
    }

    /// <summary>
    /// Null when the caller may open every child of the meeting (each view audited when <paramref name="view"/> is
    /// given); otherwise the problem to answer with.
    /// </summary>
    public static async Task<IResult?> CheckAsync(long meetingId, ChildGate gate, SafeguardDbContext db, string? view, CancellationToken ct)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, ct))
        {
            return ApiProblems.NotFound("There is no such meeting on the record.");
        }

        var children = await db.MeetingChildren.Where(m => m.MeetingId == meetingId).OrderBy(m => m.ChildId).Select(m => m.ChildId).ToListAsync(ct);
        foreach (var child in children)
        {
            if (await gate.CheckWriteAsync(child, ct) != ChildAccessResult.Allowed)
            {
                if (view is not null)
                {
                    await gate.CheckOpenAsync(child, view, ct);
                }

                return ApiProblems.Forbidden("This meeting is about a child whose record you may not open.");
            }
        }

        // Only once every child may be opened is each view logged: nothing is shown otherwise.
        foreach (var child in view is null ? [] : children)
        {
            await gate.CheckOpenAsync(child, view!, ct);
        }

        return null;
    }

    private static async Task<IResult> MeetingAsync(long id, ChildGate gate, SafeguardDbContext db, ChildRecordQuery query, TimeProvider time, CancellationToken ct)
    {
        if (await CheckAsync(id, gate, db, "meeting", ct) is { } denied)
        {
            return denied;
        }

        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == id, ct);
        var children = await db.MeetingChildren.Where(m => m.MeetingId == id)
            .OrderBy(m => m.ChildId)
            .Join(db.People, m => m.ChildId, p => p.Id, (m, p) => new MeetingChildView(p.Id, p.DisplayName ?? p.Reference))
            .ToListAsync(ct);
        var history = await db.Facts.Where(f => f.MeetingId == id)
            .OrderBy(f => f.OccurredOn).ThenBy(f => f.Id)
            .Select(f => new MeetingHistoryEntry(f.Id, f.Type, f.OccurredOn, f.RecordedBy))
            .ToListAsync(ct);
        var scope = $"meeting:{id}";
        var duties = await query.LinesAsync(await db.Duties.Where(d => d.Scope == scope).ToListAsync(ct), Recording.Today(time), ct);
        return TypedResults.Ok(new MeetingDetails(meeting.Id, meeting.Reference, meeting.Type, meeting.ConferenceKind, meeting.ScheduledFor, children, history, duties));
    }

    private static async Task<IResult> FactAsync(long id, long factId, ChildGate gate, SafeguardDbContext db, CancellationToken ct)
    {
        if (await CheckAsync(id, gate, db, "meeting fact", ct) is { } denied)
        {
            return denied;
        }

        var row = await db.Facts.AsNoTracking().FirstOrDefaultAsync(f => f.Id == factId && f.MeetingId == id, ct);
        return row is null ? ApiProblems.NotFound("There is no such entry on this meeting's record.") : TypedResults.Ok(FactView.From(row));
    }
}
