using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Rules;

namespace Safeguard.Web.Features.Dashboard;

/// <summary>How one clocked rule did in a period: of the duties due in it, how many were met on time, late, or are overdue.</summary>
public sealed record RuleTimeliness(string Rule, string RuleName, int Met, int Late, int Overdue, int NotYetDue)
{
    /// <summary>Duties whose time has come: met, late, or overdue.</summary>
    public int Decided => Met + Late + Overdue;

    /// <summary>The share met on time, as a whole percentage; null when none has fallen due.</summary>
    public int? PercentOnTime => Decided == 0 ? null : (int)Math.Round(100.0 * Met / Decided, MidpointRounding.AwayFromZero);
}

/// <summary>Timeliness per clocked rule, counted by the database (GROUP BY rule over the stored duties due in the period).</summary>
public sealed class TimelinessQuery(SafeguardDbContext db)
{
    public async Task<List<RuleTimeliness>> ForAsync(Period period, DashboardScope scope, DateOnly today, CancellationToken ct = default)
    {
        var duties = db.Duties.Where(d => d.Due != null && d.Due >= period.From && d.Due <= period.To
            && (d.Outcome == DutyOutcome.Met || d.Outcome == DutyOutcome.Late || d.Outcome == DutyOutcome.Open));
        if (scope.TeamId is { } team)
        {
            duties = duties.Where(d => d.TeamId == team);
        }

        var counts = await duties
            .GroupBy(d => d.Rule)
            .Select(g => new
            {
                Rule = g.Key,
                Met = g.Count(d => d.Outcome == DutyOutcome.Met),
                Late = g.Count(d => d.Outcome == DutyOutcome.Late),
                Overdue = g.Count(d => d.Outcome == DutyOutcome.Open && d.Due < today),
                NotYetDue = g.Count(d => d.Outcome == DutyOutcome.Open && d.Due >= today),
            })
            .ToListAsync(ct);

        // In catalogue order, so that the table reads like rules.md.
        var order = RuleCatalogue.All.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        return counts
            .Select(c => new RuleTimeliness(c.Rule, RuleCatalogue.Get(c.Rule).Name, c.Met, c.Late, c.Overdue, c.NotYetDue))
            .OrderBy(r => order.GetValueOrDefault(r.Rule, int.MaxValue))
            .ToList();
    }
}
