using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Safeguard.Browser.Tests;

/// <summary>
/// Runs axe on the start page of each role and on every page it can reach from there (the service navigation and the
/// start page's links), and on every page linked from a child's record. Pages added later are swept as soon as they are linked.
/// </summary>
public sealed class AccessibilitySweepTests(BrowserHost host, ITestOutputHelper output) : BrowserTest(host)
{
    [Theory]
    [MemberData(nameof(DemoRoles.OneAccountPerRole), MemberType = typeof(DemoRoles))]
    public async Task Each_role_gets_a_start_page_that_greets_them_and_every_page_linked_from_it_is_accessible(string account)
    {
        await Page.SignInAsync(account);

        Assert.Equal("/", new Uri(Page.Url).AbsolutePath);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Safeguard", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText($"Welcome, {DemoRoles.Account(account).DisplayName}.")).ToBeVisibleAsync();
        var links = await LinksAsync(Page.Locator(".govuk-service-navigation a, main a"));
        Assert.Contains("/", links);

        await SweepAsync(links);
    }

    [Fact]
    public async Task Every_page_linked_from_a_childs_record_is_accessible()
    {
        var child = await App.ChildAsync("amara.okafor");
        await Page.SignInAsync("amara.okafor");
        await Page.GotoAsync($"/children/{child.Id}");
        var links = await LinksAsync(Page.Locator("main a"));

        await SweepAsync(links);
    }

    /// <summary>The distinct addresses on this site that the links point to, as paths (with any query).</summary>
    private async Task<List<string>> LinksAsync(ILocator anchors)
    {
        var site = new Uri(Page.Url);
        var paths = new List<string>();
        foreach (var href in await anchors.EvaluateAllAsync<string[]>("links => links.map(a => a.href)"))
        {
            var target = new Uri(href);
            if (target.Authority == site.Authority && !paths.Contains(target.PathAndQuery))
            {
                paths.Add(target.PathAndQuery);
            }
        }

        Assert.NotEmpty(paths);
        return paths;
    }

    private async Task SweepAsync(List<string> paths)
    {
        var problems = new List<string>();
        foreach (var path in paths)
        {
            var response = await Page.GotoAsync(path);
            var status = response!.Status;
            output.WriteLine($"{status} {path}");
            if (status >= 500)
            {
                problems.Add($"{path} returned {status}.");
                continue;
            }

            if (await Page.AccessibilityProblemsAsync() is { } found)
            {
                problems.Add(found);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, problems));
    }
}
