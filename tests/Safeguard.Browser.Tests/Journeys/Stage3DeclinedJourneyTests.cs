using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Recording;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// The complaints manager declines a request for a review panel without the complainant's agreement: the decline is
/// recorded as given, and the complaint page shows it as a breach of CX_STAGE3_REFUSED.
/// </summary>
public sealed class Stage3DeclinedJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Manager = "harry.evans";

    [Fact]
    public async Task The_complaints_manager_declines_stage_3_without_agreement_and_the_complaint_shows_the_breach()
    {
        var complaint = await Stage3RequestedAsync();

        await Page.SignInAsync(Manager);
        await Page.GotoAsync($"/complaints/{complaint}");
        await Assertions.Expect(Page.Locator("#complaint-stage")).ToHaveTextAsync("Stage 3: review panel");
        await Page.AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Stage 3 declined" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Decline the request for a review panel");
        await Assertions.Expect(Page.Locator(".govuk-warning-text")).ToContainTextAsync("If either answer is no, this will be recorded as a breach of CX_STAGE3_REFUSED.");
        await Page.AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Page.ExpectErrorsAsync(
            "Enter the date stage 3 was declined",
            "Enter why stage 3 is declined",
            "Select yes if there are exceptional circumstances",
            "Select yes if the complainant has agreed to stage 3 being declined");

        await Page.FillDateAsync("When was stage 3 declined?", BrowserApp.Today);
        await Page.GetByLabel("Why is stage 3 declined?").FillAsync("The matters were fully investigated at stage 2.");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Are there exceptional circumstances?" }).GetByLabel("Yes").CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Has the complainant agreed?" }).GetByLabel("No").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" }))
            .ToContainTextAsync("Stage 3 declined and recorded as a breach of CX_STAGE3_REFUSED: the complainant has not agreed");
        await Assertions.Expect(Page.Locator("#complaint-stage")).ToHaveTextAsync("Stage 3 declined");
        var breach = Page.GetByRole(AriaRole.Table, new() { Name = "What is due" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "CX_STAGE3_REFUSED" });
        await Assertions.Expect(breach).ToContainTextAsync("Breach");
        await Page.AssertAccessibleAsync();
    }

    /// <summary>A complaint through stages 1 and 2 whose complainant asked for a review panel ten days ago.</summary>
    private async Task<long> Stage3RequestedAsync()
    {
        var child = await App.ChildAsync("amara.okafor");
        var today = BrowserApp.Today;
        long id;
        long point;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var records = scope.ServiceProvider.GetRequiredService<CaseRecordService>();
            var received = await records.RecordAsync(
                new ComplaintReceived { On = today.AddDays(-70), ComplaintId = 0, ComplainantId = child.Mother, ChildId = child.Id, Points = [new ComplaintPointInfo(0, "P1", "The visits stopped")] },
                new Recorder(Manager, "test"),
                $"{child.Reference}-K");
            id = ((Recorded)received).NewSubjectId!.Value;
            var db = scope.ServiceProvider.GetRequiredService<SafeguardDbContext>();
            point = await db.ComplaintPoints.Where(p => p.ComplaintId == id).Select(p => p.Id).SingleAsync();
        }

        var notUpheld = new Dictionary<long, PointOutcome> { [point] = PointOutcome.NotUpheld };
        await App.RecordAsync(new Stage1ResponseSent { On = today.AddDays(-60), ComplaintId = id, Outcomes = notUpheld }, Manager);
        await App.RecordAsync(new Stage2Requested { On = today.AddDays(-55), ComplaintId = id }, Manager);
        await App.RecordAsync(new Stage2StatementAgreed { On = today.AddDays(-50), ComplaintId = id, InvestigatingOfficerId = await StaffIdAsync("liam.ford"), IndependentPersonId = await StaffIdAsync("maya.singh") }, Manager);
        await App.RecordAsync(new Stage2AdjudicationSent { On = today.AddDays(-20), ComplaintId = id, Outcomes = notUpheld }, Manager);
        await App.RecordAsync(new Stage3Requested { On = today.AddDays(-10), ComplaintId = id }, Manager);
        return id;
    }

    private async Task<long> StaffIdAsync(string reference)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SafeguardDbContext>();
        return await db.People.Where(p => p.Reference == reference).Select(p => p.Id).SingleAsync();
    }
}
