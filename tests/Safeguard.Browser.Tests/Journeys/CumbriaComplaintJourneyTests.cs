using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using static Safeguard.Browser.Tests.Journeys.ComplaintSteps;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// The complaint in the Ombudsman's Cumbria report (17 015 692): a father's five points run late through all three
/// stages. The complaints manager records each step through the pages as it happened, and the complaint page shows the
/// findings the Ombudsman made: stage 1 response late, stage 2 started late, panel held late, and no remedy
/// considered when the points were upheld at stage 2.
/// </summary>
public sealed class CumbriaComplaintJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Manager = "harry.evans";

    private static readonly string[] Points =
    [
        "No early help was delivered",
        "Not asked to contribute to the child and family assessment",
        "Not invited to core group meetings",
        "Social worker's remarks about him to the children",
        "Handling of his complaint",
    ];

    private static readonly string[] AllUpheld = ["Upheld", "Upheld", "Upheld", "Upheld", "Upheld"];

    [Fact]
    public async Task The_complaints_manager_records_the_Cumbria_complaint_and_sees_the_Ombudsmans_findings()
    {
        var child = await App.ChildAsync("amara.okafor");
        await Page.SignInAsync(Manager);

        var complaint = await RegisterAsync(Page, child, new DateOnly(2016, 4, 4), Points);
        await StepAsync(Page, "Complaint acknowledged", "When was the complaint acknowledged?", new DateOnly(2016, 4, 5), "Acknowledgement recorded");

        // The extension comes after the 10th working day of stage 1, so the response stays due on 18 April 2016.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Stage 1 extended", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("#current-due")).ToContainTextAsync("due on 18 April 2016");
        await Page.GoBackAsync();
        await StepAsync(Page, "Stage 1 extended", "When was the extension made?", new DateOnly(2016, 5, 9), "Stage 1 extension recorded",
            Extension("Why does stage 1 need longer?", "We asked the complainant for more time"));
        await Assertions.Expect(Duty(Page, "CX_STAGE1_RESPONSE")).ToContainTextAsync("18 Apr 2016");

        await OpenResponseAsync(Page, "Send the stage 1 response");
        await OutcomesAsync(Page, Points, ["Partly upheld", "Not upheld", "Not upheld", "Not upheld", "Not upheld"]);
        await SendLetterAsync(Page, "Send the stage 1 response", new DateOnly(2016, 6, 23), "We partly uphold your first point and do not uphold the others.");
        await BackToComplaintAsync(Page);

        await StepAsync(Page, "Stage 2 requested", "When did the complainant ask for stage 2?", new DateOnly(2016, 7, 18), "Stage 2 request recorded");
        await StepAsync(Page, "Statement of complaint agreed", "When was the statement of complaint agreed?", new DateOnly(2016, 11, 21), "Statement of complaint recorded", async page =>
        {
            await page.GetByRole(AriaRole.Group, new() { Name = "Who is the investigating officer?" }).GetByLabel("Liam Ford").CheckAsync();
            await page.GetByRole(AriaRole.Group, new() { Name = "Who is the independent person?" }).GetByLabel("Maya Singh").CheckAsync();
        });
        await StepAsync(Page, "Stage 2 extended", "When was the extension made?", new DateOnly(2016, 12, 20), "Stage 2 extension recorded",
            Extension("Why does stage 2 need longer?", "The number of interviews"));
        await StepAsync(Page, "Investigating officer's report received", "When was the report received?", new DateOnly(2017, 2, 10), "Investigating officer's report recorded");

        await OpenResponseAsync(Page, "Send the stage 2 adjudication");
        await OutcomesAsync(Page, Points, AllUpheld);
        await SendLetterAsync(Page, "Send the stage 2 adjudication", new DateOnly(2017, 2, 20), "We uphold all five points of your complaint.");
        await BackToComplaintAsync(Page);

        await StepAsync(Page, "Stage 3 requested", "When did the complainant ask for stage 3?", new DateOnly(2017, 8, 14), "Stage 3 request recorded");
        await Assertions.Expect(Page.Locator(".govuk-warning-text").Filter(new() { HasText = "Late request" })).ToBeVisibleAsync();

        await StepAsync(Page, "Review panel appointed", "When was the panel appointed?", new DateOnly(2018, 4, 1), "Review panel appointed", async page =>
        {
            var panel = page.GetByRole(AriaRole.Group, new() { Name = "Who is on the review panel?" });
            foreach (var member in new[] { "Nadia Brooks", "Oscar Hill", "Priya Shah" })
            {
                await panel.GetByLabel(member).CheckAsync();
            }
        });
        await StepAsync(Page, "Review panel held", "When did the panel meet?", new DateOnly(2018, 4, 16), "Review panel meeting recorded");

        await OpenResponseAsync(Page, "Record the review panel's report");
        await Page.FillDateAsync("Date the panel's report was received", new DateOnly(2018, 4, 20));
        await OutcomesAsync(Page, Points, AllUpheld);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the review panel's report" }).ClickAsync();
        await Assertions.Expect(Success(Page)).ToContainTextAsync("The review panel's report is recorded");

        await OpenResponseAsync(Page, "Send the stage 3 response");
        await SendLetterAsync(Page, "Send the stage 3 response", new DateOnly(2018, 5, 8), "We accept the panel's findings and apologise.");
        await BackToComplaintAsync(Page);

        await AgreeApologyAsync(Page, new DateOnly(2018, 5, 8), "Harry Evans", new DateOnly(2018, 5, 8));

        Assert.EndsWith($"/complaints/{complaint}", Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(Page.Locator("#complaint-stage")).ToHaveTextAsync("Stage 3: council responded");
        await ExpectFindingAsync("CX_STAGE1_RESPONSE", "18 Apr 2016", "done 23 Jun 2016", "Late");
        await ExpectFindingAsync("CX_STAGE2_START", "1 Aug 2016", "done 21 Nov 2016", "Late");
        await ExpectFindingAsync("CX_STAGE3_PANEL", "26 Sep 2017", "done 16 Apr 2018", "Late");
        var noRemedy = Duty(Page, "CX_REMEDY_CONSIDERED").Filter(new() { HasText = "stage 2 adjudication" });
        await Assertions.Expect(noRemedy).ToHaveCountAsync(1);
        await Assertions.Expect(noRemedy).ToContainTextAsync("Missing");
        await Page.AssertAccessibleAsync();
    }

    private async Task ExpectFindingAsync(string rule, string due, string done, string status)
    {
        var row = Duty(Page, rule);
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync(due);
        await Assertions.Expect(row).ToContainTextAsync(done);
        await Assertions.Expect(row.Locator(".govuk-tag")).ToHaveTextAsync(status);
    }
}
