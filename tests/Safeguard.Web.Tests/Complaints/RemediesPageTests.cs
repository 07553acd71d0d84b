using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;
using static Safeguard.Web.Tests.Complaints.RemediesArrange;

namespace Safeguard.Web.Tests.Complaints;

public sealed class RemediesPageTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Agreeing_a_remedy_satisfies_the_remedy_decision_and_starts_its_clock_until_it_is_delivered(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var client = await app.SignedInAsync(Manager);
        var before = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Equal("Missing", Assert.Single(Duties(before, "CX_REMEDY_CONSIDERED")).Status);

        await PostDoneAsync(client, $"/complaints/{complaint}/remedies/new",
        [
            .. Date("Form.On", Adjudicated),
            new("Form.Kind", "payment"),
            new("Form.Amount", "150.50"),
            new("Form.Description", "For the distress of the late report"),
            new("Form.Owner", Id(await app.StaffIdAsync("isla.morgan"))),
            .. Date("Form.Due", SafeguardApp.Today.AddDays(10)),
        ], $"/complaints/{complaint}");

        var page = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Empty(Duties(page, "CX_REMEDY_CONSIDERED"));
        Assert.Equal("Due", Assert.Single(Duties(page, "CX_REMEDY_OVERDUE")).Status);
        var remedies = page.QuerySelector("table[aria-labelledby=remedies]")!.TextContent;
        Assert.Contains("Payment of £150.50", remedies, StringComparison.Ordinal);
        Assert.Contains("For the distress of the late report", remedies, StringComparison.Ordinal);
        Assert.Contains("Isla Morgan", remedies, StringComparison.Ordinal);
        Assert.Contains("Not delivered yet", remedies, StringComparison.Ordinal);

        long remedy;
        await using (var db = app.Database())
        {
            var stored = await db.Remedies.SingleAsync(r => r.ComplaintId == complaint);
            Assert.Equal(150.50m, stored.Amount);
            remedy = stored.Id;
        }

        await PostDoneAsync(client, $"/complaints/{complaint}/remedies/{remedy}/delivered", Date("Form.On", SafeguardApp.Today), $"/complaints/{complaint}");
        var delivered = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Equal("Met", Assert.Single(Duties(delivered, "CX_REMEDY_OVERDUE")).Status);
        Assert.Contains("Delivered", delivered.QuerySelector("table[aria-labelledby=remedies]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(delivered.QuerySelector($"a[href='/complaints/{complaint}/remedies/{remedy}/delivered']"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_remedy_past_its_due_date_is_overdue(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var client = await app.SignedInAsync(Manager);

        await PostDoneAsync(client, $"/complaints/{complaint}/remedies/new",
        [
            .. Date("Form.On", Adjudicated),
            new("Form.Kind", "apology"),
            new("Form.Description", "A written apology from the head of service"),
            new("Form.Owner", Id(await app.StaffIdAsync(Manager))),
            .. Date("Form.Due", SafeguardApp.Today.AddDays(-1)),
        ], $"/complaints/{complaint}");

        var page = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Equal("Overdue", Assert.Single(Duties(page, "CX_REMEDY_OVERDUE")).Status);
        Assert.Contains("Overdue", page.QuerySelector("table[aria-labelledby=remedies]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Deciding_no_remedy_is_needed_with_reasons_satisfies_the_remedy_decision(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var client = await app.SignedInAsync(Manager);

        await PostDoneAsync(client, $"/complaints/{complaint}/remedies/decline",
            [.. Date("Form.On", Adjudicated), new("Form.Reason", "The report is now shared and the complainant asked for nothing more")],
            $"/complaints/{complaint}");

        var page = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Empty(Duties(page, "CX_REMEDY_CONSIDERED"));
        Assert.Contains("no remedy is needed: The report is now shared and the complainant asked for nothing more", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_recommendation_and_its_action_are_tracked_until_the_action_is_completed_with_evidence(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var client = await app.SignedInAsync(Manager);

        await PostDoneAsync(client, $"/complaints/{complaint}/recommendations/new",
            [.. Date("Form.On", Adjudicated), new("Form.By", "stage-2"), new("Form.Text", "Share reports with parents three working days before a conference")],
            $"/complaints/{complaint}");
        long recommendation;
        await using (var db = app.Database())
        {
            var stored = await db.Recommendations.SingleAsync(r => r.ComplaintId == complaint);
            Assert.Equal(RecommendationSource.Stage2, stored.Source);
            recommendation = stored.Id;
        }

        var withRecommendation = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Contains("Share reports with parents three working days before a conference", withRecommendation.GetElementById("recommendation-list")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(withRecommendation.QuerySelector($"a[href='/complaints/{complaint}/actions/new?recommendation={recommendation}']"));

        await PostDoneAsync(client, $"/complaints/{complaint}/actions/new?recommendation={recommendation}",
        [
            .. Date("Form.On", SafeguardApp.Today),
            new("Form.Text", "Remind every team of the reports procedure"),
            new("Form.Owner", Id(await app.StaffIdAsync("daniel.reid"))),
            .. Date("Form.Due", SafeguardApp.Today),
            new("Form.Measure", "Every team manager confirms in writing"),
        ], $"/complaints/{complaint}");

        var agreed = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Equal("Due", Assert.Single(Duties(agreed, "CX_ACTION_OVERDUE")).Status);
        Assert.Empty(Duties(agreed, "CX_ACTION_SMART"));
        var actions = agreed.GetElementById("action-list")!.TextContent;
        Assert.Contains("Remind every team of the reports procedure", actions, StringComparison.Ordinal);
        Assert.Contains("Daniel Reid", actions, StringComparison.Ordinal);
        Assert.Contains("Every team manager confirms in writing", actions, StringComparison.Ordinal);
        long action;
        await using (var db = app.Database())
        {
            var stored = await db.Actions.SingleAsync(a => a.ComplaintId == complaint);
            Assert.Equal(recommendation, stored.RecommendationId);
            action = stored.Id;
        }

        await PostDoneAsync(client, $"/complaints/{complaint}/actions/{action}/complete",
            [.. Date("Form.On", SafeguardApp.Today), new("Form.Evidence", "Six confirmations kept in the complaint file")],
            $"/complaints/{complaint}");

        var done = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Equal("Met", Assert.Single(Duties(done, "CX_ACTION_OVERDUE")).Status);
        Assert.Contains("Evidence: Six confirmations kept in the complaint file", done.GetElementById("action-list")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_action_from_imported_history_without_a_measure_or_due_date_shows_as_a_breach(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        await app.RecordAsync(new ActionAgreed { On = Adjudicated, ActionId = 0, ComplaintId = complaint, Text = "Review the procedure", OwnerDescription = "Head of service" }, Manager, newReference: $"K{complaint}-ACT-IMPORTED");
        var client = await app.SignedInAsync(Manager);

        var page = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");

        var (status, text) = Assert.Single(Duties(page, "CX_ACTION_SMART"));
        Assert.Equal("Breach", status);
        Assert.Contains("has no due date, no measure of done", text, StringComparison.Ordinal);
        var actions = page.GetElementById("action-list")!.TextContent;
        Assert.Contains("Head of service", actions, StringComparison.Ordinal);
        Assert.Contains("No due date recorded", actions, StringComparison.Ordinal);
        Assert.Contains("No measure recorded", actions, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_Ombudsmans_remedies_and_actions_are_due_by_the_deadlines_the_decision_gives(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var client = await app.SignedInAsync(Manager);
        var decided = new DateOnly(2026, 2, 3);

        await PostDoneAsync(client, $"/complaints/{complaint}/ombudsman",
            [new("Form.Reference", "25 001 234"), .. Date("Form.On", decided), new("Form.Outcome", "upheld")],
            $"/complaints/{complaint}/ombudsman");
        var decision = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}/ombudsman");
        Assert.Equal("25 001 234", decision.GetElementById("ombudsman-reference")!.TextContent.Trim());
        Assert.Null(decision.QuerySelector("main form"));

        var owner = Id(await app.StaffIdAsync(Manager));
        await PostDoneAsync(client, $"/complaints/{complaint}/ombudsman/remedies/new",
            [new("Form.Kind", "payment"), new("Form.Amount", "300"), new("Form.Description", "For the time and trouble"), new("Form.Owner", owner), new("Form.Period", "one-month")],
            $"/complaints/{complaint}/ombudsman");
        await PostDoneAsync(client, $"/complaints/{complaint}/ombudsman/actions/new",
            [new("Form.Text", "Review the reports procedure"), new("Form.Owner", owner), new("Form.Measure", "The reviewed procedure is sent to the Ombudsman"), new("Form.Period", "three-months")],
            $"/complaints/{complaint}/ombudsman");

        var page = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        var remedy = Assert.Single(Duties(page, "CX_REMEDY_OVERDUE"));
        Assert.Equal("Overdue", remedy.Status);
        Assert.Contains("within one month of the Ombudsman's decision of 3 Feb 2026: due 3 Mar 2026", remedy.Text, StringComparison.Ordinal);
        var action = Assert.Single(Duties(page, "CX_ACTION_OVERDUE"));
        Assert.Equal("Due", action.Status);
        Assert.Contains("within three months of the Ombudsman's decision of 3 Feb 2026: due 3 May 2026", action.Text, StringComparison.Ordinal);
        Assert.Contains("25 001 234", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await using var db = app.Database();
        var recommendation = await db.Recommendations.SingleAsync(r => r.ComplaintId == complaint);
        Assert.Equal(RecommendationSource.Ombudsman, recommendation.Source);
        var stored = await db.Actions.SingleAsync(a => a.ComplaintId == complaint);
        Assert.Equal((recommendation.Id, new DateOnly(2026, 5, 3)), (stored.RecommendationId!.Value, stored.Due!.Value));
        Assert.Equal(new DateOnly(2026, 3, 3), (await db.Remedies.SingleAsync(r => r.ComplaintId == complaint)).Due);
    }
}
