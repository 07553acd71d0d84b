using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests;

public sealed class SignInTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_page_without_sign_in_sends_you_to_sign_in_and_an_api_call_gets_401(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = app.Anonymous();

        var page = await client.GetAsync("/children");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", page.Headers.Location!.ToString(), StringComparison.Ordinal);

        var api = await client.GetAsync("/api/children");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Signing_in_with_the_right_password_opens_the_start_page(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = await app.SignedInAsync("amara.okafor");

        var home = await Forms.GetDocumentAsync(client, "/");
        Assert.Contains("Welcome, Amara Okafor", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_wrong_password_is_refused_next_to_the_field_and_logged(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = app.Anonymous();

        var response = await Forms.PostAsync(client, "/sign-in", new Dictionary<string, string> { ["Email"] = "ben.hughes@northbrook.example", ["Password"] = "not-the-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal([("#Email", "Enter a correct email address and password")], Forms.ErrorSummary(page));
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "ben.hughes" && a.Action == "sign in failed"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Empty_fields_are_named_in_the_error_summary(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var response = await Forms.PostAsync(app.Anonymous(), "/sign-in", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });

        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal([("#Email", "Enter your email address"), ("#Password", "Enter your password")], Forms.ErrorSummary(page));
        Assert.Equal("Enter your email address", Forms.FieldError(page, "Email"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Five_wrong_passwords_lock_the_account(DatabaseProvider provider)
    {
        await using var app = await Apps.FreshAsync(provider);
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await Forms.PostAsync(client, "/sign-in", new Dictionary<string, string> { ["Email"] = "chloe.patel@northbrook.example", ["Password"] = "wrong-password-1A" });
        }

        var response = await Forms.PostAsync(client, "/sign-in", new Dictionary<string, string> { ["Email"] = "chloe.patel@northbrook.example", ["Password"] = Safeguard.Web.Infrastructure.DemoSeeding.Password });
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("locked", Forms.ErrorSummary(page).Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_form_posted_without_its_anti_forgery_token_is_rejected(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var response = await app.Anonymous().PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "amara.okafor@northbrook.example", ["Password"] = Safeguard.Web.Infrastructure.DemoSeeding.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
