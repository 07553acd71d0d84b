using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests.Account;

public sealed class SignInPageTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task The_sign_in_page_is_accessible()
    {
        await Page.GotoAsync("/sign-in");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Safeguard", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_page_asks_for_sign_in_and_returns_to_it_afterwards()
    {
        await Page.GotoAsync("/children");
        Assert.Equal("/sign-in", new Uri(Page.Url).AbsolutePath);

        await Page.GetByLabel("Email address").FillAsync("amara.okafor@northbrook.example");
        await Page.GetByLabel("Password").FillAsync(Safeguard.Web.Infrastructure.DemoSeeding.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Find a child", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_focused_and_the_page_stays_accessible()
    {
        await Page.GotoAsync("/sign-in");
        await Page.GetByLabel("Email address").FillAsync("kemi.adeyemi@northbrook.example");
        await Page.GetByLabel("Password").FillAsync("not-the-password-2026");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = Page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        var error = summary.GetByRole(AriaRole.Link, new() { Name = "Enter a correct email address and password" });
        await Assertions.Expect(error).ToHaveAttributeAsync("href", "#Email");
        await Assertions.Expect(Page.Locator("#Email-error")).ToContainTextAsync("Enter a correct email address and password");
        await Assertions.Expect(Page).ToHaveTitleAsync(new Regex("^Error: Sign in – "));
        await Page.AssertAccessibleAsync();

        await error.ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Email address")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Empty_fields_are_each_named_in_the_error_summary()
    {
        await Page.GotoAsync("/sign-in");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = Page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter your email address", "Enter your password"]);
        await Page.AssertAccessibleAsync();
    }
}
