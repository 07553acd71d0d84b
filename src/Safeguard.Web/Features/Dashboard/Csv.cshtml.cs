using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Dashboard;

/// <summary>
/// Each dashboard table as a CSV file: /dashboard/timeliness.csv, /dashboard/participation.csv and
/// /dashboard/overdue-by-team.csv, with ?from=yyyy-mm-dd&amp;to=yyyy-mm-dd (the last 3 months when not given).
/// </summary>
[Authorize(Roles = RoleSets.Managers)]
public sealed class CsvModel(
    TimelinessQuery timeliness,
    ParticipationQuery participation,
    OverdueByTeamQuery overdue,
    CurrentStaff staff,
    TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string table, string? from, string? to, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var (period, error) = Period.Read(from, to, today);
        if (period is null)
        {
            return BadRequest(error!.Message);
        }

        var scope = DashboardScope.For(await staff.GetAsync(ct));
        var dates = $"{Iso(period.From)}-to-{Iso(period.To)}";
        return table switch
        {
            "timeliness" => DashboardTables.Timeliness(await timeliness.ForAsync(period, scope, today, ct)).ToResult($"timeliness-{dates}.csv"),
            "participation" => DashboardTables.Participation(await participation.ForAsync(period, scope, ct)).ToResult($"parents-participation-{dates}.csv"),
            "overdue-by-team" => DashboardTables.OverdueByTeam(await overdue.ForAsync(scope, today, ct)).ToResult($"overdue-by-team-{Iso(today)}.csv"),
            _ => NotFound(),
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
