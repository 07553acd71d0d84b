using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Rules;
using Safeguard.Web.Components;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Dashboard;

public sealed class DashboardTests
{
    private const string Period = "From.Day=1&From.Month=9&From.Year=2025&To.Day=30&To.Month=11&To.Year=2025";
    private const string CsvPeriod = "from=2025-09-01&to=2025-11-30";
    private static readonly DateOnly Monday = new(2025, 9, 1);

    private static List<string> Cells(IDocument page, string selector) =>
        page.QuerySelector(selector)!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Timeliness_participation_and_overdue_figures_match_the_record_in_chart_table_and_csv(DatabaseProvider provider)
    {
        var app = await Apps.FreshAsync(provider, demoChildren: 0);
        try
        {
            await app.ReferralsAndConferenceAsync(Monday);
            var manager = await app.SignedInAsync("daniel.reid");
            var senior = await app.SignedInAsync("isla.morgan");

            var page = await Forms.GetDocumentAsync(manager, $"/dashboard?{Period}");
            var all = await Forms.GetDocumentAsync(senior, $"/dashboard?{Period}");

            Assert.Equal(["1", "1", "1", "0", "33%"], Cells(page, "#timeliness-table tr[data-rule='CP_REFERRAL_DECISION']"));
            Assert.Equal(["1", "1", "2", "0", "25%"], Cells(all, "#timeliness-table tr[data-rule='CP_REFERRAL_DECISION']"));
            Assert.Equal(["1", "1", "0", "0", "1", "100%", "100%"], Cells(page, "#participation-table tr[data-parents='Mothers']"));
            Assert.Equal(["1", "0", "1", "0", "0", "0%", "0%"], Cells(page, "#participation-table tr[data-parents='Fathers']"));

            var chart = page.QuerySelector("svg[role=img][aria-labelledby='timeliness-chart-title timeliness-chart-desc']")!;
            Assert.Equal("Percentage of duties done on time, by rule", chart.QuerySelector("title")!.TextContent);
            Assert.Contains("Decide what to do with a referral within 1 working day: 33% on time", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Fathers: 0% invited, 0% attended", page.QuerySelector("#participation-chart-desc")!.TextContent, StringComparison.Ordinal);

            await using var db = app.Database();
            var overdue = await db.Duties.Where(d => d.Outcome == DutyOutcome.Open && d.Due < SafeguardApp.Today)
                .GroupBy(d => d.TeamId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var north = await db.Teams.Where(t => t.Name == "North Child Protection Team").Select(t => t.Id).SingleAsync();
            var south = await db.Teams.Where(t => t.Name == "South Child Protection Team").Select(t => t.Id).SingleAsync();
            Assert.Equal(1, overdue.Single(o => o.Key == south).Count);
            Assert.Equal([overdue.Single(o => o.Key == north).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], Cells(page, "#overdue-table tr[data-team='North Child Protection Team']"));
            Assert.Null(page.QuerySelector("#overdue-table tr[data-team='South Child Protection Team']"));
            Assert.Equal(["1"], Cells(all, "#overdue-table tr[data-team='South Child Protection Team']"));

            var timeliness = await manager.GetAsync($"/dashboard/timeliness.csv?{CsvPeriod}");
            Assert.Equal("text/csv", timeliness.Content.Headers.ContentType!.MediaType);
            Assert.Equal("timeliness-2025-09-01-to-2025-11-30.csv", timeliness.Content.Headers.ContentDisposition!.FileNameStar);
            var lines = (await timeliness.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
            Assert.Equal("Rule,Duty,Met on time,Late,Overdue,Not yet due,% on time", lines[0]);
            Assert.Contains("CP_REFERRAL_DECISION,Decide what to do with a referral within 1 working day,1,1,1,0,33", lines);
            var participation = (await (await manager.GetAsync($"/dashboard/participation.csv?{CsvPeriod}")).Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
            Assert.Equal("Parents,With parental responsibility,Invited,Not invited,\"Not invited, with a recorded reason\",Attended,% invited,% attended", participation[0]);
            Assert.Contains("Fathers,1,0,1,0,0,0,0", participation);
            var teams = (await (await senior.GetAsync("/dashboard/overdue-by-team.csv")).Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
            Assert.Equal("Team,Overdue items", teams[0]);
            Assert.Contains("South Child Protection Team,1", teams);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_managers_see_the_dashboard_and_a_bad_period_is_explained(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var worker = await app.SignedInAsync("amara.okafor");
        var manager = await app.SignedInAsync("daniel.reid");

        var bad = await Forms.GetDocumentAsync(manager, "/dashboard?From.Day=31&From.Month=2&From.Year=2026");
        var backwards = await Forms.GetDocumentAsync(manager, "/dashboard?From.Day=1&From.Month=3&From.Year=2026&To.Day=1&To.Month=2&To.Year=2026");

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/dashboard/timeliness.csv")).StatusCode);
        Assert.Equal([("#From", "The start of the period must be a real date")], Forms.ErrorSummary(bad));
        Assert.Equal([("#To", "The end of the period must be the same as or after the start")], Forms.ErrorSummary(backwards));
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/dashboard/timeliness.csv?from=2026-13-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/dashboard/salaries.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public void Csv_fields_are_quoted_when_they_must_be_and_formulas_are_made_inert()
    {
        Assert.Equal("plain", CsvFile.Field("plain"));
        Assert.Equal("\"a, b\"", CsvFile.Field("a, b"));
        Assert.Equal("\"say \"\"hello\"\"\"", CsvFile.Field("say \"hello\""));
        Assert.Equal("\"two\nlines\"", CsvFile.Field("two\nlines"));
        Assert.Equal("'=SUM(A1)", CsvFile.Field("=SUM(A1)"));
        Assert.Equal("-3", CsvFile.Field(-3));
        Assert.Equal("2026-03-10", CsvFile.Field(new DateOnly(2026, 3, 10)));
        Assert.Equal("", CsvFile.Field(null));
    }
}
