using System.Net;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.WorkLists;

public sealed class NotSeenTests
{
    // Plans see the child every 10 working days: a plan started on Monday 16 February wanted a visit by 2 March.
    private static readonly DateOnly SixteenthFebruary = new(2026, 2, 16);
    private static readonly DateOnly SecondFebruary = new(2026, 2, 2);
    private static readonly DateOnly TwentyThirdFebruary = new(2026, 2, 23);

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_weekly_list_shows_children_not_seen_and_seen_late_but_not_those_seen_in_time(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var notSeen = await app.ChildAsync("amara.okafor", referredOn: SecondFebruary);
        await app.OnPlanAsync(notSeen, SixteenthFebruary);
        var seenLate = await app.ChildAsync("chloe.patel", referredOn: SecondFebruary);
        await app.OnPlanAsync(seenLate, SecondFebruary, "chloe.patel");
        await app.RecordAsync(new ChildSeen { On = SafeguardApp.Today.AddDays(-1), ChildId = seenLate.Id, Purpose = SeenPurpose.Visit }, "chloe.patel");
        var seenInTime = await app.ChildAsync("amara.okafor", referredOn: SecondFebruary);
        await app.OnPlanAsync(seenInTime, TwentyThirdFebruary);
        await app.RecordAsync(new ChildSeen { On = new DateOnly(2026, 3, 5), ChildId = seenInTime.Id, Purpose = SeenPurpose.Visit });

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("isla.morgan"), "/not-seen");

        var row = page.QuerySelector($"#not-seen tr[data-child='{notSeen.Id}']")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("22", cells[1]);
        Assert.Equal("Not seen since the plan started", cells[2]);
        Assert.Equal("2 Mar 2026", cells[3]);
        Assert.Equal("Amara Okafor", cells[4]);
        Assert.Equal("North Child Protection Team", cells[5]);
        Assert.Equal("Not seen", row.QuerySelector(".govuk-tag")!.TextContent.Trim());
        var late = page.QuerySelector($"#not-seen tr[data-child='{seenLate.Id}']")!;
        Assert.Equal("Seen late", late.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("South Child Protection Team", late.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"#not-seen tr[data-child='{seenInTime.Id}']"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_earlier_week_is_listed_as_it_stood_then_and_the_list_downloads_as_csv(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", referredOn: SecondFebruary);
        await app.OnPlanAsync(child, SixteenthFebruary);
        var senior = await app.SignedInAsync("isla.morgan");

        var before = await Forms.GetDocumentAsync(senior, "/not-seen?AsOf.Day=2&AsOf.Month=3&AsOf.Year=2026");
        var after = await Forms.GetDocumentAsync(senior, "/not-seen?AsOf.Day=3&AsOf.Month=3&AsOf.Year=2026");
        var csv = await senior.GetAsync("/not-seen.csv?asOf=2026-03-03");

        Assert.Null(before.QuerySelector($"#not-seen tr[data-child='{child.Id}']"));
        Assert.Equal("15", after.QuerySelector($"#not-seen tr[data-child='{child.Id}'] td:nth-child(2)")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("children-not-seen-2026-03-03.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Child,Reference,Days since last seen,Last seen,Visit due,Seen late on,Lead social worker,Team", lines[0]);
        Assert.Contains($"{child.Name},{child.Reference},15,,2026-03-02,,Amara Okafor,North Child Protection Team", lines);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_week_that_is_not_a_real_date_is_explained_and_only_senior_managers_see_the_list(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var senior = await app.SignedInAsync("isla.morgan");

        var page = await Forms.GetDocumentAsync(senior, "/not-seen?AsOf.Day=31&AsOf.Month=2&AsOf.Year=2026");

        Assert.Equal([("#AsOf", "The last day of the week must be a real date")], Forms.ErrorSummary(page));
        Assert.Equal(HttpStatusCode.BadRequest, (await senior.GetAsync("/not-seen.csv?asOf=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("daniel.reid")).GetAsync("/not-seen")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("amara.okafor")).GetAsync("/not-seen.csv")).StatusCode);
    }
}
