using System.Net;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;
using Safeguard.Web.Tests.WorkLists;

namespace Safeguard.Web.Tests.Api;

public sealed class ApiNotSeenTests
{
    // Plans see the child every 10 working days: a plan started on Monday 16 February wanted a visit by 2 March.
    private static readonly DateOnly SecondFebruary = new(2026, 2, 2);
    private static readonly DateOnly SixteenthFebruary = new(2026, 2, 16);

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_child_not_seen_is_listed_as_of_today_and_as_of_an_earlier_day_as_on_the_page(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", referredOn: SecondFebruary);
        await app.OnPlanAsync(child, SixteenthFebruary);
        var senior = await app.SignedInAsync("isla.morgan");

        var today = await (await senior.GetApiAsync("/api/not-seen")).JsonAsync();
        var earlier = await (await senior.GetApiAsync("/api/not-seen?asOf=2026-03-03")).JsonAsync();
        var before = await (await senior.GetApiAsync("/api/not-seen?asOf=2026-03-02")).JsonAsync();
        var page = await Forms.GetDocumentAsync(senior, "/not-seen?AsOf.Day=3&AsOf.Month=3&AsOf.Year=2026");

        Assert.Equal("2026-03-10", today.GetProperty("asOf").GetString());
        Assert.Equal("2026-03-04", today.GetProperty("weekStart").GetString());
        var row = today.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("childId").GetInt64() == child.Id);
        Assert.Equal(22, row.GetProperty("daysSinceLastSeen").GetInt32());
        Assert.Equal("2026-03-02", row.GetProperty("visitDue").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("lastSeen").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("seenLate").ValueKind);
        Assert.Equal("Amara Okafor", row.GetProperty("leadWorker").GetString());
        Assert.Equal("North Child Protection Team", row.GetProperty("team").GetString());
        var then = earlier.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("childId").GetInt64() == child.Id);
        Assert.Equal(15, then.GetProperty("daysSinceLastSeen").GetInt32());
        Assert.Equal("15", page.QuerySelector($"#not-seen tr[data-child='{child.Id}'] td:nth-child(2)")!.TextContent.Trim());
        Assert.DoesNotContain(before.GetProperty("children").EnumerateArray(), c => c.GetProperty("childId").GetInt64() == child.Id);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_day_that_is_not_a_date_or_is_in_the_future_is_400_and_only_senior_managers_may_read_the_list(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var senior = await app.SignedInAsync("isla.morgan");

        foreach (var asOf in new[] { "yesterday", "2026-02-30", "10/03/2026", "2026-03-11" })
        {
            Assert.Contains("asOf", await (await senior.GetApiAsync($"/api/not-seen?asOf={asOf}")).FieldErrorAsync("asOf"), StringComparison.Ordinal);
        }

        await (await (await app.SignedInAsync("daniel.reid")).GetApiAsync("/api/not-seen")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await app.SignedInAsync("amara.okafor")).GetApiAsync("/api/not-seen")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Anonymous().GetApiAsync("/api/not-seen")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
