using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Facts;

namespace Safeguard.Web.Features.Chronology;

/// <summary>A correction of an entry: what the record says instead, who corrected it, when and why.</summary>
public sealed record Correction(long FactId, DateOnly On, string What, string RecordedBy, DateTimeOffset RecordedAt, string? Reason);

/// <summary>One significant event: when it happened, what happened, who recorded it and when; corrected entries carry their correction.</summary>
public sealed record ChronologyEntry(
    long FactId,
    DateOnly On,
    string What,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string? Reason,
    Correction? CorrectedBy,
    DateOnly? Corrects);

/// <summary>
/// A child's chronology, built from the record itself: the facts filed under the child, and the facts of the
/// conferences and core groups the child is on. A sibling's own facts are never included.
/// </summary>
public sealed class ChronologyQuery(SafeguardDbContext db)
{
    public async Task<List<ChronologyEntry>> ForChildAsync(long childId, CancellationToken ct = default)
    {
        var meetingIds = db.MeetingChildren.Where(m => m.ChildId == childId).Select(m => m.MeetingId);
        var rows = await db.Facts
            .Where(f => f.ChildId == childId || (f.MeetingId != null && meetingIds.Contains(f.MeetingId.Value)))
            .OrderBy(f => f.OccurredOn).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.OccurredOn, f.Payload, f.RecordedBy, f.RecordedAt, f.Reason, f.SupersedesId })
            .ToListAsync(ct);
        var facts = rows.ToDictionary(r => r.Id, r => FactJson.Deserialize(r.Payload));

        var personIds = facts.Values.SelectMany(FactDescriber.PeopleIn).Distinct().ToList();
        var names = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        var meetingsUsed = facts.Values.Select(FactDescriber.MeetingOf).OfType<long>().Distinct().ToList();
        var meetings = await db.Meetings.Where(m => meetingsUsed.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => new MeetingSketch(m.Reference, m.Type, m.ConferenceKind, m.ScheduledFor), ct);
        var recorders = rows.Select(r => r.RecordedBy).Distinct().ToList();
        var staff = await db.Users.Where(u => recorders.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        var describer = new FactDescriber(names, meetings);
        string By(string user) => staff.TryGetValue(user, out var name) ? name : user;

        var corrections = rows.Where(r => r.SupersedesId is not null)
            .ToDictionary(r => r.SupersedesId!.Value, r => new Correction(r.Id, r.OccurredOn, describer.Describe(facts[r.Id]), By(r.RecordedBy), r.RecordedAt, r.Reason));
        var dates = rows.ToDictionary(r => r.Id, r => r.OccurredOn);
        return rows.Select(r => new ChronologyEntry(
                r.Id,
                r.OccurredOn,
                describer.Describe(facts[r.Id]),
                By(r.RecordedBy),
                r.RecordedAt,
                r.Reason,
                corrections.GetValueOrDefault(r.Id),
                r.SupersedesId is { } corrected && dates.TryGetValue(corrected, out var on) ? on : null))
            .ToList();
    }
}
