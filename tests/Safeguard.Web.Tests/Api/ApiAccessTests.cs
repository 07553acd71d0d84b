using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Api;

public sealed class ApiAccessTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Without_sign_in_every_endpoint_is_401_problem_details(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        string[] urls =
        [
            "/api/children", "/api/children/1", "/api/children/1/chronology", "/api/work/mine", "/api/work/team", "/api/meetings/1", "/api/not-seen",
            "/api/dashboard/timeliness", "/api/dashboard/participation", "/api/dashboard/overdue-by-team", "/api/openapi/v1.json",
        ];
        foreach (var url in urls)
        {
            await (await client.GetApiAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await client.PostJsonAsync("/api/children/1/facts", """{"type":"visit-no-access","on":"2026-03-10"}""")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_role_without_access_and_a_child_in_another_team_are_403(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var auditor = await app.SignedInAsync("kemi.adeyemi");
        var south = await app.SignedInAsync("chloe.patel");
        var support = await app.SignedInAsync("grace.lee");

        await (await auditor.GetApiAsync($"/api/children/{child.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await auditor.GetApiAsync("/api/children")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await auditor.PostJsonAsync($"/api/children/{child.Id}/facts", """{"type":"visit-no-access","on":"2026-03-10"}""")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await south.GetApiAsync($"/api/children/{child.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await south.GetApiAsync($"/api/children/{child.Id}/duties")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await south.PostJsonAsync($"/api/children/{child.Id}/facts", """{"type":"visit-no-access","on":"2026-03-10"}""")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await support.PostJsonAsync($"/api/children/{child.Id}/facts", """{"type":"visit-no-access","on":"2026-03-10"}""")).ProblemAsync(HttpStatusCode.Forbidden);

        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.ChildId == child.Id && f.Type == "visit-no-access"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "chloe.patel" && a.Action == "view child record refused" && a.Subject == $"child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_search_lists_only_visible_children_and_reads_are_audited(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var north = await app.ChildAsync("amara.okafor", name: $"Api North {marker}");
        var south = await app.ChildAsync("chloe.patel", name: $"Api South {marker}");
        var client = await app.SignedInAsync("amara.okafor");

        var list = await (await client.GetApiAsync($"/api/children?q={marker}")).JsonAsync();

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(north.Id, Assert.Single(list.GetProperty("children").EnumerateArray()).GetProperty("id").GetInt64());
        Assert.DoesNotContain(south.Name, list.ToString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetApiAsync($"/api/children/{north.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetApiAsync($"/api/children/{north.Id}/duties")).StatusCode);
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "amara.okafor" && a.Action == "view child record" && a.Subject == $"child:{north.Id}"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "amara.okafor" && a.Action == "view child duties" && a.Subject == $"child:{north.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_openapi_document_lists_every_api_path_and_needs_sign_in(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = await app.SignedInAsync("kemi.adeyemi");

        var response = await client.GetApiAsync("/api/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        string[] expected =
        [
            "/api/children", "/api/children/{id}", "/api/children/{id}/people", "/api/children/{id}/facts", "/api/children/{id}/duties",
            "/api/children/{id}/facts/{factId}", "/api/children/{id}/meetings", "/api/meetings/{id}", "/api/meetings/{id}/facts",
            "/api/meetings/{id}/facts/{factId}", "/api/work/mine", "/api/work/team", "/api/children/{id}/chronology", "/api/not-seen",
            "/api/dashboard/timeliness", "/api/dashboard/participation", "/api/dashboard/overdue-by-team",
            "/api/complaints", "/api/complaints/{id}", "/api/complaints/due", "/api/complaints/dashboard/{table}", "/api/complaints/{id}/facts",
            "/api/actions", "/api/actions/{id}/facts", "/api/remedies/{id}/facts",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
        var recordFact = document.GetProperty("paths").GetProperty("/api/children/{id}/facts").GetProperty("post");
        Assert.Contains("`child-seen`", recordFact.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(recordFact.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        foreach (var status in new[] { "201", "400", "401", "403", "404", "409", "415" })
        {
            Assert.True(recordFact.GetProperty("responses").TryGetProperty(status, out _), $"No {status} response documented.");
        }

        foreach (var read in new[] { "/api/work/team", "/api/not-seen", "/api/dashboard/timeliness", "/api/dashboard/participation", "/api/dashboard/overdue-by-team" })
        {
            var responses = document.GetProperty("paths").GetProperty(read).GetProperty("get").GetProperty("responses");
            Assert.All(new[] { "200", "400", "401", "403" }, status => Assert.True(responses.TryGetProperty(status, out _), $"{read}: no {status} response documented."));
        }

        var mine = document.GetProperty("paths").GetProperty("/api/work/mine").GetProperty("get").GetProperty("description").GetString();
        Assert.Contains("up to and including Sunday", mine, StringComparison.Ordinal);
    }
}
