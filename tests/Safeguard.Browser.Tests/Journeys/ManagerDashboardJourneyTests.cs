using System.Text;
using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using Safeguard.Protection;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// A team manager looks at the dashboard for a period of her choosing, reads the charts and the tables, and downloads
/// the timeliness table as CSV; a senior manager sees every team.
/// </summary>
public sealed class ManagerDashboardJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string InitialConference = "CP_ICPC_15WD";
    private const string NorthTeam = "North Child Protection Team";
    private const string SouthTeam = "South Child Protection Team";

    [Fact]
    public async Task A_team_manager_reads_the_dashboard_for_a_period_and_downloads_the_timeliness_csv()
    {
        // A North child whose initial conference fell due on 2 February (15 working days after 12 January) and
        // was never held, so February has at least one initial conference duty.
        var child = await App.ChildAsync("amara.okafor", referredOn: new DateOnly(2026, 1, 9));
        await App.RecordAsync(new StrategyDiscussionHeld { On = new DateOnly(2026, 1, 12), ChildId = child.Id, Decision = StrategyDecision.Section47 });
        await App.RecordAsync(new Section47Completed { On = new DateOnly(2026, 1, 23), ChildId = child.Id, Outcome = Section47Outcome.Conference });

        await Page.SignInAsync("daniel.reid");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByText($"Figures for {NorthTeam}")).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        await Page.FillDateAsync("From", new DateOnly(2026, 3, 1));
        await Page.FillDateAsync("To", new DateOnly(2026, 2, 1));
        await ShowFiguresAsync();
        await Page.ExpectErrorsAsync("The end of the period must be the same as or after the start");

        await Page.FillDateAsync("From", new DateOnly(2026, 2, 1));
        await Page.FillDateAsync("To", new DateOnly(2026, 2, 28));
        await ShowFiguresAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Timeliness, 1 Feb 2026 to 28 Feb 2026" })).ToBeVisibleAsync();

        var chart = Page.GetByRole(AriaRole.Img, new() { Name = "Percentage of duties done on time, by rule" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(chart.Locator("title")).ToHaveTextAsync("Percentage of duties done on time, by rule");
        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Percentage of parents invited to and attending conferences" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Overdue items by team" })).ToBeVisibleAsync();

        var row = Page.GetByRole(AriaRole.Table, new() { Name = "Duties due 1 Feb 2026 to 28 Feb 2026, by rule" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = InitialConference });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        var ruleName = (await row.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Split('\n')[0].Trim();
        var cells = (await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        Assert.Equal("Hold the initial child protection conference within 15 working days of the strategy discussion", ruleName);
        Assert.True(int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture) >= 1, "The child's unheld conference is overdue.");

        // The chart says the same as the table.
        var percentOnTime = cells[4];
        await Assertions.Expect(chart.Locator("desc")).ToContainTextAsync($"{ruleName}: {percentOnTime} on time");
        await Page.AssertAccessibleAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download the timeliness table as CSV" }).ClickAsync());
        Assert.Equal("timeliness-2026-02-01-to-2026-02-28.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Rule,Duty,Met on time,Late,Overdue,Not yet due,% on time", lines[0]);
        var percent = percentOnTime == "–" ? "" : percentOnTime.TrimEnd('%');
        Assert.Contains($"{InitialConference},{ruleName},{cells[0]},{cells[1]},{cells[2]},{cells[3]},{percent}", lines);
        Assert.Equal(await Page.GetByRole(AriaRole.Table, new() { Name = "Duties due 1 Feb 2026" }).Locator("tbody tr").CountAsync(), lines.Length - 1);

        // A team manager sees only their own team's overdue items; a senior manager every team's.
        var overdue = Page.GetByRole(AriaRole.Table, new() { Name = "Overdue items by team" });
        await Assertions.Expect(overdue.GetByRole(AriaRole.Rowheader, new() { Name = NorthTeam })).ToBeVisibleAsync();
        await Assertions.Expect(overdue.GetByRole(AriaRole.Rowheader, new() { Name = SouthTeam })).ToHaveCountAsync(0);

        var senior = await Host.NewPageAsync();
        await senior.SignInAsync("isla.morgan");
        await senior.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await Assertions.Expect(senior.GetByText("Figures for all teams")).ToBeVisibleAsync();
        var allTeams = senior.GetByRole(AriaRole.Table, new() { Name = "Overdue items by team" });
        await Assertions.Expect(allTeams.GetByRole(AriaRole.Rowheader, new() { Name = NorthTeam })).ToBeVisibleAsync();
        await Assertions.Expect(allTeams.GetByRole(AriaRole.Rowheader, new() { Name = SouthTeam })).ToBeVisibleAsync();
        await senior.AssertAccessibleAsync();
        await senior.Context.CloseAsync();
    }

    private async Task ShowFiguresAsync() =>
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show figures for this period" }).ClickAsync();
}
