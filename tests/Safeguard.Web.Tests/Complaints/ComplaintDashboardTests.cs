using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Rules;
using Safeguard.Web.Tests.Api;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Complaints;

public sealed class ComplaintDashboardTests
{
    // A period of its own: no other test records complaints in the spring of 2017.
    private const string Period = "From.Day=1&From.Month=2&From.Year=2017&To.Day=30&To.Month=4&To.Year=2017";
    private const string Query = "from=2017-02-01&to=2017-04-30";
    private const string Manager = "harry.evans";

    private static List<string> Cells(IDocument page, string selector) =>
        page.QuerySelector(selector)!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();

    private static async Task<string[]> CsvAsync(HttpClient client, string table)
    {
        var response = await client.GetAsync($"/complaints/dashboard/{table}.csv?{Query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
    }

    private static async Task<List<long>> PointsAsync(SafeguardApp app, long complaint)
    {
        await using var db = app.Database();
        return await db.ComplaintPoints.Where(p => p.ComplaintId == complaint).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
    }

    /// <summary>
    /// Two complaints in spring 2017. The first: acknowledged and answered in time (one point upheld, one not), a payment
    /// agreed and paid, an action with no measure of done still not done, and stage 2 asked for late. The second: never
    /// acknowledged, stage 1 extended and answered late (upheld), an apology agreed and not given.
    /// </summary>
    private static async Task<(long First, string Action)> ArrangeAsync(SafeguardApp app)
    {
        var child = await app.ChildAsync();
        var first = (await app.RecordAsync(
            new ComplaintReceived { On = new(2017, 2, 6), ComplaintId = 0, ComplainantId = child.Mother, Points = [new(0, "P1", "Visits were missed"), new(0, "P2", "Letters were late")] },
            Manager,
            newReference: $"{child.Reference}-K1")).NewSubjectId!.Value;
        var points = await PointsAsync(app, first);
        await app.RecordAsync(new ComplaintAcknowledged { On = new(2017, 2, 7), ComplaintId = first }, Manager);
        await app.RecordAsync(new Stage1ResponseSent { On = new(2017, 2, 10), ComplaintId = first, Outcomes = new Dictionary<long, PointOutcome> { [points[0]] = PointOutcome.Upheld, [points[1]] = PointOutcome.NotUpheld } }, Manager);
        var payment = (await app.RecordAsync(new RemedyAgreed { On = new(2017, 2, 10), ComplaintId = first, RemedyId = 0, Kind = RemedyKind.Payment, Amount = 250m, Due = new(2017, 3, 1) }, Manager, newReference: $"{child.Reference}-R1")).NewSubjectId!.Value;
        await app.RecordAsync(new RemedyDelivered { On = new(2017, 2, 20), RemedyId = payment }, Manager);
        var action = $"{child.Reference}-A1";
        await app.RecordAsync(new ActionAgreed { On = new(2017, 2, 15), ActionId = 0, ComplaintId = first, Text = "Check every visit is booked", Due = new(2017, 2, 28), OwnerDescription = "Team manager" }, Manager, newReference: action);
        await app.RecordAsync(new Stage2Requested { On = new(2017, 4, 3), ComplaintId = first }, Manager);

        var second = (await app.RecordAsync(
            new ComplaintReceived { On = new(2017, 3, 1), ComplaintId = 0, ComplainantId = child.Father, Points = [new(0, "P1", "Nobody called back")] },
            Manager,
            newReference: $"{child.Reference}-K2")).NewSubjectId!.Value;
        var point = (await PointsAsync(app, second)).Single();
        await app.RecordAsync(new Stage1Extended { On = new(2017, 3, 8), ComplaintId = second, Reason = "The worker is away" }, Manager);
        await app.RecordAsync(new Stage1ResponseSent { On = new(2017, 3, 31), ComplaintId = second, Outcomes = new Dictionary<long, PointOutcome> { [point] = PointOutcome.Upheld } }, Manager);
        await app.RecordAsync(new RemedyAgreed { On = new(2017, 4, 3), ComplaintId = second, RemedyId = 0, Kind = RemedyKind.Apology, Due = new(2017, 4, 10) }, Manager, newReference: $"{child.Reference}-R2");
        return (first, action);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_figures_for_a_period_match_the_record_in_chart_table_csv_and_api(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var (first, action) = await ArrangeAsync(app);
        var manager = await app.SignedInAsync(Manager);

        var page = await Forms.GetDocumentAsync(manager, $"/complaints/dashboard?{Period}");

        Assert.Equal(["1", "0", "1", "0", "50%"], Cells(page, "#timeliness-table tr[data-rule='CX_ACKNOWLEDGE']"));
        Assert.Equal(["1", "0", "0", "0", "100%"], Cells(page, "#timeliness-table tr[data-rule='CX_STAGE1_RESPONSE']"));
        Assert.Equal(["0", "1", "0", "0", "0%"], Cells(page, "#timeliness-table tr[data-rule='CX_STAGE1_RESPONSE-EXTENDED']"));
        Assert.Equal(["0", "0", "1", "0", "0%"], Cells(page, "#timeliness-table tr[data-rule='CX_STAGE2_START']"));
        Assert.Equal(["0", "0", "0", "0", "–"], Cells(page, "#timeliness-table tr[data-rule='CX_STAGE3_PANEL']"));
        Assert.Equal(["2", "3", "2", "0", "1", "0"], Cells(page, "#outcomes-table tr[data-stage='Stage 1 response']"));
        Assert.Equal(["1"], Cells(page, "#concerns-table tr[data-concern='late-request']"));
        Assert.Equal(["0"], Cells(page, "#concerns-table tr[data-concern='late-complaint']"));
        Assert.Equal(["1"], Cells(page, $"#concerns-table tr[data-concern='{RuleIds.ActionSmart}']"));
        Assert.Equal(["0"], Cells(page, $"#concerns-table tr[data-concern='{RuleIds.RemedyConsidered}']"));
        Assert.Equal(["1", "1", "0", "0", "£250.00", "£250.00"], Cells(page, "#remedies-table tr[data-remedy='Payments']"));
        Assert.Equal(["1", "0", "1", "0", "£0.00", "£0.00"], Cells(page, "#remedies-table tr[data-remedy='Apologies']"));

        var chart = page.QuerySelector("svg[role=img][aria-labelledby='timeliness-chart-title timeliness-chart-desc']")!;
        Assert.Equal("Percentage of complaint duties done on time, by stage", chart.QuerySelector("title")!.TextContent);
        Assert.Contains("Stage 1 response within 20 working days, extended: 0% on time", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Stage 1 response: 2 upheld, 0 partly upheld, 1 not upheld, 0 excluded", page.QuerySelector("#outcomes-chart-desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Payments: 1 agreed, 1 delivered, 0 overdue", page.QuerySelector("#remedies-chart-desc")!.TextContent, StringComparison.Ordinal);

        var overdueRow = page.QuerySelector($"#oldest-overdue-actions-table tr[data-action='{action}']")!;
        Assert.Equal($"/complaints/{first}", overdueRow.QuerySelector("a")!.GetAttribute("href"));
        await using (var db = app.Database())
        {
            var overdue = await db.Duties.CountAsync(d => d.Rule == RuleIds.ActionOverdue && d.Outcome == DutyOutcome.Open && d.Due < SafeguardApp.Today && d.ActionId != null);
            Assert.Contains($"{overdue} agreed", page.QuerySelector("#overdue-actions")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("CX_ACKNOWLEDGE,Acknowledge the complaint,1,0,1,0,50", await CsvAsync(manager, "timeliness"));
        Assert.Contains("CX_STAGE1_RESPONSE-EXTENDED,\"Stage 1 response within 20 working days, extended\",0,1,0,0,0", await CsvAsync(manager, "timeliness"));
        Assert.Contains("Stage 1 response,2,3,2,0,1,0", await CsvAsync(manager, "outcomes"));
        Assert.Contains("late-request,Requests for stage 2 or 3 more than 20 working days after the response (to decide on),1", await CsvAsync(manager, "late-requests-and-breaches"));
        var remedies = await CsvAsync(manager, "remedies");
        Assert.Equal("Remedy,Agreed,Delivered,Overdue,Not yet due,Amount agreed (£),Amount paid (£)", remedies[0]);
        Assert.Contains(remedies, line => line.StartsWith("Payments,1,1,0,0,250", StringComparison.Ordinal));
        Assert.Contains(await CsvAsync(manager, "oldest-overdue-actions"), line => line.StartsWith($"{action},Check every visit is booked,Team manager,2017-02-28,", StringComparison.Ordinal));

        var api = await (await manager.GetApiAsync($"/api/complaints/dashboard/timeliness?{Query}")).JsonAsync();
        var acknowledge = api.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "CX_ACKNOWLEDGE");
        Assert.Equal(1, acknowledge.GetProperty("onTime").GetInt32());
        Assert.Equal(1, acknowledge.GetProperty("overdue").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_complaint_overseers_see_the_dashboard_and_a_bad_period_or_table_is_explained(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var senior = await app.SignedInAsync("isla.morgan");
        var officer = await app.SignedInAsync("liam.ford");

        var bad = await Forms.GetDocumentAsync(senior, "/complaints/dashboard?From.Day=31&From.Month=2&From.Year=2017");
        var home = await Forms.GetDocumentAsync(senior, "/");

        Assert.Equal([("#From", "The start of the period must be a real date")], Forms.ErrorSummary(bad));
        Assert.NotNull(home.QuerySelector("a[href='/complaints/dashboard']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/complaints/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/complaints/dashboard/timeliness.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await senior.GetAsync("/complaints/dashboard/timeliness.csv?from=2017-13-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await senior.GetAsync("/complaints/dashboard/salaries.csv")).StatusCode);
        Assert.Equal("to", (await (await senior.GetApiAsync("/api/complaints/dashboard/outcomes?from=2017-03-01&to=2017-02-01")).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Single().Name);
        await (await senior.GetApiAsync("/api/complaints/dashboard/salaries")).ProblemAsync(HttpStatusCode.NotFound);
        await (await senior.GetApiAsync("/api/complaints/dashboard/overdue-actions?from=2017-01-01")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
