using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using static Safeguard.Browser.Tests.Journeys.ComplaintSteps;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// The complaints manager runs a complaint through all three stages on time, through the pages: every stage clock is
/// met, a remedy is agreed when a point is upheld, and the council's response to the panel is a PDF letter.
/// </summary>
public sealed class ComplaintThreeStagesJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Manager = "harry.evans";

    private static readonly string[] Points = ["The visits stopped without notice", "Letters were sent to the wrong address"];

    [Fact]
    public async Task The_complaints_manager_runs_a_complaint_through_three_stages_on_time()
    {
        var child = await App.ChildAsync("amara.okafor");
        await Page.SignInAsync(Manager);

        await RegisterAsync(Page, child, new DateOnly(2026, 1, 2), Points);
        await StepAsync(Page, "Complaint acknowledged", "When was the complaint acknowledged?", new DateOnly(2026, 1, 5), "Acknowledgement recorded");

        await OpenResponseAsync(Page, "Send the stage 1 response");
        await Page.FillDateAsync("Date the letter is sent", new DateOnly(2026, 1, 14));
        await OutcomesAsync(Page, Points, ["Not upheld"]);
        await Page.GetByLabel("Your response to the complainant").FillAsync("We have looked into both points.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the stage 1 response" }).ClickAsync();
        await Page.ExpectErrorsAsync("Select an outcome for point 2");
        await Assertions.Expect(Page.GetByRole(AriaRole.Group, new() { Name = $"Point 2: {Points[1]}" }).Locator(".govuk-error-message"))
            .ToContainTextAsync("Select an outcome for point 2");
        await OutcomesAsync(Page, Points, ["Not upheld", "Not upheld"]);
        await SendLetterAsync(Page, "Send the stage 1 response", new DateOnly(2026, 1, 14), "We have looked into both points and do not uphold them.");
        await BackToComplaintAsync(Page);

        await StepAsync(Page, "Stage 2 requested", "When did the complainant ask for stage 2?", new DateOnly(2026, 1, 20), "Stage 2 request recorded");
        await StepAsync(Page, "Statement of complaint agreed", "When was the statement of complaint agreed?", new DateOnly(2026, 1, 26), "Statement of complaint recorded", async page =>
        {
            await page.GetByRole(AriaRole.Group, new() { Name = "Who is the investigating officer?" }).GetByLabel("Liam Ford").CheckAsync();
            await page.GetByRole(AriaRole.Group, new() { Name = "Who is the independent person?" }).GetByLabel("Maya Singh").CheckAsync();
        });
        await StepAsync(Page, "Investigating officer's report received", "When was the report received?", new DateOnly(2026, 2, 10), "Investigating officer's report recorded");

        await OpenResponseAsync(Page, "Send the stage 2 adjudication");
        await OutcomesAsync(Page, Points, ["Upheld", "Not upheld"]);
        await SendLetterAsync(Page, "Send the stage 2 adjudication", new DateOnly(2026, 2, 16), "We uphold your first point.");
        await BackToComplaintAsync(Page);
        await AgreeApologyAsync(Page, new DateOnly(2026, 2, 16), "Harry Evans", new DateOnly(2026, 3, 20));

        await StepAsync(Page, "Stage 3 requested", "When did the complainant ask for stage 3?", new DateOnly(2026, 2, 18), "Stage 3 request recorded");
        await StepAsync(Page, "Review panel appointed", "When was the panel appointed?", new DateOnly(2026, 2, 19), "Review panel appointed", async page =>
        {
            var panel = page.GetByRole(AriaRole.Group, new() { Name = "Who is on the review panel?" });
            foreach (var member in new[] { "Nadia Brooks", "Oscar Hill", "Priya Shah" })
            {
                await panel.GetByLabel(member).CheckAsync();
            }
        });
        await StepAsync(Page, "Review panel held", "When did the panel meet?", new DateOnly(2026, 3, 2), "Review panel meeting recorded");

        await OpenResponseAsync(Page, "Record the review panel's report");
        await Page.FillDateAsync("Date the panel's report was received", new DateOnly(2026, 3, 4));
        await OutcomesAsync(Page, Points, ["Upheld", "Not upheld"]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the review panel's report" }).ClickAsync();
        await Assertions.Expect(Success(Page)).ToContainTextAsync("The review panel's report is recorded");

        await OpenResponseAsync(Page, "Send the stage 3 response");
        await SendLetterAsync(Page, "Send the stage 3 response", new DateOnly(2026, 3, 9), "We accept the panel's findings.");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download the letter (PDF)" }).ClickAsync());
        var letter = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF"u8.ToArray(), letter[..4]);
        await BackToComplaintAsync(Page);

        await Assertions.Expect(Page.Locator("#complaint-stage")).ToHaveTextAsync("Stage 3: council responded");
        foreach (var clock in new[] { "CX_ACKNOWLEDGE", "CX_STAGE1_RESPONSE", "CX_STAGE2_START", "CX_STAGE2_RESPONSE", "CX_STAGE3_PANEL", "CX_STAGE3_REPORT", "CX_STAGE3_RESPONSE" })
        {
            var row = Duty(Page, clock);
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Met");
        }

        // The remedy was agreed when the point was upheld, so no remedy consideration is missing.
        await Assertions.Expect(Duty(Page, "CX_REMEDY_CONSIDERED")).ToHaveCountAsync(0);
        await Page.AssertAccessibleAsync();
    }
}
