using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Browser.Tests.Infrastructure;

/// <summary>What a person does in the browser, and the accessibility check every page must pass.</summary>
public static class PageActions
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    /// <summary>Signs in through the sign-in page as a demo account (its reference, e.g. "amara.okafor") and waits for the start page.</summary>
    public static async Task SignInAsync(this IPage page, string reference)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync($"{reference}@northbrook.example");
        await page.GetByLabel("Password").FillAsync(DemoSeeding.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/sign-in");
        await Assertions.Expect(page.GetByText($"Signed in as {reference}")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Runs axe on the page as it is now and fails on any violation of serious or critical impact, naming the rule,
    /// its impact, what it asks for and the elements that break it.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        if (await AccessibilityProblemsAsync(page) is { } problems)
        {
            Assert.Fail(problems);
        }
    }

    /// <summary>The serious and critical axe violations on the page as it is now, described for a person; null if there are none.</summary>
    public static async Task<string?> AccessibilityProblemsAsync(this IPage page)
    {
        var results = await page.RunAxe();
        var failures = results.Violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();
        if (failures.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder().Append(CultureInfo.InvariantCulture, $"axe found {failures.Count} serious or critical accessibility problem(s) on {page.Url}:");
        foreach (var violation in failures)
        {
            report.AppendLine().Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append(CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html}");
            }
        }

        return report.ToString();
    }

    /// <summary>
    /// Expects the GOV.UK error summary, focused as the page opens and listing each of <paramref name="messages"/>,
    /// and checks the page in its error state with axe.
    /// </summary>
    public static async Task ExpectErrorsAsync(this IPage page, params string[] messages)
    {
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        foreach (var message in messages)
        {
            await Assertions.Expect(summary).ToContainTextAsync(message);
        }

        await page.AssertAccessibleAsync();
    }

    /// <summary>Fills the GOV.UK date input whose legend is <paramref name="legend"/> with the day, month and year of <paramref name="date"/>.</summary>
    public static async Task FillDateAsync(this IPage page, string legend, DateOnly date)
    {
        var fieldset = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await fieldset.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await fieldset.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await fieldset.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
