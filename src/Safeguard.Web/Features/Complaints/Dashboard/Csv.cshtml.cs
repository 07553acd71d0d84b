using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Features.Dashboard;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Dashboard;

/// <summary>
/// Each complaints dashboard table as a CSV file (/complaints/dashboard/timeliness.csv and so on), with
/// ?from=yyyy-mm-dd&amp;to=yyyy-mm-dd (the last 3 months when not given).
/// </summary>
[Authorize(Roles = RoleSets.ComplaintOverseers)]
public sealed class CsvModel(ComplaintDashboardTables tables, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string table, string? from, string? to, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var (period, error) = Period.Read(from, to, today);
        if (period is null)
        {
            return BadRequest(error!.Message);
        }

        var dates = ComplaintDashboardTables.AsOfToday(table) ? Iso(today) : $"{Iso(period.From)}-to-{Iso(period.To)}";
        return await tables.CsvAsync(table, period, today, ct) is { } csv ? csv.ToResult($"complaints-{table}-{dates}.csv") : NotFound();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
