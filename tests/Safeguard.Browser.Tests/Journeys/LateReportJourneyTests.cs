using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using Safeguard.Protection;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// Business support shares the social work report with a parent after the deadline (CP_CONFERENCE_REPORT_NOTICE:
/// at least 3 working days before the conference, the council's default), and once the conference is held the
/// meeting page and the child's record show the finding: late, and how the deadline was counted.
/// </summary>
public sealed class LateReportJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string ReportNotice = "CP_CONFERENCE_REPORT_NOTICE";

    // The conference is today, Tuesday 10 March: 3 working days before it is Thursday 5 March.
    private const string Counting = "3 working days before the conference on 10 Mar 2026: due 5 Mar 2026";

    [Fact]
    public async Task Business_support_shares_the_report_after_the_deadline_and_the_finding_is_late()
    {
        var child = await App.ChildAsync("amara.okafor", referredOn: new DateOnly(2026, 2, 16));
        await App.RecordAsync(new StrategyDiscussionHeld { On = new DateOnly(2026, 2, 17), ChildId = child.Id, Decision = StrategyDecision.Section47 });
        await App.RecordAsync(new ChildSeen { On = new DateOnly(2026, 2, 18), ChildId = child.Id, Purpose = SeenPurpose.Section47 });
        await App.RecordAsync(new Section47Completed { On = new DateOnly(2026, 2, 20), ChildId = child.Id, Outcome = Section47Outcome.Conference });
        var meeting = await App.ConferenceAsync(child, date: BrowserApp.Today, scheduledOn: new DateOnly(2026, 2, 23));
        await App.RecordAsync(new InvitationSent { On = new DateOnly(2026, 2, 24), MeetingId = meeting, PersonId = child.Mother }, "grace.lee");
        await App.RecordAsync(new InvitationSent { On = new DateOnly(2026, 2, 24), MeetingId = meeting, PersonId = child.Father }, "grace.lee");
        var mother = $"Mother of {child.Name}";

        await Page.SignInAsync("grace.lee");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Find a child" }).ClickAsync();
        await Page.GetByLabel("Name or reference").FillAsync(child.Reference);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = child.Name }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Conferences and core groups" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Initial child protection conference" }).ClickAsync();

        // Before anything is shared the report is already past its deadline.
        var motherReport = ReportCell(mother);
        await Assertions.Expect(motherReport).ToContainTextAsync("Not done");
        await Assertions.Expect(motherReport).ToContainTextAsync("Deadline: 5 Mar 2026");
        await Assertions.Expect(motherReport).ToContainTextAsync("Overdue");
        await Page.AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Record the conference report shared" }).ClickAsync();
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Page.ExpectErrorsAsync("Select who the conference report was shared with", "Enter the date the conference report was shared");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Who was the conference report shared with?" }).GetByLabel(mother).CheckAsync();
        await Page.FillDateAsync("Date it was shared", new DateOnly(2026, 3, 9));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" }))
            .ToContainTextAsync($"The conference report recorded as shared with {mother} on 9 Mar 2026");
        await Assertions.Expect(motherReport).ToContainTextAsync("Done 9 Mar 2026");
        await Assertions.Expect(motherReport).ToContainTextAsync("Late");
        await Assertions.Expect(motherReport).ToContainTextAsync(Counting);
        await Page.AssertAccessibleAsync();

        // Business support cannot record the outcome; the conference chair does, in her own session.
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Record that the conference was held" })).ToHaveCountAsync(0);
        var chair = await Host.NewPageAsync();
        await chair.SignInAsync("farah.khan");
        await chair.GotoAsync($"/meetings/{meeting}");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Record that the conference was held" }).ClickAsync();
        await chair.FillDateAsync("Date the conference was held", BrowserApp.Today);
        await chair.GetByLabel(mother).CheckAsync();
        await chair.GetByRole(AriaRole.Group, new() { Name = "What did the conference decide?" }).GetByLabel("Child in need", new() { Exact = true }).CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Assertions.Expect(chair.Locator("#meeting-status")).ToHaveTextAsync("Held on 10 Mar 2026");
        await chair.Context.CloseAsync();

        // Held: the finding is stored, and business support sees it on the meeting and on the child's record.
        await Page.ReloadAsync();
        await Assertions.Expect(Page.Locator("#meeting-status")).ToHaveTextAsync("Held on 10 Mar 2026");
        await Assertions.Expect(motherReport).ToContainTextAsync("Done 9 Mar 2026");
        await Assertions.Expect(motherReport).ToContainTextAsync("Late");
        await Assertions.Expect(motherReport).ToContainTextAsync(Counting);
        await Assertions.Expect(ReportCell($"Father of {child.Name}")).ToContainTextAsync("Overdue");
        await Page.AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = child.Name, Exact = true }).ClickAsync();
        var finding = Page.GetByRole(AriaRole.Table, new() { Name = "What is due" }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = ReportNotice }).Filter(new() { HasText = mother });
        await Assertions.Expect(finding).ToContainTextAsync("Share the social work report with each invited parent before the conference");
        await Assertions.Expect(finding).ToContainTextAsync("done 9 Mar 2026");
        await Assertions.Expect(finding).ToContainTextAsync("Late");
        await Assertions.Expect(finding).ToContainTextAsync(Counting);
        await Page.AssertAccessibleAsync();
    }

    private ILocator ReportCell(string person) =>
        Page.GetByRole(AriaRole.Table, new() { Name = "Each person, what they have been sent" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = person }).Locator("[data-step=report]");
}
