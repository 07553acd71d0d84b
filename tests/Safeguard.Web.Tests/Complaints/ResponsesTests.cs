using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Web.Tests.Infrastructure;
using Safeguard.Web.Tests.Meetings;
using static Safeguard.Web.Tests.Complaints.ResponsesArrange;

namespace Safeguard.Web.Tests.Complaints;

public sealed class ResponsesTests
{
    private static readonly DateOnly Received = new(2026, 3, 2);

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_stage_1_response_with_an_outcome_for_every_point_is_recorded_with_its_letter_and_meets_the_stage_1_clock(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.ComplaintAsync(Received, "P1", "P2", "P3");
        await app.RecordAsync(new PointExcluded { On = Received, ComplaintId = complaint.Id, PointId = complaint.Points[2], Reason = "The court decided where the children live." }, Manager);
        var client = await app.SignedInAsync(Manager);
        var url = $"/complaints/{complaint.Id}/responses/stage-1";

        var form = await Forms.GetDocumentAsync(client, url);
        Assert.NotNull(form.QuerySelector("input[name='Form.Outcomes[0]']"));
        Assert.NotNull(form.QuerySelector("input[name='Form.Outcomes[1]']"));
        Assert.Null(form.QuerySelector("input[name='Form.Outcomes[2]']"));
        Assert.Contains("The court decided where the children live.", form.GetElementById("point-P3-excluded")!.TextContent, StringComparison.Ordinal);

        var response = await Forms.PostAsync(client, url, ResponseFields(SafeguardApp.Today, "We have looked into your complaint.", "upheld", "partly-upheld"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = response.Headers.Location!.OriginalString;
        await using (var db = app.Database())
        {
            var rows = await db.Facts.Where(f => f.ComplaintId == complaint.Id && (f.Type == "letter-sent" || f.Type == "stage-1-response-sent")).OrderBy(f => f.Id).ToListAsync();
            Assert.Equal(["letter-sent", "stage-1-response-sent"], rows.Select(r => r.Type));
            Assert.Equal($"/complaints/{complaint.Id}/letters/{rows[0].Id}/sent", confirmation);
            var letter = Assert.IsType<LetterSent>(FactJson.Deserialize(rows[0].Payload));
            Assert.Equal([complaint.Child.Mother], letter.To);
            Assert.Equal(LetterKind.Outcome, letter.Kind);
            var sent = Assert.IsType<Stage1ResponseSent>(FactJson.Deserialize(rows[1].Payload));
            Assert.Equal(PointOutcome.Upheld, sent.Outcomes[complaint.Points[0]]);
            Assert.Equal(PointOutcome.PartlyUpheld, sent.Outcomes[complaint.Points[1]]);
            Assert.Equal(PointOutcome.Excluded, sent.Outcomes[complaint.Points[2]]);
        }

        var page = await Forms.GetDocumentAsync(client, $"/complaints/{complaint.Id}");
        Assert.Equal("Met", DutyStatus(page, "CX_STAGE1_RESPONSE"));
        var letters = page.GetElementById("letters")!.TextContent;
        Assert.Contains("Stage 1 response", letters, StringComparison.Ordinal);
        Assert.Contains($"Mother of {complaint.Child.Name}", letters, StringComparison.Ordinal);

        var text = await LetterTextAsync(client, confirmation);
        Assert.Contains("Point P1 Summary of point P1 Outcome Upheld.", text, StringComparison.Ordinal);
        Assert.Contains("Point P2 Summary of point P2 Outcome Partly upheld.", text, StringComparison.Ordinal);
        Assert.Contains("Point P3 Summary of point P3 Outcome Excluded. The complaints procedure cannot look at this part of your complaint. Reason The court decided where the children live.", text, StringComparison.Ordinal);
        Assert.Contains("We have looked into your complaint.", text, StringComparison.Ordinal);
        // 20 working days from Tuesday 10 March 2026, skipping Good Friday (3 April) and Easter Monday (6 April).
        Assert.Contains("by Thursday 9 April 2026", text, StringComparison.Ordinal);
        Assert.Contains("Harry Evans, complaints manager, Northbrook Borough Council", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_response_without_an_outcome_for_one_point_says_so_next_to_that_point_and_records_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.ComplaintAsync(Received, "P1", "P2");
        var client = await app.SignedInAsync(Manager);
        var url = $"/complaints/{complaint.Id}/responses/stage-1";
        var before = await app.FactTypesAsync(complaint.Id);

        var page = await PageAsync(await Forms.PostAsync(client, url, ResponseFields(SafeguardApp.Today, "Our response.", "not-upheld", null)));

        Assert.Equal([("#Form_Outcomes_1_", "Select an outcome for point P2")], Forms.ErrorSummary(page));
        Assert.Equal("Select an outcome for point P2", Forms.FieldError(page, "Form_Outcomes_1_"));
        Assert.Null(Forms.FieldError(page, "Form_Outcomes_0_"));
        Assert.Equal(before, await app.FactTypesAsync(complaint.Id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_panel_report_and_the_stage_3_response_give_the_panels_outcomes_and_the_ombudsman_date(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.ComplaintAsync(new DateOnly(2025, 11, 3), "P1", "P2");
        var notUpheld = new Dictionary<long, PointOutcome> { [complaint.Points[0]] = PointOutcome.NotUpheld, [complaint.Points[1]] = PointOutcome.NotUpheld };
        await app.RecordAsync(new Stage1ResponseSent { On = new DateOnly(2025, 11, 10), ComplaintId = complaint.Id, Outcomes = notUpheld }, Manager);
        await app.RecordAsync(new Stage2Requested { On = new DateOnly(2025, 11, 12), ComplaintId = complaint.Id }, Manager);
        await app.RecordAsync(new Stage2StatementAgreed { On = new DateOnly(2025, 11, 14), ComplaintId = complaint.Id }, Manager);
        await app.RecordAsync(new Stage2AdjudicationSent { On = new DateOnly(2026, 1, 5), ComplaintId = complaint.Id, Outcomes = notUpheld }, Manager);
        await app.RecordAsync(new Stage3Requested { On = new DateOnly(2026, 1, 12), ComplaintId = complaint.Id }, Manager);
        await app.RecordAsync(new Stage3PanelAppointed { On = new DateOnly(2026, 1, 20), ComplaintId = complaint.Id, Members = [await app.StaffIdAsync("nadia.brooks"), await app.StaffIdAsync("oscar.hill"), await app.StaffIdAsync("priya.shah")] }, Manager);
        await app.RecordAsync(new Stage3PanelHeld { On = new DateOnly(2026, 2, 2), ComplaintId = complaint.Id }, Manager);
        var client = await app.SignedInAsync(Manager);
        var before = await Forms.GetDocumentAsync(client, $"/complaints/{complaint.Id}");
        Assert.Equal("Record the review panel's report", before.QuerySelector("#response-actions a")!.TextContent.Trim());

        var report = await Forms.PostAsync(client, $"/complaints/{complaint.Id}/responses/panel-report", ResponseFields(new DateOnly(2026, 3, 2), null, "upheld", "not-upheld"));

        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        Assert.DoesNotContain("letter-sent", await app.FactTypesAsync(complaint.Id));
        var form = await Forms.GetDocumentAsync(client, $"/complaints/{complaint.Id}/responses/stage-3");
        Assert.Contains("Upheld", form.GetElementById("panel-outcomes")!.NextElementSibling!.TextContent, StringComparison.Ordinal);

        var response = await Forms.PostAsync(client, $"/complaints/{complaint.Id}/responses/stage-3", ResponseFields(SafeguardApp.Today, "We accept the panel's findings."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["stage-3-report-issued", "letter-sent", "stage-3-response-sent"], (await app.FactTypesAsync(complaint.Id)).TakeLast(3));
        var text = await LetterTextAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("Point P1 Summary of point P1 Outcome Upheld.", text, StringComparison.Ordinal);
        Assert.Contains("Point P2 Summary of point P2 Outcome Not upheld.", text, StringComparison.Ordinal);
        Assert.Contains("within 12 months, by Wednesday 10 March 2027", text, StringComparison.Ordinal);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{complaint.Id}");
        Assert.Equal("Met", DutyStatus(page, "CX_STAGE3_RESPONSE"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_decision_letter_tells_the_complainant_of_a_closure_with_its_reasons_and_meets_the_decision_notice(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.ComplaintAsync(Received, "P1");
        await app.RecordAsync(new ComplaintClosed { On = new DateOnly(2026, 3, 6), ComplaintId = complaint.Id, Reason = ClosureReason.Withdrawn, ComplainantInformed = false, Explanation = "You told us on the phone that you no longer wish to go on." }, Manager);
        var client = await app.SignedInAsync(Manager);
        var complaintPage = await Forms.GetDocumentAsync(client, $"/complaints/{complaint.Id}");
        Assert.NotEqual("Met", DutyStatus(complaintPage, "CX_DECISION_NOTICE"));
        Assert.Equal("Send the decision letter", complaintPage.QuerySelector("#response-actions a")!.TextContent.Trim());
        var url = $"/complaints/{complaint.Id}/decision-letter";

        var response = await Forms.PostAsync(client, url, ResponseFields(SafeguardApp.Today, null));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["complaint-closed", "letter-sent", "complainant-informed"], (await app.FactTypesAsync(complaint.Id)).TakeLast(3));
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{complaint.Id}");
        Assert.Equal("Met", DutyStatus(page, "CX_DECISION_NOTICE"));
        Assert.Null(page.GetElementById("response-actions"));
        Assert.Contains("Decision letter", page.GetElementById("letters")!.TextContent, StringComparison.Ordinal);
        var text = await LetterTextAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("We have closed your complaint because it has been withdrawn.", text, StringComparison.Ordinal);
        Assert.Contains("You told us on the phone that you no longer wish to go on.", text, StringComparison.Ordinal);
        Assert.Contains("by Wednesday 10 March 2027", text, StringComparison.Ordinal);
        var again = await Forms.GetDocumentAsync(client, url);
        Assert.NotNull(again.GetElementById("not-now"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_complainant_under_a_contact_restriction_still_gets_their_own_response_which_concerns_no_child(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.ComplaintAsync(Received, "P1");
        var idva = await app.AdultAsync($"IDVA for {complaint.Child.Name}");
        await app.RecordAsync(new ContactRestrictionRecorded { On = Received, PersonId = complaint.Child.Mother, Protects = [complaint.Child.Father, complaint.Child.Id], ViaId = idva });
        var client = await app.SignedInAsync(Manager);

        var response = await Forms.PostAsync(client, $"/complaints/{complaint.Id}/responses/stage-1", ResponseFields(SafeguardApp.Today, "Our response.", "not-upheld"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("stage-1-response-sent", await app.FactTypesAsync(complaint.Id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_the_complaints_manager_may_send_responses_and_readers_of_the_complaint_may_download_its_letters(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.ComplaintAsync(Received, "P1");
        var manager = await app.SignedInAsync(Manager);
        var sent = await Forms.PostAsync(manager, $"/complaints/{complaint.Id}/responses/stage-1", ResponseFields(SafeguardApp.Today, "Our response.", "upheld"));
        var letter = sent.Headers.Location!.OriginalString.Replace("/sent", "", StringComparison.Ordinal);
        var senior = await app.SignedInAsync("isla.morgan");
        var worker = await app.SignedInAsync("amara.okafor");

        foreach (var url in (string[])[$"/complaints/{complaint.Id}/responses/stage-2", $"/complaints/{complaint.Id}/decision-letter", $"{letter}/sent"])
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await senior.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync(url)).StatusCode);
        }

        var token = Forms.Token(await Forms.GetDocumentAsync(senior, "/"));
        var post = await senior.PostAsync($"/complaints/{complaint.Id}/responses/stage-2", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await senior.GetAsync(letter)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync(letter)).StatusCode);
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "isla.morgan" && a.Action == "view complaint letter" && a.Subject == $"complaint:{complaint.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Bad_input_to_the_response_pages_is_an_error_or_not_found_never_a_server_error(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.ComplaintAsync(Received, "P1");
        var other = await app.ComplaintAsync(Received, "P1");
        var client = await app.SignedInAsync(Manager);
        var url = $"/complaints/{complaint.Id}/responses/stage-1";
        var before = await app.FactTypesAsync(complaint.Id);

        var garbage = ResponseFields(SafeguardApp.Today, new string('x', 3), "banana");
        garbage["Form.Sent.Day"] = "31";
        garbage["Form.Sent.Month"] = "2";
        garbage["Form.Outcomes[7]"] = "upheld";
        garbage["Form.SendTo"] = "not a number";
        var page = await PageAsync(await Forms.PostAsync(client, url, garbage));
        Assert.Contains(("#Form_Sent", "The date the stage 1 response was sent must be a real date"), Forms.ErrorSummary(page));
        Assert.Equal("Select an outcome for point P1", Forms.FieldError(page, "Form_Outcomes_0_"));

        var future = await PageAsync(await Forms.PostAsync(client, url, ResponseFields(SafeguardApp.Today.AddDays(1), " ", "upheld")));
        Assert.Equal("The date the stage 1 response was sent must be today or in the past", Forms.FieldError(future, "Form_Sent"));
        Assert.Equal("Enter the stage 1 response to the complainant", Forms.FieldError(future, "Form_Text"));

        var notNow = await PageAsync(await Forms.PostAsync(client, $"/complaints/{complaint.Id}/responses/stage-2", ResponseFields(SafeguardApp.Today, "Text", "upheld")));
        Assert.Equal("The stage 2 statement of complaint has not been agreed.", notNow.GetElementById("not-now")!.TextContent.Trim());
        Assert.Equal(before, await app.FactTypesAsync(complaint.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/complaints/{complaint.Id}/responses/stage-9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/complaints/{long.MaxValue}/responses/stage-1")).StatusCode);
        var sent = await Forms.PostAsync(client, url, ResponseFields(SafeguardApp.Today, "Our response.", "upheld"));
        var letter = sent.Headers.Location!.OriginalString.Replace("/sent", "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(letter.Replace($"/complaints/{complaint.Id}/", $"/complaints/{other.Id}/", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/complaints/{complaint.Id}/letters/{long.MaxValue}")).StatusCode);
    }
}
