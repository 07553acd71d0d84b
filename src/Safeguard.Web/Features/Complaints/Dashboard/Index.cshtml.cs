using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Dashboard;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Dashboard;

[Authorize(Roles = RoleSets.ComplaintOverseers)]
public sealed class IndexModel(ComplaintDashboardQuery query, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    public Period? Period { get; private set; }

    public DateOnly Today { get; private set; }

    public List<StageTimeliness> Timeliness { get; private set; } = [];

    public List<StageOutcomes> Outcomes { get; private set; } = [];

    public List<ComplaintConcern> Concerns { get; private set; } = [];

    public List<RemedyFigures> Remedies { get; private set; } = [];

    public OverdueActions? Overdue { get; private set; }

    public string Query => Period is { } p
        ? $"from={p.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={p.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Period = ReadPeriod();
        if (Period is { } period)
        {
            From = DateParts.From(period.From);
            To = DateParts.From(period.To);
            Timeliness = await query.TimelinessAsync(period, Today, ct);
            Outcomes = await query.OutcomesAsync(period, ct);
            Concerns = await query.ConcernsAsync(period, Today, ct);
            Remedies = await query.RemediesAsync(period, Today, ct);
        }

        Overdue = await query.OverdueActionsAsync(Today, ct);
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
