using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using Safeguard.Protection;

namespace Safeguard.Browser.Tests.Children;

public sealed class ChildRecordPageTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task The_lead_social_worker_sees_an_accessible_record_with_the_duties_and_people()
    {
        var child = await App.ChildAsync("amara.okafor");
        await App.RecordAsync(new StrategyDiscussionHeld { On = BrowserApp.Today, ChildId = child.Id, Decision = StrategyDecision.Section47 });
        await App.RecordAsync(new ChildSeen { On = BrowserApp.Today, ChildId = child.Id, Purpose = SeenPurpose.Section47 });
        await App.RecordAsync(new Section47Completed { On = BrowserApp.Today, ChildId = child.Id, Outcome = Section47Outcome.Conference });
        await Page.SignInAsync("amara.okafor");

        await Page.GotoAsync($"/children/{child.Id}");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = child.Name, Level = 1 })).ToBeVisibleAsync();
        var duties = Page.GetByRole(AriaRole.Table, new() { Name = "What is due" });
        await Assertions.Expect(duties).ToContainTextAsync("Hold the initial child protection conference within 15 working days of the strategy discussion");
        var people = Page.GetByRole(AriaRole.Table, new() { Name = "People" });
        await Assertions.Expect(people.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(people.GetByRole(AriaRole.Cell, new() { Name = $"Mother of {child.Name}" })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }
}
