using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>What the complaints manager does on a complaint's pages, step by step, with axe on every page on the way.</summary>
internal static partial class ComplaintSteps
{
    /// <summary>Registers a complaint about <paramref name="child"/> from its father through the register page; returns the complaint's id.</summary>
    public static async Task<long> RegisterAsync(IPage page, ArrangedChild child, DateOnly received, params string[] points)
    {
        await page.GotoAsync($"/complaints/new?child={child.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Register a complaint");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Group, new() { Name = "Who made the complaint?" }).GetByLabel($"Father of {child.Name}").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "What is their standing?" }).GetByLabel("A parent", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How did the complaint arrive?" }).GetByLabel("Letter", new() { Exact = true }).CheckAsync();
        await page.FillDateAsync("When was the complaint received?", received);
        await page.GetByLabel("Points of complaint").FillAsync(string.Join('\n', points));
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the complaint" }).ClickAsync();

        await Assertions.Expect(Success(page)).ToContainTextAsync("registered");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Complaint from Father of {child.Name}");
        await page.AssertAccessibleAsync();
        return long.Parse(ComplaintUrl().Match(new Uri(page.Url).AbsolutePath).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Follows the step's link on the complaint page, fills in its date (and whatever else <paramref name="answer"/>
    /// does), saves and expects the complaint page with the step's confirmation.
    /// </summary>
    public static async Task StepAsync(IPage page, string link, string legend, DateOnly on, string confirmation, Func<IPage, Task>? answer = null)
    {
        await page.GetByRole(AriaRole.List, new() { Name = "Record the next step" }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.FillDateAsync(legend, on);
        if (answer is not null)
        {
            await answer(page);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(Success(page)).ToContainTextAsync(confirmation);
        await page.AssertAccessibleAsync();
    }

    /// <summary>Answers "yes, the complainant has been told" and gives the reason for an extension.</summary>
    public static Func<IPage, Task> Extension(string label, string reason) => async page =>
    {
        await page.GetByLabel(label).FillAsync(reason);
        await page.GetByRole(AriaRole.Group, new() { Name = "Have you told the complainant?" }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
    };

    /// <summary>Opens the response page from the complaint page's "Responses and letters" section.</summary>
    public static async Task OpenResponseAsync(IPage page, string link)
    {
        await page.Locator("#response-actions").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(link);
        await page.AssertAccessibleAsync();
    }

    /// <summary>Chooses the outcome of each point, in order (the points' summaries name the groups).</summary>
    public static async Task OutcomesAsync(IPage page, IReadOnlyList<string> points, IReadOnlyList<string> outcomes)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = $"Point {i + 1}: {points[i]}" }).GetByLabel(outcomes[i], new() { Exact = true }).CheckAsync();
        }
    }

    /// <summary>Sends a response letter from the open response page and goes back to the complaint from the confirmation.</summary>
    public static async Task SendLetterAsync(IPage page, string button, DateOnly sent, string text)
    {
        await page.FillDateAsync("Date the letter is sent", sent);
        await page.GetByLabel("Your response to the complainant").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToContainTextAsync("recorded");
        await page.AssertAccessibleAsync();
    }

    /// <summary>Goes back to the complaint page from a letter's confirmation page.</summary>
    public static async Task BackToComplaintAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Go back to the complaint" }).ClickAsync();
        await Assertions.Expect(page.Locator("#complaint-stage")).ToBeVisibleAsync();
    }

    /// <summary>Agrees an apology through the remedy page, owned by <paramref name="owner"/> (a display name).</summary>
    public static async Task AgreeApologyAsync(IPage page, DateOnly on, string owner, DateOnly due)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Agree a remedy", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Agree a remedy");
        await page.AssertAccessibleAsync();
        await page.FillDateAsync("When was the remedy agreed?", on);
        await page.GetByRole(AriaRole.Group, new() { Name = "What kind of remedy is it?" }).GetByLabel("An apology").CheckAsync();
        await page.GetByLabel("What is the remedy?").FillAsync("A written apology from the head of service.");
        await page.GetByLabel("Who will deliver it?").SelectOptionAsync(new SelectOptionValue { Label = owner });
        await page.FillDateAsync("When is it due?", due);
        await page.GetByRole(AriaRole.Button, new() { Name = "Agree the remedy" }).ClickAsync();
        await Assertions.Expect(page.Locator("#complaint-stage")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>The row of the complaint page's duties table for a rule (its id is shown under the duty's name).</summary>
    public static ILocator Duty(IPage page, string rule) =>
        page.GetByRole(AriaRole.Table, new() { Name = "What is due" }).GetByRole(AriaRole.Row).Filter(new() { HasText = rule });

    public static ILocator Success(IPage page) => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" });

    [GeneratedRegex(@"^/complaints/(\d+)$")]
    private static partial Regex ComplaintUrl();
}
