using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;
using Safeguard.Web.Tests.Meetings;
using UglyToad.PdfPig;

namespace Safeguard.Web.Tests.Letters;

public sealed class LetterTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_invitation_is_produced_recorded_listed_and_downloaded_as_a_pdf_naming_the_child(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        var client = await app.SignedInAsync("grace.lee");
        var url = $"/children/{child.Id}/letters/new?meeting={meeting}";

        var response = await Forms.PostAsync(client, url, new Dictionary<string, string> { ["Meeting"] = $"{meeting}", ["Kind"] = "invitation", ["To"] = $"{child.Mother}" }, $"/children/{child.Id}/letters/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await Forms.GetDocumentAsync(client, $"/children/{child.Id}/letters");
        var table = list.GetElementById("letters")!.TextContent;
        Assert.Contains("Conference invitation", table, StringComparison.Ordinal);
        Assert.Contains($"Mother of {child.Name}", table, StringComparison.Ordinal);
        Assert.Contains("10 Mar 2026", table, StringComparison.Ordinal);
        var download = list.QuerySelector("#letters a")!.GetAttribute("href")!;

        var pdf = await client.GetAsync(download);

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        using var document = PdfDocument.Open(bytes);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains(child.Name, text, StringComparison.Ordinal);
        Assert.Contains($"Dear Mother of {child.Name}", text, StringComparison.Ordinal);
        Assert.Contains("Northbrook Borough Council", text, StringComparison.Ordinal);
        await using var db = app.Database();
        var sent = await db.Facts.SingleAsync(f => f.ChildId == child.Id && f.Type == "letter-sent");
        Assert.Equal($"/letters/{sent.Id}", download);
        Assert.Equal("grace.lee", sent.RecordedBy);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "grace.lee" && a.Action == "view letter" && a.Subject == $"child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_letter_that_would_reach_a_restricted_person_is_refused_and_the_safe_route_is_offered(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var idva = await app.AdultAsync($"IDVA for {child.Name}");
        await app.RecordAsync(new ParentExcluded { On = SafeguardApp.Today, ChildId = child.Id, PersonId = child.Father, From = ExclusionScope.Meetings, Reason = "Risk to the mother" });
        await app.RecordAsync(new ContactRestrictionRecorded { On = SafeguardApp.Today, PersonId = child.Father, Protects = [child.Mother, child.Id], ViaId = idva });
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/letters/new";

        var response = await Forms.PostAsync(client, $"{url}?meeting={meeting}", new Dictionary<string, string> { ["Meeting"] = $"{meeting}", ["Kind"] = "invitation", ["To"] = $"{child.Father}" }, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("This letter cannot be sent", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains($"Father of {child.Name}", page.GetElementById("refusal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("excluded from the child's meetings", page.GetElementById("refusal")!.TextContent, StringComparison.Ordinal);
        var safeRoute = page.QuerySelector("main form button")!;
        Assert.Equal($"Send it to IDVA for {child.Name} instead", safeRoute.TextContent.Trim());
        await using (var db = app.Database())
        {
            Assert.False(await db.Facts.AnyAsync(f => f.ChildId == child.Id && f.Type == "letter-sent"));
        }

        var fields = page.QuerySelectorAll("main form input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var viaRoute = await Forms.PostAsync(client, $"{url}?meeting={meeting}", fields, url);

        Assert.Equal(HttpStatusCode.Redirect, viaRoute.StatusCode);
        await using var after = app.Database();
        var sent = Safeguard.Facts.FactJson.Deserialize(await after.Facts.Where(f => f.ChildId == child.Id && f.Type == "letter-sent").Select(f => f.Payload).SingleAsync());
        Assert.Equal([idva], Assert.IsType<Safeguard.Correspondence.LetterSent>(sent).To);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_letter_form_says_what_is_missing_and_offers_only_the_letters_a_meeting_can_have(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/letters/new";

        var form = await Forms.GetDocumentAsync(client, $"{url}?meeting={meeting}");
        Assert.Equal(["invitation", "report"], form.QuerySelectorAll("input[name=Kind]").Select(i => i.GetAttribute("value") ?? "").ToList());

        var empty = await Forms.ParseAsync(await (await Forms.PostAsync(client, $"{url}?meeting={meeting}", new Dictionary<string, string> { ["Meeting"] = $"{meeting}" }, url)).Content.ReadAsStringAsync());
        Assert.Equal("Select which letter to produce", Forms.FieldError(empty, "Kind"));
        Assert.Equal("Select who the letter is to", Forms.FieldError(empty, "To"));

        var minutes = await Forms.ParseAsync(await (await Forms.PostAsync(client, $"{url}?meeting={meeting}", new Dictionary<string, string> { ["Meeting"] = $"{meeting}", ["Kind"] = "minutes", ["To"] = $"{child.Mother}" }, url)).Content.ReadAsStringAsync());
        Assert.Equal("Select which letter to produce", Forms.FieldError(minutes, "Kind"));

        var noMeeting = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, [], url)).Content.ReadAsStringAsync());
        Assert.Equal([("#Meeting", "Select the meeting the letter is about")], Forms.ErrorSummary(noMeeting));
        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.ChildId == child.Id && f.Type == "letter-sent"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Letters_are_closed_to_other_teams_and_to_roles_that_do_not_send_them(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        await Forms.PostAsync(await app.SignedInAsync("amara.okafor"), $"/children/{child.Id}/letters/new?meeting={meeting}", new Dictionary<string, string> { ["Meeting"] = $"{meeting}", ["Kind"] = "report", ["To"] = $"{child.Father}" }, $"/children/{child.Id}/letters/new");
        await using var db = app.Database();
        var letter = await db.Facts.Where(f => f.ChildId == child.Id && f.Type == "letter-sent").Select(f => f.Id).SingleAsync();
        var other = await app.SignedInAsync("chloe.patel");

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/children/{child.Id}/letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/children/{child.Id}/letters/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/letters/{letter}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("isla.morgan")).GetAsync($"/children/{child.Id}/letters/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("isla.morgan")).GetAsync($"/letters/{letter}")).StatusCode);
    }
}
