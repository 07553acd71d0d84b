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
        var defaults = Period.LastThreeMonths(today);
        if (!TryRead(from, defaults.From, out var start) || !TryRead(to, defaults.To, out var end))
        {
            return BadRequest("from and to must be dates written as yyyy-mm-dd, for example 2026-03-10.");
        }

        if (start > end)
        {
            return BadRequest("The end of the period (to) must be the same as or after its start (from).");
        }

        var period = new Period(start, end);
        var scope = DashboardScope.For(await staff.GetAsync(ct));
        var dates = $"{Iso(start)}-to-{Iso(end)}";
        return table switch
        {
            "timeliness" => DashboardTables.Timeliness(await timeliness.ForAsync(period, scope, today, ct)).ToResult($"timeliness-{dates}.csv"),
            "participation" => DashboardTables.Participation(await participation.ForAsync(period, scope, ct)).ToResult($"parents-participation-{dates}.csv"),
            "overdue-by-team" => DashboardTables.OverdueByTeam(await overdue.ForAsync(scope, today, ct)).ToResult($"overdue-by-team-{Iso(today)}.csv"),
            _ => NotFound(),
        };
    }

    private static bool TryRead(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return string.IsNullOrEmpty(text) || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
