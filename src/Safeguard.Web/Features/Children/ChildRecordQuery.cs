using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Rules;

namespace Safeguard.Web.Features.Children;

public sealed record ChildSummary(long Id, string Reference, string Name, DateOnly? BirthDate, string? Team, string? LeadWorker, bool Restricted);

public sealed record ChildPerson(long Id, string Name, RelationshipRole Role, bool ParentalResponsibility);

public sealed record ChildRestriction(string Restricted, IReadOnlyList<string> KeptFrom, string? SafeRoute, DateOnly RecordedOn);

/// <summary>A duty as a person reads it: the rule in words, its basis, what started the clock, how it was counted.</summary>
public sealed record DutyLine(
    string Rule,
    string RuleName,
    string Basis,
    DutyStatus Status,
    DateOnly? Due,
    DateOnly? Done,
    string? StartedBy,
    string? Counting,
    string? Detail,
    string? About);

public sealed record ChildRecord(ChildSummary Child, IReadOnlyList<ChildPerson> People, IReadOnlyList<ChildRestriction> Restrictions, IReadOnlyList<DutyLine> Duties);

/// <summary>Reads a child's record for its page and the API: who they are, their people, and every duty.</summary>
public sealed class ChildRecordQuery(SafeguardDbContext db)
{
    public async Task<ChildSummary?> SummaryAsync(long childId, CancellationToken ct = default) =>
        await db.People.Where(p => p.Id == childId && p.Kind == PersonKind.Child)
            .Select(p => new ChildSummary(
                p.Id,
                p.Reference,
                p.DisplayName ?? p.Reference,
                p.BirthDate,
                p.Team != null ? p.Team.Name : null,
                db.People.Where(w => w.Id == p.LeadWorkerId).Select(w => w.DisplayName ?? w.Reference).FirstOrDefault(),
                p.Restricted))
            .FirstOrDefaultAsync(ct);

    public async Task<ChildRecord?> RecordAsync(long childId, DateOnly today, CancellationToken ct = default)
    {
        var child = await SummaryAsync(childId, ct);
        if (child is null)
        {
            return null;
        }

        var people = await db.Relationships.Where(r => r.ChildId == childId)
            .OrderBy(r => r.Role).ThenBy(r => r.AdultId)
            .Select(r => new ChildPerson(r.AdultId, r.Adult!.DisplayName ?? r.Adult.Reference, r.Role, r.ParentalResponsibility))
            .ToListAsync(ct);

        return new ChildRecord(child, people, await RestrictionsAsync(childId, people.Select(p => p.Id).ToList(), ct), await DutiesAsync(childId, today, ct));
    }

    /// <summary>Restrictions that matter to this child: on one of their people, or protecting the child or one of their people.</summary>
    private async Task<List<ChildRestriction>> RestrictionsAsync(long childId, List<long> peopleIds, CancellationToken ct)
    {
        var involved = peopleIds.Append(childId).ToList();
        var restrictions = await db.ContactRestrictions
            .Where(r => involved.Contains(r.RestrictedPersonId) || r.Protects.Any(p => involved.Contains(p.PersonId)))
            .Select(r => new { r.RestrictedPersonId, r.ViaPersonId, r.RecordedOn, Protects = r.Protects.Select(p => p.PersonId).ToList() })
            .ToListAsync(ct);
        var ids = restrictions.SelectMany(r => r.Protects.Append(r.RestrictedPersonId).Concat(r.ViaPersonId is { } v ? [v] : [])).Distinct().ToList();
        var names = await NamesAsync(ids, ct);
        return restrictions.Select(r => new ChildRestriction(
            names[r.RestrictedPersonId],
            r.Protects.Select(p => names[p]).ToList(),
            r.ViaPersonId is { } via ? names[via] : null,
            r.RecordedOn)).ToList();
    }

    public async Task<List<DutyLine>> DutiesAsync(long childId, DateOnly today, CancellationToken ct = default)
    {
        var meetingScopes = await db.MeetingChildren.Where(m => m.ChildId == childId).Select(m => "meeting:" + m.MeetingId).ToListAsync(ct);
        var childScope = $"child:{childId}";
        var rows = await db.Duties
            .Where(d => d.Scope == childScope || meetingScopes.Contains(d.Scope) || (d.Scope == Scope.Refusals && d.ChildId == childId))
            .ToListAsync(ct);
        return await LinesAsync(rows, today, ct);
    }

    public async Task<List<DutyLine>> LinesAsync(IReadOnlyCollection<DutyRow> rows, DateOnly today, CancellationToken ct = default)
    {
        var personIds = rows.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var meetingIds = rows.Where(r => r.MeetingId is not null).Select(r => r.MeetingId!.Value).Distinct().ToList();
        var names = await NamesAsync(personIds, ct);
        var meetings = await db.Meetings.Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Reference, ct);
        return rows
            .Select(r =>
            {
                var rule = RuleCatalogue.Get(r.Rule);
                var about = string.Join(", ", new[]
                {
                    r.MeetingId is { } m && meetings.TryGetValue(m, out var meeting) ? $"meeting {meeting}" : null,
                    r.PersonId is { } p && names.TryGetValue(p, out var name) ? name : null,
                }.Where(s => s is not null));
                return new DutyLine(r.Rule, rule.Name, rule.Basis, r.ToDuty().StatusOn(today), r.Due, r.Done, r.StartedBy, r.Counting, r.Detail, about.Length == 0 ? null : about);
            })
            .OrderBy(d => Urgency(d.Status))
            .ThenBy(d => d.Due ?? DateOnly.MaxValue)
            .ThenBy(d => d.Rule, StringComparer.Ordinal)
            .ToList();
    }

    private static int Urgency(DutyStatus status) => status switch
    {
        DutyStatus.Overdue => 0,
        DutyStatus.Due => 1,
        DutyStatus.Missing or DutyStatus.Breach or DutyStatus.Blocked => 2,
        DutyStatus.Late => 3,
        _ => 4,
    };

    public async Task<Dictionary<long, string>> NamesAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default) =>
        await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
}
