using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests.Home;

public sealed class StartPageTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [MemberData(nameof(DemoRoles.OneAccountPerRole), MemberType = typeof(DemoRoles))]
    public async Task Each_role_gets_an_accessible_start_page_that_greets_them(string account)
    {
        await Page.SignInAsync(account);

        Assert.Equal("/", new Uri(Page.Url).AbsolutePath);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Safeguard", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText($"Welcome, {DemoRoles.Account(account).DisplayName}.")).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Signing_out_shows_an_accessible_signed_out_page_and_ends_the_session()
    {
        await Page.SignInAsync("amara.okafor");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        await Page.GotoAsync("/");

        Assert.Equal("/sign-in", new Uri(Page.Url).AbsolutePath);
    }
}
