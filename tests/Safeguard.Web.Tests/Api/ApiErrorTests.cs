using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Api;

public sealed class ApiErrorTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Bad_fact_bodies_are_400_naming_the_property_and_nothing_is_recorded(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var other = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/api/children/{child.Id}/facts";

        var malformed = await (await client.PostJsonAsync(url, """{"type":"child-seen","on":""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The request body is not valid JSON", malformed.GetProperty("title").GetString());
        Assert.Contains("type", await (await client.PostJsonAsync(url, """{"on":"2026-03-10"}""")).FieldErrorAsync("type"), StringComparison.Ordinal);
        Assert.Contains("'made-up' cannot be recorded here", await (await client.PostJsonAsync(url, """{"type":"made-up","on":"2026-03-10"}""")).FieldErrorAsync("type"), StringComparison.Ordinal);
        Assert.Contains("cannot be recorded here", await (await client.PostJsonAsync(url, """{"type":"complaint-acknowledged","on":"2026-03-10","complaintId":1}""")).FieldErrorAsync("type"), StringComparison.Ordinal);
        Assert.Contains("visit, section-47, assessment", await (await client.PostJsonAsync(url, """{"type":"child-seen","on":"2026-03-10"}""")).FieldErrorAsync("purpose"), StringComparison.Ordinal);
        Assert.Contains("visit, section-47, assessment", await (await client.PostJsonAsync(url, """{"type":"child-seen","on":"2026-03-10","purpose":"party"}""")).FieldErrorAsync("purpose"), StringComparison.Ordinal);
        Assert.Contains("true or false", await (await client.PostJsonAsync(url, """{"type":"child-seen","on":"2026-03-10","purpose":"visit","alone":"yes"}""")).FieldErrorAsync("alone"), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", await (await client.PostJsonAsync(url, """{"type":"child-seen","on":"10/03/2026","purpose":"visit"}""")).FieldErrorAsync("on"), StringComparison.Ordinal);
        Assert.Contains("not a property", await (await client.PostJsonAsync(url, """{"type":"child-seen","on":"2026-03-10","purpose":"visit","alnoe":true}""")).FieldErrorAsync("alnoe"), StringComparison.Ordinal);
        Assert.Contains("must be today or in the past", await (await client.PostJsonAsync(url, """{"type":"child-seen","on":"2026-03-11","purpose":"visit"}""")).FieldErrorAsync("on"), StringComparison.Ordinal);
        Assert.Contains($"must be {child.Id}", await (await client.PostJsonAsync(url, $$"""{"type":"child-seen","on":"2026-03-10","purpose":"visit","childId":{{other.Id}}}""")).FieldErrorAsync("childId"), StringComparison.Ordinal);
        Assert.Contains("why", await (await client.PostJsonAsync(url, """{"type":"child-seen","on":"2026-03-10","purpose":"visit","supersedes":1}""")).FieldErrorAsync("correctionReason"), StringComparison.Ordinal);
        var malformedArray = await (await client.PostJsonAsync(url, "[1,2]")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The request body must be a JSON object", malformedArray.GetProperty("title").GetString());

        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.ChildId == child.Id && f.Type == "child-seen"));
        Assert.False(await db.Facts.AnyAsync(f => f.ChildId == other.Id && f.Type == "child-seen"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_services_rejection_is_400_with_the_field_named_as_in_the_json(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");

        var notAnAdult = await client.PostJsonAsync($"/api/children/{child.Id}/facts", $$"""{"type":"parent-consulted","on":"2026-03-10","personId":{{child.Worker}},"purpose":"section-47"}""");
        Assert.Equal("This person must be an adult.", await notAnAdult.FieldErrorAsync("personId"));

        var noEnquiry = await client.PostJsonAsync($"/api/children/{child.Id}/facts", """{"type":"section-47-completed","on":"2026-03-10","outcome":"conference"}""");
        Assert.Contains("no section 47 enquiry open", await noEnquiry.FieldErrorAsync("childId"), StringComparison.Ordinal);

        var noReference = await client.PostJsonAsync($"/api/children/{child.Id}/meetings", """{"type":"core-group-scheduled","on":"2026-03-10","date":"2026-03-20"}""");
        Assert.Equal("Enter a reference for the new record.", await noReference.FieldErrorAsync("reference"));

        var wrongSupersedes = await client.PostJsonAsync($"/api/children/{child.Id}/facts", """{"type":"visit-no-access","on":"2026-03-10","supersedes":999999999,"correctionReason":"wrong"}""");
        Assert.Contains("no entry 999999999", await wrongSupersedes.FieldErrorAsync("supersedes"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_new_child_with_a_future_birth_date_or_missing_name_is_400(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = await app.SignedInAsync("amara.okafor");

        Assert.Contains("today or in the past", await (await client.PostJsonAsync("/api/children", """{"name":"Future","reference":"FUT-1","dateOfBirth":"2026-04-01"}""")).FieldErrorAsync("dateOfBirth"), StringComparison.Ordinal);
        Assert.Contains("Enter name", await (await client.PostJsonAsync("/api/children", """{"reference":"FUT-2","dateOfBirth":"2020-04-01"}""")).FieldErrorAsync("name"), StringComparison.Ordinal);
        Assert.Contains("own team", await (await client.PostJsonAsync("/api/children", """{"name":"Elsewhere","reference":"FUT-3","dateOfBirth":"2020-04-01","team":"South Child Protection Team"}""")).FieldErrorAsync("team"), StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.False(await db.People.AnyAsync(p => p.Reference.StartsWith("FUT-")));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_form_post_is_415_and_changes_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["type"] = "visit-no-access", ["on"] = "2026-03-10" });
        var response = await client.PostAsync($"/api/children/{child.Id}/facts", form);

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        using var text = new StringContent("""{"type":"visit-no-access","on":"2026-03-10"}""", System.Text.Encoding.UTF8, "text/plain");
        await (await client.PostAsync($"/api/children/{child.Id}/facts", text)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.ChildId == child.Id && f.Type == "visit-no-access"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Unknown_addresses_and_methods_are_problem_details(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = await app.SignedInAsync("amara.okafor");

        await (await client.GetApiAsync("/api/nothing-here")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetApiAsync("/api/children/999999999")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync("/api/children/1")).ProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
