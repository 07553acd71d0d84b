using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// A social worker takes a child from a strategy discussion, through a section 47 enquiry and an initial conference,
/// to a child protection plan, and keeps the visits up, watching her due list change on the way.
/// </summary>
public sealed class SocialWorkerPathwayJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string InitialConference = "CP_ICPC_15WD";
    private const string FirstCoreGroup = "CP_FIRST_CORE_GROUP_10WD";
    private const string Visits = "CP_VISIT_INTERVAL";

    [Fact]
    public async Task A_social_worker_takes_a_child_from_a_strategy_discussion_to_a_plan_and_keeps_the_visits_up()
    {
        // Amara is catching up on her recording: the enquiry ran in February and the conference took place on
        // Friday 27 February. A conference can only be scheduled for today or later, so she schedules it for today
        // and records it as held on the day it took place.
        var child = await App.ChildAsync("amara.okafor", referredOn: new DateOnly(2026, 2, 16));
        await Page.SignInAsync("amara.okafor");
        await Page.GotoAsync($"/children/{child.Id}");
        await Page.AssertAccessibleAsync();

        await OpenFormAsync("Record a strategy discussion", checkTheList: true);
        await Button("Save").ClickAsync();
        await Page.ExpectErrorsAsync("Enter the date of the strategy discussion", "Select what the strategy discussion decided", "Enter who attended the strategy discussion");
        await Page.FillDateAsync("When was the strategy discussion held?", new DateOnly(2026, 2, 17));
        await Choose("What was decided?", "Start a section 47 enquiry");
        await Page.GetByLabel("Who attended?").FillAsync("DC Shah, police\nAmara Okafor, children's social care");
        await SaveAsync("Strategy discussion recorded");
        await Page.AssertAccessibleAsync();

        await OpenFormAsync("Record that the child was seen for the section 47 enquiry");
        await Page.FillDateAsync("When was the child seen?", new DateOnly(2026, 2, 18));
        await Choose("Was the child seen alone?", "Yes");
        await SaveAsync("Child seen for the section 47 enquiry recorded");

        foreach (var parent in new[] { $"Mother of {child.Name}", $"Father of {child.Name}" })
        {
            await OpenFormAsync("Record that a parent was consulted for the section 47 enquiry", checkTheForm: parent.StartsWith("Mother", StringComparison.Ordinal));
            await Page.FillDateAsync("When was the parent consulted?", new DateOnly(2026, 2, 19));
            await Page.GetByRole(AriaRole.Group, new() { Name = "Who was consulted?" }).GetByLabel(parent).CheckAsync();
            await SaveAsync("Parent consultation recorded");
        }

        await OpenFormAsync("Record the outcome of the section 47 enquiry");
        await Page.FillDateAsync("When was the enquiry completed?", new DateOnly(2026, 2, 20));
        await Choose("What was the outcome?", "Initial child protection conference");
        await SaveAsync("Section 47 outcome recorded");

        // The initial conference falls due 15 working days after the strategy discussion: today.
        await OpenDueListAsync();
        await Assertions.Expect(DueItems(child, InitialConference)).ToHaveCountAsync(1);
        var conferenceDue = ItemsIn(DueSection("Due today"), child, InitialConference);
        await Assertions.Expect(conferenceDue).ToContainTextAsync("Hold the initial child protection conference within 15 working days of the strategy discussion");
        await Assertions.Expect(conferenceDue).ToContainTextAsync("10 Mar 2026");
        await Assertions.Expect(conferenceDue).ToContainTextAsync("15 working days after the strategy discussion on 17 Feb 2026");

        // Scheduling: the check page says which kind of conference the rules give, and why.
        await conferenceDue.GetByRole(AriaRole.Link, new() { Name = child.Name }).ClickAsync();
        await Link("Conferences and core groups").ClickAsync();
        await Page.AssertAccessibleAsync();
        await Link("Schedule a conference").ClickAsync();
        await Page.AssertAccessibleAsync();
        await Page.FillDateAsync("Date of the conference", BrowserApp.Today.AddDays(-1));
        await Button("Continue").ClickAsync();
        await Page.ExpectErrorsAsync("The date of the conference must be today or in the future");
        await Page.FillDateAsync("Date of the conference", BrowserApp.Today);
        await Button("Continue").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check the conference before scheduling it", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#conference-kind")).ToHaveTextAsync("Initial child protection conference");
        await Assertions.Expect(Page.Locator("#kind-explanation")).ToHaveTextAsync(
            $"This will be an initial child protection conference because {child.Name} is not on a child protection plan.");
        await Page.AssertAccessibleAsync();
        await Button("Schedule the conference").ClickAsync();
        await ExpectBannerAsync("Initial child protection conference scheduled for 10 Mar 2026");
        await Page.AssertAccessibleAsync();

        foreach (var parent in new[] { $"Mother of {child.Name}", $"Father of {child.Name}" })
        {
            await Link("Record an invitation sent").ClickAsync();
            if (parent.StartsWith("Mother", StringComparison.Ordinal))
            {
                await Page.AssertAccessibleAsync();
            }

            await Page.GetByRole(AriaRole.Group, new() { Name = "Who was invited?" }).GetByLabel(parent).CheckAsync();
            await Page.FillDateAsync("Date the invitation was sent", new DateOnly(2026, 2, 23));
            await Button("Record it").ClickAsync();
            await ExpectBannerAsync($"Invitation to {parent} recorded as sent on 23 Feb 2026");
        }

        var people = Page.Locator("#meeting-people");
        await Assertions.Expect(people.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Mother of {child.Name}" })).ToContainTextAsync("Done 23 Feb 2026");
        await Assertions.Expect(people.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Father of {child.Name}" })).ToContainTextAsync("Done 23 Feb 2026");

        await Link("Record that the conference was held").ClickAsync();
        await Page.AssertAccessibleAsync();
        await Page.FillDateAsync("Date the conference was held", new DateOnly(2026, 2, 27));
        await Choose("What did the conference decide?", "Child protection plan");
        await Button("Record it").ClickAsync();
        await Page.ExpectErrorsAsync("Select the category of abuse for the plan");
        await Page.FillDateAsync("Date the conference was held", new DateOnly(2026, 2, 27));
        await Page.GetByLabel($"Mother of {child.Name}").CheckAsync();
        await Page.GetByLabel($"Father of {child.Name}").CheckAsync();
        await Choose("What did the conference decide?", "Child protection plan");
        await Choose("Category of abuse", "Neglect");
        await Page.GetByLabel("How often must the child be seen, in working days?").FillAsync("8");
        await Button("Record it").ClickAsync();
        await ExpectBannerAsync("The conference was recorded as held on 27 Feb 2026: child protection plan");
        await Assertions.Expect(Page.Locator("#meeting-outcome")).ToHaveTextAsync("Child protection plan (category: neglect)");
        await Assertions.Expect(Page.GetByText("At least every 8 working days")).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        await Link($"Allocate a lead social worker for {child.Name}").ClickAsync();
        await Link("Allocate a lead social worker").ClickAsync();
        await Page.AssertAccessibleAsync();
        await Page.FillDateAsync("When was the child allocated?", new DateOnly(2026, 2, 27));
        await Page.GetByRole(AriaRole.Group, new() { Name = "Who is the lead social worker?" }).GetByLabel("Amara Okafor").CheckAsync();
        await SaveAsync("Lead social worker allocated");

        // The plan started on 27 February: the first core group is due 10 working days later and the first visit 8.
        await OpenDueListAsync();
        await Assertions.Expect(DueItems(child, InitialConference)).ToHaveCountAsync(0);
        var thisWeek = DueSection("Due later this week");
        var coreGroupDue = ItemsIn(thisWeek, child, FirstCoreGroup);
        await Assertions.Expect(coreGroupDue).ToContainTextAsync("Hold the first core group within 10 working days of the conference");
        await Assertions.Expect(coreGroupDue).ToContainTextAsync("13 Mar 2026");
        var visitDue = ItemsIn(thisWeek, child, Visits);
        await Assertions.Expect(visitDue).ToContainTextAsync("See the child on a plan at the plan's visit frequency");
        await Assertions.Expect(visitDue).ToContainTextAsync("11 Mar 2026");

        await DueItems(child, Visits).GetByRole(AriaRole.Link, new() { Name = child.Name }).ClickAsync();
        await OpenFormAsync("Record a visit where the child was seen");
        await Page.FillDateAsync("When was the visit?", BrowserApp.Today.AddDays(1));
        await Choose("Was the child seen alone?", "Yes");
        await Button("Save").ClickAsync();
        await Page.ExpectErrorsAsync("The date of the visit must be today or in the past");
        await Page.FillDateAsync("When was the visit?", BrowserApp.Today);
        await SaveAsync("Visit recorded");

        // The next visit is due 8 working days after today's, beyond this week: the visit item leaves the due list.
        var dueOnRecord = Page.GetByRole(AriaRole.Table, new() { Name = "What is due" }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = Visits }).Filter(new() { HasText = "20 Mar 2026" });
        await Assertions.Expect(dueOnRecord).ToContainTextAsync("8 working days after the last visit where the child was seen on 10 Mar 2026");
        await OpenDueListAsync(check: false);
        await Assertions.Expect(DueItems(child, Visits)).ToHaveCountAsync(0);
        await Assertions.Expect(ItemsIn(DueSection("Due later this week"), child, FirstCoreGroup)).ToHaveCountAsync(1);
    }

    private ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private async Task Choose(string legend, string option) =>
        await Page.GetByRole(AriaRole.Group, new() { Name = legend }).GetByLabel(option, new() { Exact = true }).CheckAsync();

    /// <summary>From the child's record, opens "Record something on this child's file" and the form named.</summary>
    private async Task OpenFormAsync(string form, bool checkTheList = false, bool checkTheForm = true)
    {
        await Link("Record something on this child's file").ClickAsync();
        if (checkTheList)
        {
            await Page.AssertAccessibleAsync();
        }

        await Link(form).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = form, Level = 1 })).ToBeVisibleAsync();
        if (checkTheForm)
        {
            await Page.AssertAccessibleAsync();
        }
    }

    /// <summary>Saves an entry form and expects to be back on the child's record, told what was recorded.</summary>
    private async Task SaveAsync(string confirmation)
    {
        await Button("Save").ClickAsync();
        await ExpectBannerAsync(confirmation);
    }

    private async Task ExpectBannerAsync(string confirmation) =>
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" })).ToContainTextAsync(confirmation);

    private async Task OpenDueListAsync(bool check = true)
    {
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Due list" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My due list", Level = 1 })).ToBeVisibleAsync();
        if (check)
        {
            await Page.AssertAccessibleAsync();
        }
    }

    private ILocator DueSection(string heading) => Page.GetByRole(AriaRole.Table, new() { Name = heading });

    /// <summary>The rows of every section of the due list for this child and rule.</summary>
    private ILocator DueItems(ArrangedChild child, string rule) => ItemsIn(Page.GetByRole(AriaRole.Main), child, rule);

    private static ILocator ItemsIn(ILocator within, ArrangedChild child, string rule) =>
        within.GetByRole(AriaRole.Row).Filter(new() { HasText = child.Reference }).Filter(new() { HasText = rule });
}
