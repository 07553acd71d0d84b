using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests.Children;

public sealed class FindAChildTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task A_social_worker_finds_a_child_by_name_and_opens_the_record()
    {
        var child = await App.ChildAsync("amara.okafor");
        await Page.SignInAsync("amara.okafor");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Find a child" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Find a child", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        await Page.GetByLabel("Name or reference").FillAsync(child.Name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var results = Page.GetByRole(AriaRole.Table, new() { Name = "1 children" });
        await Assertions.Expect(results.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(results.GetByRole(AriaRole.Cell, new() { Name = child.Reference })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        await results.GetByRole(AriaRole.Link, new() { Name = child.Name }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = child.Name, Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_search_that_matches_nobody_says_so_accessibly()
    {
        await Page.SignInAsync("amara.okafor");

        await Page.GotoAsync("/children?q=" + Guid.NewGuid().ToString("N"));

        await Assertions.Expect(Page.GetByText("No children match.")).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }
}
