using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Recording;

namespace Safeguard.Web.Features.Pathway;

/// <summary>A person a form offers as a choice.</summary>
public sealed record PersonChoice(long Id, string Text);

/// <summary>The people, staff and alerts the pathway forms offer as choices.</summary>
public sealed class PathwayLookups(SafeguardDbContext db)
{
    public async Task<List<PersonChoice>> ChildsAdultsAsync(long childId, CancellationToken ct = default) =>
        (await db.Relationships.Where(r => r.ChildId == childId)
            .OrderBy(r => r.Role).ThenBy(r => r.AdultId)
            .Select(r => new { r.AdultId, Name = r.Adult!.DisplayName ?? r.Adult.Reference, r.Role, r.ParentalResponsibility })
            .ToListAsync(ct))
        .Select(r => new PersonChoice(r.AdultId, $"{r.Name} ({PeopleWords.Role(r.Role).ToLowerInvariant()}{(r.ParentalResponsibility ? ", parental responsibility" : "")})"))
        .ToList();

    /// <summary>Social workers on the staff, with whether they are qualified and in their first year.</summary>
    public async Task<List<PersonChoice>> SocialWorkersAsync(CancellationToken ct = default) =>
        (await db.People.Where(p => p.Kind == PersonKind.Staff && p.StaffRole == StaffRole.SocialWorker)
            .Select(p => new { p.Id, Name = p.DisplayName ?? p.Reference, Team = p.Team != null ? p.Team.Name : null, p.Qualified, p.FirstYear })
            .ToListAsync(ct))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => new PersonChoice(p.Id, $"{p.Name} ({string.Join(", ", new[] { p.Team, p.Qualified ? "qualified" : "not qualified", p.FirstYear ? "first year in practice" : null }.OfType<string>())})"))
        .ToList();

    /// <summary>The child's quality alerts not yet resolved.</summary>
    public async Task<List<PersonChoice>> OpenAlertsAsync(long childId, CancellationToken ct = default)
    {
        var resolved = db.Facts.Where(f => f.Type == "quality-alert-resolved" && f.AlertId != null).Select(f => f.AlertId!.Value);
        var alerts = await db.Facts.Where(f => f.ChildId == childId && f.Type == "quality-alert-raised" && f.AlertId != null && !resolved.Contains(f.AlertId.Value))
            .Join(db.QualityAlerts, f => f.AlertId, a => a.Id, (f, a) => new { a.Id, a.Reference, f.OccurredOn })
            .OrderBy(a => a.OccurredOn).ThenBy(a => a.Id)
            .ToListAsync(ct);
        return alerts.Select(a => new PersonChoice(a.Id, $"{a.Reference}, raised {Dates.Long(a.OccurredOn)}")).ToList();
    }

    /// <summary>The names of the person or alert an entry refers to, for describing it.</summary>
    public async Task<Dictionary<long, string>> NamesAsync(FactRow row, CancellationToken ct = default)
    {
        var names = new Dictionary<long, string>();
        if (row.PersonId is { } person && await NameAsync(person, ct) is { } name)
        {
            names[person] = name;
        }

        if (row.AlertId is { } alert && await db.QualityAlerts.Where(a => a.Id == alert).Select(a => a.Reference).FirstOrDefaultAsync(ct) is { } reference)
        {
            names[alert] = reference;
        }

        return names;
    }

    public async Task<string?> NameAsync(long? personId, CancellationToken ct = default) => personId is { } id
        ? await db.People.Where(p => p.Id == id).Select(p => p.DisplayName ?? p.Reference).FirstOrDefaultAsync(ct)
        : null;

    /// <summary>A guard's refusal with the safe route's name, for the page to show.</summary>
    public async Task<RefusalNotice> RefusalAsync(Refused refused, CancellationToken ct = default) =>
        new(refused.Rule, refused.Message, await NameAsync(refused.SafeRouteId, ct));
}
