using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests.Errors;

public sealed class StatusPageTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task A_record_outside_the_workers_team_gets_an_accessible_403_page_without_the_childs_name()
    {
        var child = await App.ChildAsync("amara.okafor");
        await Page.SignInAsync("chloe.patel");

        var response = await Page.GotoAsync($"/children/{child.Id}");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText(child.Name)).ToHaveCountAsync(0);
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_page_outside_the_role_gets_the_403_page()
    {
        await Page.SignInAsync("kemi.adeyemi");

        var response = await Page.GotoAsync("/children");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/children/999999999")]
    public async Task An_address_that_does_not_exist_gets_an_accessible_404_page(string address)
    {
        await Page.SignInAsync("amara.okafor");

        var response = await Page.GotoAsync(address);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }
}
