using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Safeguard.Data;
using Safeguard.Web.Tests.Dashboard;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Api;

public sealed class ApiDashboardTests
{
    private const string ApiPeriod = "from=2024-06-03&to=2024-08-31";
    private const string PagePeriod = "From.Day=3&From.Month=6&From.Year=2024&To.Day=31&To.Month=8&To.Year=2024";
    private static readonly DateOnly Monday = new(2024, 6, 3);

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetApiAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static int[] Referrals(JsonElement timeliness) =>
        timeliness.GetProperty("rules").EnumerateArray().Where(r => r.GetProperty("rule").GetString() == "CP_REFERRAL_DECISION")
            .Select(r => new[] { r.GetProperty("met").GetInt32(), r.GetProperty("late").GetInt32(), r.GetProperty("overdue").GetInt32(), r.GetProperty("notYetDue").GetInt32() })
            .SingleOrDefault() ?? [0, 0, 0, 0];

    private static int[] Parents(JsonElement participation, string group)
    {
        var g = participation.GetProperty("participation").GetProperty("groups").EnumerateArray().Single(p => p.GetProperty("parents").GetString() == group);
        return new[] { "expected", "invited", "notInvited", "excluded", "attended" }.Select(n => g.GetProperty(n).GetInt32()).ToArray();
    }

    private static int[] Cells(IDocument page, string selector, int count) =>
        page.QuerySelector(selector)!.QuerySelectorAll("td").Take(count).Select(c => int.Parse(c.TextContent.Trim(), CultureInfo.InvariantCulture)).ToArray();

    private static int[] Plus(int[] before, params int[] change) => before.Zip(change, (b, c) => b + c).ToArray();

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_figures_count_what_was_arranged_for_the_callers_scope_and_match_the_page(DatabaseProvider provider)
    {
        // A fresh record, so that nothing another test records changes the figures between the reads.
        var app = await Apps.FreshAsync(provider);
        try
        {
            var manager = await app.SignedInAsync("daniel.reid");
            var senior = await app.SignedInAsync("isla.morgan");
            var northBefore = await GetAsync(manager, $"/api/dashboard/timeliness?{ApiPeriod}");
            var allBefore = await GetAsync(senior, $"/api/dashboard/timeliness?{ApiPeriod}");
            var parentsBefore = await GetAsync(manager, $"/api/dashboard/participation?{ApiPeriod}");
            await app.ReferralsAndConferenceAsync(Monday);

            var north = await GetAsync(manager, $"/api/dashboard/timeliness?{ApiPeriod}");
            var all = await GetAsync(senior, $"/api/dashboard/timeliness?{ApiPeriod}");
            var parents = await GetAsync(manager, $"/api/dashboard/participation?{ApiPeriod}");
            var overdueNorth = await GetAsync(manager, "/api/dashboard/overdue-by-team");
            var overdueAll = await GetAsync(senior, "/api/dashboard/overdue-by-team");
            var managerPage = await Forms.GetDocumentAsync(manager, $"/dashboard?{PagePeriod}");
            var seniorPage = await Forms.GetDocumentAsync(senior, $"/dashboard?{PagePeriod}");

            Assert.Equal("2024-06-03", north.GetProperty("period").GetProperty("from").GetString());
            Assert.Equal("2024-08-31", north.GetProperty("period").GetProperty("to").GetString());
            Assert.Equal(JsonValueKind.Number, north.GetProperty("teamId").ValueKind);
            Assert.Equal(JsonValueKind.Null, all.GetProperty("teamId").ValueKind);
            Assert.Equal(Plus(Referrals(northBefore), 1, 1, 1, 0), Referrals(north));
            Assert.Equal(Plus(Referrals(allBefore), 1, 1, 2, 0), Referrals(all));
            Assert.Equal(parentsBefore.GetProperty("participation").GetProperty("conferences").GetInt32() + 1, parents.GetProperty("participation").GetProperty("conferences").GetInt32());
            Assert.Equal(Plus(Parents(parentsBefore, "Mothers"), 1, 1, 0, 0, 1), Parents(parents, "Mothers"));
            Assert.Equal(Plus(Parents(parentsBefore, "Fathers"), 1, 0, 1, 0, 0), Parents(parents, "Fathers"));

            Assert.Equal(Cells(managerPage, "#timeliness-table tr[data-rule='CP_REFERRAL_DECISION']", 4), Referrals(north));
            Assert.Equal(Cells(seniorPage, "#timeliness-table tr[data-rule='CP_REFERRAL_DECISION']", 4), Referrals(all));
            Assert.Equal(Cells(managerPage, "#participation-table tr[data-parents='Fathers']", 5), Parents(parents, "Fathers"));
            var northTeams = overdueNorth.GetProperty("teams").EnumerateArray().ToList();
            Assert.Equal(["North Child Protection Team"], northTeams.Select(t => t.GetProperty("team").GetString()));
            foreach (var (report, page) in new[] { (overdueNorth, managerPage), (overdueAll, seniorPage) })
            {
                var teams = report.GetProperty("teams").EnumerateArray().ToList();
                Assert.Equal(page.QuerySelectorAll("#overdue-table tbody tr").Select(r => r.GetAttribute("data-team")), teams.Select(t => t.GetProperty("team").GetString()));
                Assert.All(teams, t => Assert.Equal(Cells(page, $"#overdue-table tr[data-team='{t.GetProperty("team").GetString()}']", 1)[0], t.GetProperty("overdue").GetInt32()));
            }

            Assert.Contains(overdueAll.GetProperty("teams").EnumerateArray(), t => t.GetProperty("team").GetString() == "South Child Protection Team" && t.GetProperty("overdue").GetInt32() >= 1);
            Assert.Equal("2026-03-10", overdueAll.GetProperty("today").GetString());
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_bad_period_is_400_naming_the_parameter_and_only_managers_may_read_the_figures(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var manager = await app.SignedInAsync("daniel.reid");
        var tables = new[] { "timeliness", "participation" };

        foreach (var table in tables)
        {
            await (await manager.GetApiAsync($"/api/dashboard/{table}?from=2026-13-01")).FieldErrorAsync("from");
            await (await manager.GetApiAsync($"/api/dashboard/{table}?to=soon")).FieldErrorAsync("to");
            Assert.Contains("after", await (await manager.GetApiAsync($"/api/dashboard/{table}?from=2026-03-01&to=2026-02-01")).FieldErrorAsync("to"), StringComparison.Ordinal);
        }

        await (await manager.GetApiAsync("/api/dashboard/overdue-by-team?from=2026-01-01")).FieldErrorAsync("from");
        await (await manager.GetApiAsync("/api/dashboard/overdue-by-team?to=2026-01-01")).FieldErrorAsync("to");
        foreach (var table in tables.Append("overdue-by-team"))
        {
            await (await (await app.SignedInAsync("amara.okafor")).GetApiAsync($"/api/dashboard/{table}")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await (await app.SignedInAsync("kemi.adeyemi")).GetApiAsync($"/api/dashboard/{table}")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await app.Anonymous().GetApiAsync($"/api/dashboard/{table}")).ProblemAsync(HttpStatusCode.Unauthorized);
        }
    }
}
