using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;
using Safeguard.Web.Tests.WorkLists;

namespace Safeguard.Web.Tests.Api;

public sealed class ApiWorkListTests
{
    private static readonly (string Api, string Page)[] Sections = [("overdue", "overdue"), ("dueToday", "today"), ("dueThisWeek", "this-week")];

    private static string? SectionOf(JsonElement list, long childId) =>
        Sections.Select(s => s.Api).FirstOrDefault(section => Items(list, section).Any(i => i.ChildId == childId));

    private static List<(long ChildId, string Rule)> Items(JsonElement list, string section) =>
        list.GetProperty(section).GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("childId").GetInt64(), i.GetProperty("rule").GetString()!))
            .ToList();

    private static List<(long ChildId, string Rule)> Items(IDocument page, string section) =>
        page.QuerySelectorAll($"#{section}-table tbody tr")
            .Select(r => (long.Parse(r.GetAttribute("data-child")!, System.Globalization.CultureInfo.InvariantCulture), r.GetAttribute("data-rule")!))
            .ToList();

    private static async Task<long> TeamIdAsync(SafeguardApp app, string name)
    {
        await using var db = app.Database();
        return await db.Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task My_list_has_overdue_due_today_and_due_later_this_week_up_to_sunday_but_not_next_monday(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var week = await app.WeekAsync("amara.okafor");

        var mine = await (await (await app.SignedInAsync("amara.okafor")).GetApiAsync("/api/work/mine")).JsonAsync();
        var colleague = await (await (await app.SignedInAsync("ben.hughes")).GetApiAsync("/api/work/mine")).JsonAsync();

        Assert.Equal("2026-03-10", mine.GetProperty("today").GetString());
        Assert.Equal("2026-03-15", mine.GetProperty("endOfWeek").GetString());
        Assert.Equal("overdue", SectionOf(mine, week.Overdue.Id));
        Assert.Equal("dueToday", SectionOf(mine, week.Today.Id));
        Assert.Equal("dueThisWeek", SectionOf(mine, week.ThisWeek.Id));
        Assert.Null(SectionOf(mine, week.NextWeek.Id));
        Assert.Null(SectionOf(colleague, week.Overdue.Id));
        var item = mine.GetProperty("overdue").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("childId").GetInt64() == week.Overdue.Id);
        Assert.Equal("CP_REFERRAL_DECISION", item.GetProperty("rule").GetString());
        Assert.Equal("Decide what to do with a referral within 1 working day", item.GetProperty("ruleName").GetString());
        Assert.Equal("2026-03-09", item.GetProperty("due").GetString());
        Assert.Equal("overdue", item.GetProperty("status").GetString());
        Assert.Equal(week.Overdue.Name, item.GetProperty("childName").GetString());
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_team_list_is_the_callers_own_team_and_senior_managers_choose_one(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var north = await app.WeekAsync("amara.okafor");
        var south = await app.WeekAsync("chloe.patel");
        var southId = await TeamIdAsync(app, "South Child Protection Team");

        var northManager = await (await (await app.SignedInAsync("daniel.reid")).GetApiAsync("/api/work/team")).JsonAsync();
        var southWorker = await (await (await app.SignedInAsync("chloe.patel")).GetApiAsync("/api/work/team")).JsonAsync();
        var senior = await (await (await app.SignedInAsync("isla.morgan")).GetApiAsync($"/api/work/team?team={southId}")).JsonAsync();
        var chair = await (await (await app.SignedInAsync("farah.khan")).GetApiAsync($"/api/work/team?team={southId}")).JsonAsync();

        Assert.Equal("North Child Protection Team", northManager.GetProperty("team").GetString());
        Assert.Equal("overdue", SectionOf(northManager.GetProperty("list"), north.Overdue.Id));
        Assert.Equal("dueThisWeek", SectionOf(northManager.GetProperty("list"), north.ThisWeek.Id));
        Assert.Null(SectionOf(northManager.GetProperty("list"), south.Overdue.Id));
        Assert.Null(SectionOf(southWorker.GetProperty("list"), north.Overdue.Id));
        foreach (var chosen in new[] { senior, chair })
        {
            Assert.Equal(southId, chosen.GetProperty("teamId").GetInt64());
            Assert.Equal("overdue", SectionOf(chosen.GetProperty("list"), south.Overdue.Id));
            Assert.Null(SectionOf(chosen.GetProperty("list"), south.NextWeek.Id));
            Assert.Null(SectionOf(chosen.GetProperty("list"), north.Overdue.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_api_and_the_pages_list_the_same_duties_in_the_same_sections(DatabaseProvider provider)
    {
        // A fresh record, so that nothing another test records lands between the two reads.
        var app = await Apps.FreshAsync(provider);
        try
        {
            await app.WeekAsync("amara.okafor");
            await app.WeekAsync("chloe.patel");
            var southId = await TeamIdAsync(app, "South Child Protection Team");
            var amara = await app.SignedInAsync("amara.okafor");
            var daniel = await app.SignedInAsync("daniel.reid");
            var isla = await app.SignedInAsync("isla.morgan");
            var pairs = new (HttpClient Client, string Api, string Page, bool Team)[]
            {
                (amara, "/api/work/mine", "/work", false),
                (daniel, "/api/work/team", "/work/team", true),
                (isla, $"/api/work/team?team={southId}", $"/work/team?team={southId}", true),
            };

            foreach (var (client, api, pageUrl, team) in pairs)
            {
                var json = await (await client.GetApiAsync(api)).JsonAsync();
                var list = team ? json.GetProperty("list") : json;
                var page = await Forms.GetDocumentAsync(client, pageUrl);
                foreach (var (apiSection, pageSection) in Sections)
                {
                    Assert.Equal(Items(page, pageSection), Items(list, apiSection));
                }

                Assert.NotEmpty(Items(list, "overdue"));
            }
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_team_that_is_not_one_is_400_another_team_is_403_for_a_team_manager_and_other_roles_are_403(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var southId = await TeamIdAsync(app, "South Child Protection Team");
        var senior = await app.SignedInAsync("isla.morgan");
        var northManager = await app.SignedInAsync("daniel.reid");

        Assert.Contains("team", await (await senior.GetApiAsync("/api/work/team?team=south")).FieldErrorAsync("team"), StringComparison.Ordinal);
        Assert.Contains("no team", await (await senior.GetApiAsync("/api/work/team?team=987654321")).FieldErrorAsync("team"), StringComparison.Ordinal);
        await (await northManager.GetApiAsync("/api/work/team?team=-1")).FieldErrorAsync("team");
        await (await northManager.GetApiAsync($"/api/work/team?team={southId}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await app.SignedInAsync("kemi.adeyemi")).GetApiAsync("/api/work/mine")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await app.SignedInAsync("grace.lee")).GetApiAsync("/api/work/team")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Anonymous().GetApiAsync("/api/work/team")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
