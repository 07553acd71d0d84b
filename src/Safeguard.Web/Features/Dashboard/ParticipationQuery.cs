using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Protection;
using Safeguard.Rules;

namespace Safeguard.Web.Features.Dashboard;

/// <summary>
/// Parents with parental responsibility at the conferences held in a period, for one group (mothers, fathers, others):
/// how many were invited before the conference, how many were not (CP_PARENT_INVITED missing), how many were kept
/// out with a recorded reason, and how many attended.
/// </summary>
public sealed record ParentParticipation(string Parents, int Expected, int Invited, int NotInvited, int Excluded, int Attended)
{
    public int? PercentInvited => Percent(Invited);

    public int? PercentAttended => Percent(Attended);

    private int? Percent(int count) => Expected == 0 ? null : (int)Math.Round(100.0 * count / Expected, MidpointRounding.AwayFromZero);
}

public sealed record Participation(int Conferences, IReadOnlyList<ParentParticipation> Groups);

/// <summary>Parents' invitation and attendance at the conferences held in a period, fathers counted apart from mothers.</summary>
public sealed class ParticipationQuery(SafeguardDbContext db)
{
    public const string Mothers = "Mothers";
    public const string Fathers = "Fathers";
    public const string Others = "Other parents with parental responsibility";

    public async Task<Participation> ForAsync(Period period, DashboardScope scope, CancellationToken ct = default)
    {
        var superseded = db.Facts.Where(f => f.SupersedesId != null).Select(f => f.SupersedesId!.Value);
        var held = db.Facts.Where(f => f.Type == "conference-held" && f.MeetingId != null
            && f.OccurredOn >= period.From && f.OccurredOn <= period.To && !superseded.Contains(f.Id));
        if (scope.TeamId is { } team)
        {
            held = held.Where(f => db.MeetingChildren.Any(m => m.MeetingId == f.MeetingId
                && db.People.Any(c => c.Id == m.ChildId && c.TeamId == team)));
        }

        // One row per conference; attendance is in the fact itself, so the held facts of the period are read.
        var conferences = (await held.OrderBy(f => f.Id).Select(f => new { MeetingId = f.MeetingId!.Value, f.OccurredOn, f.Payload }).ToListAsync(ct))
            .GroupBy(f => f.MeetingId)
            .Select(g => g.First())
            .ToDictionary(f => f.MeetingId, f => (HeldOn: f.OccurredOn, Attended: ((ConferenceHeld)FactJson.Deserialize(f.Payload)).Attended.ToHashSet()));
        var heldMeetings = held.Select(f => f.MeetingId!.Value);

        var parents = await db.MeetingChildren.Where(m => heldMeetings.Contains(m.MeetingId))
            .Join(db.Relationships.Where(r => r.ParentalResponsibility), m => m.ChildId, r => r.ChildId, (m, r) => new { m.MeetingId, r.AdultId, r.Role })
            .Distinct()
            .ToListAsync(ct);
        var invitations = await db.Facts.Where(f => f.Type == "invitation-sent" && f.MeetingId != null && heldMeetings.Contains(f.MeetingId.Value) && !superseded.Contains(f.Id))
            .Select(f => new { MeetingId = f.MeetingId!.Value, f.PersonId, f.OccurredOn })
            .ToListAsync(ct);
        var notInvited = (await db.Duties.Where(d => d.Rule == RuleIds.ParentInvited && d.MeetingId != null && heldMeetings.Contains(d.MeetingId.Value))
            .Select(d => new { MeetingId = d.MeetingId!.Value, d.PersonId })
            .ToListAsync(ct)).ToHashSet();

        var perParent = parents
            .GroupBy(p => (p.MeetingId, p.AdultId))
            .Select(g => new { g.Key.MeetingId, g.Key.AdultId, Role = g.Min(p => p.Role) })
            .Where(p => conferences.ContainsKey(p.MeetingId))
            .Select(p =>
            {
                var (heldOn, attended) = conferences[p.MeetingId];
                var invited = invitations.Any(i => i.MeetingId == p.MeetingId && i.PersonId == p.AdultId && i.OccurredOn <= heldOn);
                var missing = notInvited.Contains(new { p.MeetingId, PersonId = (long?)p.AdultId });
                return new
                {
                    Group = p.Role switch { RelationshipRole.Mother => Mothers, RelationshipRole.Father => Fathers, _ => Others },
                    Invited = invited,
                    NotInvited = !invited && missing,
                    Excluded = !invited && !missing,
                    Attended = attended.Contains(p.AdultId),
                };
            })
            .ToList();

        var groups = new[] { Mothers, Fathers, Others }
            .Select(name =>
            {
                var group = perParent.Where(p => p.Group == name).ToList();
                return new ParentParticipation(name, group.Count, group.Count(p => p.Invited), group.Count(p => p.NotInvited), group.Count(p => p.Excluded), group.Count(p => p.Attended));
            })
            .ToList();
        return new Participation(conferences.Count, groups);
    }
}
