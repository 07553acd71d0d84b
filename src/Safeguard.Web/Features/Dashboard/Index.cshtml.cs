using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Dashboard;

[Authorize(Roles = RoleSets.Managers)]
public sealed class IndexModel(
    TimelinessQuery timeliness,
    ParticipationQuery participation,
    OverdueByTeamQuery overdue,
    CurrentStaff staff,
    SafeguardDbContext db,
    TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    public Period? Period { get; private set; }

    public DateOnly Today { get; private set; }

    public string ScopeName { get; private set; } = "";

    public List<RuleTimeliness> Timeliness { get; private set; } = [];

    public Participation? Participation { get; private set; }

    public List<TeamOverdue> OverdueByTeam { get; private set; } = [];

    public string Query => Period is { } p
        ? $"from={p.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={p.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var scope = DashboardScope.For(await staff.GetAsync(ct));
        ScopeName = scope.TeamId is { } team
            ? await db.Teams.Where(t => t.Id == team).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? "your team"
            : "all teams";

        Period = ReadPeriod();
        if (Period is { } period)
        {
            From = DateParts.From(period.From);
            To = DateParts.From(period.To);
            Timeliness = await timeliness.ForAsync(period, scope, Today, ct);
            Participation = await participation.ForAsync(period, scope, ct);
        }

        OverdueByTeam = await overdue.ForAsync(scope, Today, ct);
    }

    private Period? ReadPeriod()
    {
        var defaults = Period.LastThreeMonths(Today);
        var from = IsEmpty(From) ? defaults.From : From.Read(ModelState, nameof(From), "the start of the period");
        var to = IsEmpty(To) ? defaults.To : To.Read(ModelState, nameof(To), "the end of the period");
        if (from is null || to is null)
        {
            return null;
        }

        if (from > to)
        {
            ModelState.AddModelError(nameof(To), "The end of the period must be the same as or after the start");
            return null;
        }

        return new Period(from.Value, to.Value);
    }

    private static bool IsEmpty(DateParts date) =>
        string.IsNullOrWhiteSpace(date.Day) && string.IsNullOrWhiteSpace(date.Month) && string.IsNullOrWhiteSpace(date.Year);
}
