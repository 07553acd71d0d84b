using System.Net;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;
using static Safeguard.Web.Tests.Complaints.StepsArrange;

namespace Safeguard.Web.Tests.Complaints;

public sealed class StepsTests
{
    private static DateOnly Today => SafeguardApp.Today;

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_new_complaint_offers_only_the_steps_that_make_sense_and_a_reader_sees_none(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var (id, _) = await app.ComplaintAsync(Today.AddDays(-2));

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync(Manager), $"/complaints/{id}");
        var links = page.QuerySelectorAll("#next-steps a").Select(a => a.GetAttribute("href")).ToList();
        var reader = await Forms.GetDocumentAsync(await app.SignedInAsync("isla.morgan"), $"/complaints/{id}");

        Assert.Equal(["acknowledged", "deferred", "stage-1-extended", "closed"], links.Select(l => l![(l!.LastIndexOf('/') + 1)..]));
        Assert.Null(reader.QuerySelector("#next-step"));
        Assert.Empty(reader.QuerySelectorAll($"a[href*='/steps/']"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Acknowledging_meets_the_acknowledgement_duty_and_returns_to_the_complaint_with_a_confirmation(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var (id, _) = await app.ComplaintAsync(Today.AddDays(-1));
        var client = await app.SignedInAsync(Manager);

        var response = await PostStepAsync(client, id, "acknowledged", Today);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/complaints/{id}", response.Headers.Location?.OriginalString);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Equal("Acknowledgement recorded", page.QuerySelector(".govuk-notification-banner--success .govuk-notification-banner__heading")?.TextContent);
        Assert.Contains("Met", DutyRow(page, "CX_ACKNOWLEDGE"), StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("#next-steps a"), a => a.GetAttribute("href")!.EndsWith("/acknowledged", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_stage_1_extension_on_or_before_the_10th_working_day_moves_the_due_date_to_the_20th(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var (id, _) = await app.ComplaintAsync(new DateOnly(2026, 3, 2));
        var client = await app.SignedInAsync(Manager);
        var form = await Forms.GetDocumentAsync(client, $"/complaints/{id}/steps/stage-1-extended");

        var response = await PostStepAsync(client, id, "stage-1-extended", Today, new() { ["Form.Reason"] = "The social worker is on leave", ["Form.Told"] = "yes" });

        Assert.Contains("16 March 2026", form.QuerySelector("#current-due")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Contains("30 Mar 2026", DutyRow(page, "CX_STAGE1_RESPONSE"), StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.True(db.Facts.Any(f => f.ComplaintId == id && f.Payload.Contains("The social worker is on leave. The complainant has been told.")));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_stage_1_extension_after_the_10th_working_day_leaves_the_due_date_where_it_was(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var (id, _) = await app.ComplaintAsync(new DateOnly(2026, 2, 9));
        var client = await app.SignedInAsync(Manager);

        var response = await PostStepAsync(client, id, "stage-1-extended", Today, new() { ["Form.Reason"] = "More enquiries are needed", ["Form.Told"] = "yes" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = DutyRow(await Forms.GetDocumentAsync(client, $"/complaints/{id}"), "CX_STAGE1_RESPONSE");
        Assert.Contains("23 Feb 2026", row, StringComparison.Ordinal);
        Assert.Contains("Overdue", row, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Deferring_stops_stage_1_and_resuming_starts_it_again_from_the_day_it_resumes(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var (id, _) = await app.ComplaintAsync(new DateOnly(2026, 3, 2));
        var client = await app.SignedInAsync(Manager);

        var deferred = await PostStepAsync(client, id, "deferred", new DateOnly(2026, 3, 4), new() { ["Form.Reason"] = "Care proceedings would be prejudiced" });
        var whileDeferred = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        var resumed = await PostStepAsync(client, id, "resumed", Today);
        var afterwards = await Forms.GetDocumentAsync(client, $"/complaints/{id}");

        Assert.Equal(HttpStatusCode.Redirect, deferred.StatusCode);
        Assert.Equal("Deferred", whileDeferred.QuerySelector("#complaint-stage")?.TextContent);
        Assert.DoesNotContain("Due", DutyRow(whileDeferred, "CX_STAGE1_RESPONSE") ?? "", StringComparison.Ordinal);
        Assert.Contains(whileDeferred.QuerySelectorAll("#next-steps a"), a => a.GetAttribute("href")!.EndsWith("/resumed", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.Equal("Stage 1", afterwards.QuerySelector("#complaint-stage")?.TextContent);
        var row = DutyRow(afterwards, "CX_STAGE1_RESPONSE");
        Assert.Contains("24 Mar 2026", row, StringComparison.Ordinal);
        Assert.Contains("Due", row, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_late_stage_2_request_is_recorded_and_flagged(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AnsweredAtStage1Async(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 12));
        var client = await app.SignedInAsync(Manager);

        var response = await PostStepAsync(client, id, "stage-2-requested", Today);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Equal("Stage 2: investigation", page.QuerySelector("#complaint-stage")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".govuk-warning-text__text"), w => w.TextContent.Contains("Late request", StringComparison.Ordinal));
        Assert.NotNull(DutyRow(page, "CX_STAGE2_START"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Agreeing_the_statement_appoints_the_officer_and_independent_person_who_can_then_open_the_complaint(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AnsweredAtStage1Async(Today.AddDays(-30), Today.AddDays(-20));
        await app.RecordAsync(new Stage2Requested { On = Today.AddDays(-5), ComplaintId = id }, Manager);
        var client = await app.SignedInAsync(Manager);
        var officer = await app.StaffIdAsync("liam.ford");
        var independent = await app.StaffIdAsync("maya.singh");
        var liam = await app.SignedInAsync("liam.ford");
        var before = await liam.GetAsync($"/complaints/{id}");

        var response = await PostStepAsync(client, id, "statement-agreed", Today, new() { ["Form.Officer"] = $"{officer}", ["Form.Independent"] = $"{independent}" });

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        var appointed = page.QuerySelectorAll("table[aria-labelledby='appointments'] tbody tr").Select(r => Squash(r.TextContent)).ToList();
        Assert.Contains(appointed, r => r.Contains("Liam Ford Investigating officer", StringComparison.Ordinal) && r.Contains("Still appointed", StringComparison.Ordinal));
        Assert.Contains(appointed, r => r.Contains("Maya Singh Independent person", StringComparison.Ordinal));
        Assert.Contains("Met", DutyRow(page, "CX_STAGE2_START"), StringComparison.Ordinal);
        Assert.Contains("Due", DutyRow(page, "CX_STAGE2_RESPONSE"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await liam.GetAsync($"/complaints/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("maya.singh")).GetAsync($"/complaints/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Ending_an_appointment_closes_the_complaint_to_that_person(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var client = await app.SignedInAsync(Manager);

        var response = await PostStepAsync(client, id, "appointment-ended", Today, new() { ["Form.Person"] = $"{await app.StaffIdAsync("liam.ford")}" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("liam.ford")).GetAsync($"/complaints/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("maya.singh")).GetAsync($"/complaints/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_review_panel_is_three_people_and_once_held_its_report_is_due(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var client = await app.SignedInAsync(Manager);
        string[] members = [$"{await app.StaffIdAsync("nadia.brooks")}", $"{await app.StaffIdAsync("oscar.hill")}", $"{await app.StaffIdAsync("priya.shah")}"];
        var form = await Forms.GetDocumentAsync(client, $"/complaints/{id}/steps/panel-appointed");

        var two = await Forms.PostAsync(client, $"/complaints/{id}/steps/panel-appointed", Pathway.FormCases.Date(Today).Concat(members[..2].Select(m => new KeyValuePair<string, string>("Form.Members", m))));
        var three = await Forms.PostAsync(client, $"/complaints/{id}/steps/panel-appointed", Pathway.FormCases.Date(Today).Concat(members.Select(m => new KeyValuePair<string, string>("Form.Members", m))));
        var held = await PostStepAsync(client, id, "panel-held", Today);

        Assert.Equal(members.Order(), form.QuerySelectorAll("input[name='Form.Members']").Select(i => i.GetAttribute("value")!).Where(members.Contains).Order());
        Assert.Equal("Select exactly three people for the review panel", Forms.FieldError(await Forms.ParseAsync(await two.Content.ReadAsStringAsync()), "Form_Members"));
        Assert.Equal(HttpStatusCode.Redirect, three.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Equal(3, page.QuerySelectorAll("table[aria-labelledby='appointments'] tbody tr").Count(r => r.TextContent.Contains("Review panel member", StringComparison.Ordinal)));
        Assert.Contains("Met", DutyRow(page, "CX_STAGE3_PANEL"), StringComparison.Ordinal);
        Assert.Contains("Due", DutyRow(page, "CX_STAGE3_REPORT"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Declining_stage_3_without_the_complainant_s_agreement_is_recorded_as_a_breach(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var client = await app.SignedInAsync(Manager);
        var form = await Forms.GetDocumentAsync(client, $"/complaints/{id}/steps/stage-3-declined");

        var response = await PostStepAsync(client, id, "stage-3-declined", Today, new() { ["Form.Reason"] = "The panel would add nothing", ["Form.Exceptional"] = "yes", ["Form.Agreed"] = "no" });

        Assert.Contains("will be recorded as a breach of CX_STAGE3_REFUSED", form.QuerySelector(".govuk-warning-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Equal("Stage 3 declined and recorded as a breach of CX_STAGE3_REFUSED: the complainant has not agreed", page.QuerySelector(".govuk-notification-banner--success .govuk-notification-banner__heading")?.TextContent);
        Assert.Equal("Stage 3 declined", page.QuerySelector("#complaint-stage")?.TextContent);
        Assert.Contains("Breach", DutyRow(page, "CX_STAGE3_REFUSED"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Declining_stage_3_in_exceptional_circumstances_with_agreement_is_no_breach(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var client = await app.SignedInAsync(Manager);

        var response = await PostStepAsync(client, id, "stage-3-declined", Today, new() { ["Form.Reason"] = "Resolved by agreement", ["Form.Exceptional"] = "yes", ["Form.Agreed"] = "yes" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Breach", DutyRow(await Forms.GetDocumentAsync(client, $"/complaints/{id}"), "CX_STAGE3_REFUSED") ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Closing_starts_the_decision_notice_duty_and_ends_the_appointments(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var client = await app.SignedInAsync(Manager);

        var response = await PostStepAsync(client, id, "closed", Today, new() { ["Form.Closure"] = "Withdrawn", ["Form.Explanation"] = "You told us on 9 March that you no longer wish to go on." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Equal("Closed", page.QuerySelector("#complaint-stage")?.TextContent);
        Assert.Contains("Due", DutyRow(page, "CX_DECISION_NOTICE"), StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("table[aria-labelledby='appointments'] tbody tr"), r => r.TextContent.Contains("Still appointed", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("#next-steps"));
    }
}
