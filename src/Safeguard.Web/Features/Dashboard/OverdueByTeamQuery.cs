using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Rules;

namespace Safeguard.Web.Features.Dashboard;

/// <summary>A team's open duties past their due date today; TeamId null for duties no team holds (complaints, unallocated children).</summary>
public sealed record TeamOverdue(long? TeamId, string Team, int Overdue);

/// <summary>Overdue items by team, counted by the database (GROUP BY team over open duties due before today).</summary>
public sealed class OverdueByTeamQuery(SafeguardDbContext db)
{
    public async Task<List<TeamOverdue>> ForAsync(DashboardScope scope, DateOnly today, CancellationToken ct = default)
    {
        var overdue = db.Duties.Where(d => d.Outcome == DutyOutcome.Open && d.Due < today);
        if (scope.TeamId is { } team)
        {
            overdue = overdue.Where(d => d.TeamId == team);
        }

        var counts = await overdue.GroupBy(d => d.TeamId).Select(g => new { TeamId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var teams = await db.Teams.Where(t => scope.TeamId == null || t.Id == scope.TeamId).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        // Every team in scope has a row, so a team with nothing overdue shows 0 rather than disappearing.
        var rows = teams.Select(t => new TeamOverdue(t.Key, t.Value, counts.FirstOrDefault(c => c.TeamId == t.Key)?.Count ?? 0)).ToList();
        if (counts.FirstOrDefault(c => c.TeamId is null) is { } unheld)
        {
            rows.Add(new TeamOverdue(null, "No team (complaints and unallocated children)", unheld.Count));
        }

        return rows.OrderBy(r => r.TeamId is null).ThenBy(r => r.Team, StringComparer.Ordinal).ToList();
    }
}
