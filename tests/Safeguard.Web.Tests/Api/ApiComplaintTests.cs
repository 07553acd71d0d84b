using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Web.Tests.Authorisation;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Api;

public sealed class ApiComplaintTests
{
    private const string Manager = "harry.evans";

    private static async Task<(long Id, long[] Points)> RegisterAsync(HttpClient client, ArrangedChild child, string reference)
    {
        var response = await client.PostJsonAsync("/api/complaints", $$"""
            {"type":"complaint-received","on":"2026-03-02","complainantId":{{child.Mother}},"childId":{{child.Id}},"receivedVia":"email","standing":"parent",
             "points":[{"reference":"P1","summary":"Visits were missed"},{"reference":"P2","summary":"Letters were late"}],"reference":"{{reference}}"}
            """);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("complaintId").GetInt64();
        Assert.Equal($"/api/complaints/{id}", response.Headers.Location?.ToString());
        var complaint = await (await client.GetApiAsync($"/api/complaints/{id}")).JsonAsync();
        return (id, complaint.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).ToArray());
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string url, string json)
    {
        var response = await client.PostJsonAsync(url, json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_complaint_is_registered_taken_through_stage_1_with_a_remedy_and_an_action_and_read_back(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync();
        var client = await app.SignedInAsync(Manager);
        var (id, points) = await RegisterAsync(client, child, $"{child.Reference}-API");
        var facts = $"/api/complaints/{id}/facts";

        await CreatedAsync(client, facts, """{"type":"complaint-acknowledged","on":"2026-03-03"}""");
        await CreatedAsync(client, facts, """{"type":"stage-1-extended","on":"2026-03-04","reason":"The worker is away"}""");
        var partial = await client.PostJsonAsync(facts, $$"""{"type":"stage-1-response-sent","on":"2026-03-09","outcomes":{"{{points[0]}}":"upheld"} }""");
        var refused = await partial.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("CX_RESPONSE_ALL_POINTS", refused.GetProperty("rule").GetString());
        await CreatedAsync(client, facts, $$"""{"type":"stage-1-response-sent","on":"2026-03-09","outcomes":{"{{points[0]}}":"upheld","{{points[1]}}":"partly-upheld"} }""");
        var remedy = (await CreatedAsync(client, facts, """{"type":"remedy-agreed","on":"2026-03-09","kind":"payment","amount":100,"due":"2026-03-20","reference":"R-API-1"}""")).GetProperty("newId").GetInt64();
        await CreatedAsync(client, $"/api/remedies/{remedy}/facts", """{"type":"remedy-delivered","on":"2026-03-10"}""");
        var action = (await CreatedAsync(client, "/api/actions", $$"""{"type":"action-agreed","on":"2026-03-09","complaintId":{{id}},"text":"Book every visit","ownerDescription":"Team manager","due":"2026-04-09","measure":"No missed visits","reference":"{{child.Reference}}-ACT"}""")).GetProperty("newId").GetInt64();
        await CreatedAsync(client, $"/api/actions/{action}/facts", """{"type":"action-completed","on":"2026-03-10","evidence":"Visit schedule checked"}""");

        var complaint = await (await client.GetApiAsync($"/api/complaints/{id}")).JsonAsync();
        Assert.Equal("Stage 1: response sent", complaint.GetProperty("stage").GetString());
        Assert.Equal(["upheld", "partly-upheld"], complaint.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("outcome").GetString()));
        var stage1 = complaint.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("rule").GetString() == "CX_STAGE1_RESPONSE");
        Assert.Equal("met", stage1.GetProperty("status").GetString());
        Assert.Contains("extended", stage1.GetProperty("counting").GetString(), StringComparison.Ordinal);
        Assert.Contains(complaint.GetProperty("duties").EnumerateArray(), d => d.GetProperty("rule").GetString() == "CX_REMEDY_OVERDUE" && d.GetProperty("status").GetString() == "met");
        Assert.Contains(complaint.GetProperty("duties").EnumerateArray(), d => d.GetProperty("rule").GetString() == "CX_ACTION_OVERDUE" && d.GetProperty("status").GetString() == "met");

        var list = await (await client.GetApiAsync("/api/complaints")).JsonAsync();
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id && c.GetProperty("reference").GetString() == $"{child.Reference}-API");
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Bad_requests_name_the_field_and_change_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync();
        var client = await app.SignedInAsync(Manager);
        var (id, points) = await RegisterAsync(client, child, $"{child.Reference}-BAD");
        var facts = $"/api/complaints/{id}/facts";
        int before;
        await using (var db = app.Database())
        {
            before = await db.Facts.CountAsync(f => f.ComplaintId == id);
        }

        await (await client.PostJsonAsync("/api/complaints", $$"""{"type":"complaint-received","on":"2026-03-02","complainantId":{{child.Mother}},"points":[{"reference":"P1","summary":"x"}]}""")).FieldErrorAsync("reference");
        await (await client.PostJsonAsync("/api/complaints", $$"""{"type":"complaint-received","on":"2026-03-02","complainantId":{{child.Mother}},"points":[],"reference":"{{child.Reference}}-NONE"}""")).FieldErrorAsync("points");
        await (await client.PostJsonAsync(facts, """{"type":"stage-2-adjudication-sent","on":"2026-03-09","outcomes":{}}""")).FieldErrorAsync("complaintId");
        await (await client.PostJsonAsync(facts, """{"type":"stage-1-response-sent","on":"2026-03-09","outcomes":{"987654321":"upheld"} }""")).FieldErrorAsync("outcomes");
        await (await client.PostJsonAsync(facts, """{"type":"complaint-acknowledged","on":"2026-03-03","reference":"X1"}""")).FieldErrorAsync("reference");
        await (await client.PostJsonAsync(facts, """{"type":"point-excluded","on":"2026-03-03","pointId":987654321,"reason":"Court matter"}""")).FieldErrorAsync("pointId");
        await (await client.PostJsonAsync(facts, """{"type":"complaint-acknowledged","on":"2027-01-01"}""")).FieldErrorAsync("on");
        await (await client.PostJsonAsync(facts, $$"""{"type":"complaint-acknowledged","on":"2026-03-03","complaintId":{{id + 1}}}""")).FieldErrorAsync("complaintId");
        await (await client.PostJsonAsync(facts, """{"type":"referral-received","on":"2026-03-03"}""")).FieldErrorAsync("type");
        using (var text = new StringContent("{}", Encoding.UTF8, "text/plain"))
        {
            await (await client.PostAsync(facts, text)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        }

        await (await client.GetApiAsync("/api/complaints/987654321")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostJsonAsync("/api/complaints/987654321/facts", """{"type":"complaint-acknowledged","on":"2026-03-03"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostJsonAsync("/api/actions/987654321/facts", """{"type":"action-completed","on":"2026-03-03","evidence":"x"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostJsonAsync("/api/remedies/987654321/facts", """{"type":"remedy-delivered","on":"2026-03-03"}""")).ProblemAsync(HttpStatusCode.NotFound);
        var officer = await app.SignedInAsync("liam.ford");
        await (await officer.PostJsonAsync(facts, """{"type":"complaint-acknowledged","on":"2026-03-03"}""")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await app.SignedInAsync("amara.okafor")).GetApiAsync("/api/complaints")).ProblemAsync(HttpStatusCode.Forbidden);

        await using (var db = app.Database())
        {
            Assert.Equal(before, await db.Facts.CountAsync(f => f.ComplaintId == id));
        }

        Assert.Equal(2, points.Length);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_independent_person_lists_and_opens_only_the_complaint_they_are_appointed_to(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync();
        var client = await app.SignedInAsync(Manager);
        var account = await AccessArrange.NewAccountAsync(app, StaffRoles.IndependentPerson, "Independent Person");
        long person;
        await using (var db = app.Database())
        {
            person = await db.Users.Where(u => u.UserName == account).Select(u => u.PersonId!.Value).SingleAsync();
        }

        var (appointed, points) = await RegisterAsync(client, child, $"{child.Reference}-IP1");
        var (other, _) = await RegisterAsync(client, child, $"{child.Reference}-IP2");
        var facts = $"/api/complaints/{appointed}/facts";
        await CreatedAsync(client, facts, $$"""{"type":"stage-1-response-sent","on":"2026-03-03","outcomes":{"{{points[0]}}":"not-upheld","{{points[1]}}":"not-upheld"} }""");
        await CreatedAsync(client, facts, """{"type":"stage-2-requested","on":"2026-03-04"}""");
        await CreatedAsync(client, facts, $$"""{"type":"stage-2-statement-agreed","on":"2026-03-05","independentPersonId":{{person}}}""");

        var independent = await app.SignedInAsync(account);
        var list = await (await independent.GetApiAsync("/api/complaints")).JsonAsync();

        Assert.Equal([appointed], list.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, (await independent.GetApiAsync($"/api/complaints/{appointed}")).StatusCode);
        await (await independent.GetApiAsync($"/api/complaints/{other}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await independent.GetApiAsync("/api/complaints/due")).ProblemAsync(HttpStatusCode.Forbidden);
        var due = await (await client.GetApiAsync("/api/complaints/due")).JsonAsync();
        Assert.Contains(due.EnumerateArray(), d => d.GetProperty("complaintId").GetInt64() == other && d.GetProperty("duty").GetProperty("rule").GetString() == "CX_STAGE1_RESPONSE");
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_openapi_document_describes_the_complaint_endpoints(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = await app.SignedInAsync(Manager);

        var paths = (await (await client.GetApiAsync("/api/openapi/v1.json")).JsonAsync()).GetProperty("paths");

        foreach (var path in (string[])["/api/complaints", "/api/complaints/{id}", "/api/complaints/due", "/api/complaints/dashboard/{table}", "/api/complaints/{id}/facts", "/api/actions", "/api/actions/{id}/facts", "/api/remedies/{id}/facts"])
        {
            Assert.True(paths.TryGetProperty(path, out _), $"No {path} in the OpenAPI document");
        }

        var step = paths.GetProperty("/api/complaints/{id}/facts").GetProperty("post");
        Assert.Contains("`stage-1-response-sent`", step.GetProperty("description").GetString(), StringComparison.Ordinal);
        foreach (var status in (string[])["201", "400", "403", "404", "409", "415"])
        {
            Assert.True(step.GetProperty("responses").TryGetProperty(status, out _), $"No {status} on POST /api/complaints/{{id}}/facts");
        }
    }
}
