using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.NotSeen;

/// <summary>The weekly not-seen list as a CSV file: /not-seen.csv?asOf=2026-03-10 (today when not given).</summary>
[Authorize(Roles = RoleSets.SeniorManagers)]
public sealed class CsvModel(NotSeenQuery query, CurrentStaff staff, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? asOf, CancellationToken ct)
    {
        var (asOfDay, error) = NotSeenQuery.ReadAsOf(asOf, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        if (asOfDay is not { } day)
        {
            return BadRequest(error!.Message);
        }

        var list = await query.AsOfAsync(day, await staff.GetAsync(ct), ct);
        var csv = new CsvFile("Child", "Reference", "Days since last seen", "Last seen", "Visit due", "Seen late on", "Lead social worker", "Team");
        foreach (var c in list.Children)
        {
            csv.Row(c.ChildName, c.ChildReference, c.DaysSinceLastSeen, c.LastSeen, c.VisitDue, c.SeenLate, c.LeadWorker, c.Team);
        }

        return csv.ToResult($"children-not-seen-{day:yyyy-MM-dd}.csv");
    }
}
