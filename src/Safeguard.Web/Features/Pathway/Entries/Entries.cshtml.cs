using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Pathway.Entries;

/// <summary>One entry on the child's file, with the correction that replaced it or the entry it corrects.</summary>
public sealed record EntryLine(
    long Id,
    DateOnly On,
    string What,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string? CorrectionSlug,
    EntryLine? CorrectedBy,
    DateOnly? CorrectsOn,
    string? Reason);

/// <summary>The entries on a child's file, oldest first; superseded entries are shown struck through with their correction.</summary>
[Authorize(Roles = RoleSets.ChildReaders)]
public sealed class EntriesModel(SafeguardDbContext db, ChildGate gate, ChildRecordQuery query, TimeProvider time) : PageModel
{
    public ChildSummary Child { get; private set; } = null!;

    public IReadOnlyList<EntryLine> Lines { get; private set; } = [];

    public bool MayCorrect => User.IsInRole(StaffRoles.SocialWorker) || User.IsInRole(StaffRoles.TeamManager);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "entries", ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await query.SummaryAsync(id, ct))!;
        var rows = await db.Facts.AsNoTracking().Where(f => f.ChildId == id)
            .OrderBy(f => f.OccurredOn).ThenBy(f => f.Id)
            .ToListAsync(ct);
        var facts = rows.ToDictionary(r => r.Id, r => FactJson.Deserialize(r.Payload));
        var names = await NamesAsync(rows, ct);
        var recorders = rows.Select(r => r.RecordedBy).Distinct().ToList();
        var people = await db.Users.Where(u => recorders.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        var correctedBy = rows.Where(r => r.SupersedesId is not null).ToDictionary(r => r.SupersedesId!.Value);
        var byId = rows.ToDictionary(r => r.Id);

        EntryLine Line(FactRow row)
        {
            var fact = facts[row.Id];
            var form = EntryCatalogue.For(fact);
            var correction = correctedBy.TryGetValue(row.Id, out var c) ? Line(c) : null;
            return new EntryLine(
                row.Id,
                row.OccurredOn,
                EntryDescriptions.Describe(fact, names),
                people.TryGetValue(row.RecordedBy, out var name) ? name : row.RecordedBy,
                TimeZoneInfo.ConvertTime(row.RecordedAt, time.LocalTimeZone),
                form is not null && correction is null ? form.Slug : null,
                correction,
                row.SupersedesId is { } s && byId.TryGetValue(s, out var corrected) ? corrected.OccurredOn : null,
                row.Reason);
        }

        Lines = rows.Select(Line).ToList();
        return Page();
    }

    private async Task<Dictionary<long, string>> NamesAsync(List<FactRow> rows, CancellationToken ct)
    {
        var personIds = rows.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var alertIds = rows.Where(r => r.AlertId is not null).Select(r => r.AlertId!.Value).Distinct().ToList();
        var names = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        foreach (var alert in await db.QualityAlerts.Where(a => alertIds.Contains(a.Id)).ToListAsync(ct))
        {
            names.TryAdd(alert.Id, alert.Reference);
        }

        return names;
    }
}
