using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests.Account;

public sealed class SignOutTests(BrowserHost host) : BrowserTest(host)
{
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
