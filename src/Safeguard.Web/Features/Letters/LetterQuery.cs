using Microsoft.EntityFrameworkCore;
using Safeguard.Correspondence;
using Safeguard.Data;
using Safeguard.Recording;

namespace Safeguard.Web.Features.Letters;

public sealed record LetterLine(long FactId, DateOnly On, LetterKind Kind, IReadOnlyList<string> To, string RecordedBy, bool CanReprint);

public static class LetterQuery
{
    /// <summary>The letters on a child's file, latest first.</summary>
    public static async Task<List<LetterLine>> ForChildAsync(this SafeguardDbContext db, long childId, CancellationToken ct = default)
    {
        var rows = await db.Facts.Where(f => f.ChildId == childId && f.Type == "letter-sent")
            .Select(f => new { f.Id, f.RecordedBy }).ToListAsync(ct);
        var facts = (await CaseFiles.FactsAsync(db.Facts.Where(f => f.ChildId == childId && f.Type == "letter-sent"), ct)).OfType<LetterSent>().ToList();
        var people = facts.SelectMany(f => f.To).Distinct().ToList();
        var names = await db.People.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        var recorders = rows.ToDictionary(r => r.Id, r => r.RecordedBy);
        var users = recorders.Values.Distinct().ToList();
        var userNames = await db.Users.Where(u => users.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        return facts
            .Select(f => new LetterLine(f.Id, f.On, f.Kind, f.To.Select(t => names[t]).ToList(), userNames.GetValueOrDefault(recorders[f.Id]) ?? recorders[f.Id], f.AboutMeetingId is not null))
            .OrderByDescending(l => l.On).ThenByDescending(l => l.FactId)
            .ToList();
    }
}
