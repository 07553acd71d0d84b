using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Protection;

namespace Safeguard.Recording;

/// <summary>Reads what the rules need about one child, meeting, complaint or action from the database.</summary>
public sealed class CaseFiles(SafeguardDbContext db)
{
    public async Task<ChildFile> ChildAsync(long childId, CancellationToken ct = default)
    {
        var meetingIds = await db.MeetingChildren.Where(m => m.ChildId == childId).Select(m => m.MeetingId).ToListAsync(ct);
        var facts = await FactsAsync(db.Facts.Where(f => f.ChildId == childId || (f.MeetingId != null && meetingIds.Contains(f.MeetingId.Value))), ct);
        var meetings = await MeetingInfosAsync(meetingIds, ct);
        var workerIds = facts.OfType<LeadSocialWorkerAllocated>().Select(f => f.WorkerId).Distinct().ToList();
        var staff = await db.People.Where(p => workerIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new StaffInfo(p.Id, p.Qualified, p.FirstYear), ct);
        var parents = await ParentsAsync([childId], ct);
        return new ChildFile(childId, facts, meetings, staff, parents);
    }

    public async Task<MeetingFile> MeetingAsync(long meetingId, CancellationToken ct = default)
    {
        var meeting = (await MeetingInfosAsync([meetingId], ct))[meetingId];
        var facts = await FactsAsync(db.Facts.Where(f => f.MeetingId == meetingId), ct);
        var parents = await ParentsAsync(meeting.ChildIds, ct);
        var childIds = meeting.ChildIds;
        var exclusions = (await FactsAsync(db.Facts.Where(f => f.Type == "parent-excluded" && f.ChildId != null && childIds.Contains(f.ChildId.Value)), ct))
            .OfType<ParentExcluded>()
            .ToList();
        return new MeetingFile(meeting, facts, parents, exclusions);
    }

    public async Task<ComplaintFile> ComplaintAsync(long complaintId, CancellationToken ct = default) =>
        new(complaintId, await FactsAsync(db.Facts.Where(f => f.ComplaintId == complaintId), ct));

    public async Task<ComplaintFile> StandaloneActionAsync(long actionId, CancellationToken ct = default) =>
        new(null, await FactsAsync(db.Facts.Where(f => f.ActionId == actionId && f.ComplaintId == null), ct));

    public async Task<Dictionary<long, MeetingInfo>> MeetingInfosAsync(IReadOnlyCollection<long> meetingIds, CancellationToken ct = default) =>
        await db.Meetings.Where(m => meetingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Type, m.ConferenceKind, Children = m.Children.Select(c => c.ChildId).ToList() })
            .ToDictionaryAsync(m => m.Id, m => new MeetingInfo(m.Id, m.Type, m.ConferenceKind, m.Children), ct);

    public async Task<List<long>> ParentsAsync(IReadOnlyCollection<long> childIds, CancellationToken ct = default) =>
        await db.Relationships.Where(r => childIds.Contains(r.ChildId) && r.ParentalResponsibility)
            .Select(r => r.AdultId).Distinct().OrderBy(id => id).ToListAsync(ct);

    /// <summary>The facts in the order they happened, leaving out any that a later correction superseded.</summary>
    public static async Task<List<Fact>> FactsAsync(IQueryable<FactRow> rows, CancellationToken ct = default)
    {
        // A correction is about the same subject as the fact it corrects, so both are among these rows.
        var stored = await rows
            .OrderBy(f => f.OccurredOn).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.SupersedesId, f.Payload })
            .ToListAsync(ct);
        var superseded = stored.Where(f => f.SupersedesId is not null).Select(f => f.SupersedesId!.Value).ToHashSet();
        return stored
            .Where(f => !superseded.Contains(f.Id))
            .Select(f => FactJson.Deserialize(f.Payload) with { Id = f.Id, Sequence = f.Id })
            .ToList();
    }
}
