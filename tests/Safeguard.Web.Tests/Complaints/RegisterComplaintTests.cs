using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Rules;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Complaints;

public sealed class RegisterComplaintTests
{
    private static string Url(ArrangedChild child) => $"/complaints/new?child={child.Id}";

    private static IEnumerable<KeyValuePair<string, string>> Date(string field, DateOnly date) =>
    [
        new($"Form.{field}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        new($"Form.{field}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        new($"Form.{field}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    private static List<KeyValuePair<string, string>> Valid(ArrangedChild child, DateOnly? received = null, DateOnly? arose = null) =>
    [
        new("Form.Complainant", child.Mother.ToString(CultureInfo.InvariantCulture)),
        new("Form.Standing", "Parent"),
        new("Form.ReceivedVia", "Email"),
        .. Date("Received", received ?? SafeguardApp.Today.AddDays(-2)),
        .. arose is { } a ? Date("MatterArose", a) : [],
        new("Form.Points", "The conference was late\n\n  Father was not invited  \n"),
    ];

    /// <summary>A child the complaints manager may open: one an earlier complaint is about.</summary>
    private static async Task<ArrangedChild> ChildWithComplaintAsync(SafeguardApp app)
    {
        var child = await app.ChildAsync("amara.okafor");
        await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-30));
        return child;
    }

    private static async Task<long> LatestComplaintAsync(SafeguardApp app, ArrangedChild child)
    {
        await using var db = app.Database();
        return await db.Complaints.Where(c => c.ChildId == child.Id).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    private static async Task<int> ComplaintsAboutAsync(SafeguardApp app, ArrangedChild child)
    {
        await using var db = app.Database();
        return await db.Complaints.CountAsync(c => c.ChildId == child.Id);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_registered_complaint_has_numbered_points_a_K_reference_and_opens_with_its_stage_1_clocks(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await ChildWithComplaintAsync(app);
        var client = await app.SignedInAsync(ComplaintArrange.Manager);

        var response = await Forms.PostAsync(client, Url(child), Valid(child));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await LatestComplaintAsync(app, child);
        Assert.Equal($"/complaints/{id}", response.Headers.Location?.OriginalString);
        await using (var db = app.Database())
        {
            var complaint = await db.Complaints.Include(c => c.Points).SingleAsync(c => c.Id == id);
            Assert.Matches("^K[0-9]{4}$", complaint.Reference);
            Assert.Equal(child.Mother, complaint.ComplainantId);
            Assert.Equal(SafeguardApp.Today.AddDays(-2), complaint.ReceivedOn);
            Assert.Equal([("1", "The conference was late"), ("2", "Father was not invited")], complaint.Points.OrderBy(p => p.Id).Select(p => (p.Reference, p.Summary)));
            var open = await db.Duties.Where(d => d.ComplaintId == id && d.Outcome == DutyOutcome.Open).Select(d => d.Rule).ToListAsync();
            Assert.Contains(RuleIds.Acknowledge, open);
            Assert.Contains(RuleIds.Stage1Response, open);
        }

        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Contains("registered", page.QuerySelector(".govuk-notification-banner--success")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Stage 1", page.GetElementById("complaint-stage")?.TextContent.Trim());
        var duties = page.QuerySelector("#complaint-duties + table")?.TextContent ?? page.Body!.TextContent;
        Assert.Contains(RuleIds.Acknowledge, duties, StringComparison.Ordinal);
        Assert.Contains(RuleIds.Stage1Response, duties, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_empty_form_names_every_question_and_records_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await ChildWithComplaintAsync(app);
        var client = await app.SignedInAsync(ComplaintArrange.Manager);

        var response = await Forms.PostAsync(client, Url(child), []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            [
                ("#Form_Complainant", "Select who made the complaint"),
                ("#Form_Standing", "Select the complainant's standing"),
                ("#Form_ReceivedVia", "Select how the complaint was received"),
                ("#Form_Received", "Enter the date the complaint was received"),
                ("#Form_Points", "Enter at least one point of complaint"),
            ],
            Forms.ErrorSummary(page));
        Assert.Equal("Select who made the complaint", Forms.FieldError(page, "Form_Complainant"));
        Assert.Equal("Enter at least one point of complaint", Forms.FieldError(page, "Form_Points"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(1, await ComplaintsAboutAsync(app, child));
    }

    public static TheoryData<DatabaseProvider, string> Mistakes()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in (DatabaseProvider[])[DatabaseProvider.Sqlite, DatabaseProvider.Postgres])
        {
            foreach (var mistake in (string[])["no child", "stranger", "no points", "sufficient interest", "future", "arose after", "late", "late without reasons"])
            {
                data.Add(provider, mistake);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Each_mistake_gets_its_message_by_its_field_and_records_nothing(DatabaseProvider provider, string mistake)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await ChildWithComplaintAsync(app);
        var stranger = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync(ComplaintArrange.Manager);
        var today = SafeguardApp.Today;
        var fields = Valid(child);
        void Set(string name, string value)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var url = Url(child);
        var action = url;
        (string Field, string Message) expected;
        switch (mistake)
        {
            case "no child":
                url = "/complaints/new";
                action = "/complaints/new";
                expected = ("Q", "Select the child the complaint is about");
                break;
            case "stranger":
                Set("Form.Complainant", stranger.Mother.ToString(CultureInfo.InvariantCulture));
                expected = ("Form_Complainant", "Select who made the complaint");
                break;
            case "no points":
                Set("Form.Points", " \n \n");
                expected = ("Form_Points", "Enter at least one point of complaint");
                break;
            case "sufficient interest":
                Set("Form.Standing", "SufficientInterest");
                expected = ("Form_StandingDecision", "Enter the council's decision that the complainant has sufficient interest in the child's welfare, and why");
                break;
            case "future":
                fields = Valid(child, received: today.AddDays(1));
                expected = ("Form_Received", "The date the complaint was received must be today or in the past");
                break;
            case "arose after":
                fields = Valid(child, received: today.AddDays(-10), arose: today.AddDays(-5));
                expected = ("Form_MatterArose", "The date the matter arose must be on or before the date the complaint was received");
                break;
            case "late":
                fields = Valid(child, received: today, arose: today.AddMonths(-13));
                expected = ("Form_LateDecision", "Select whether the council will consider a complaint made more than a year after the matter arose");
                break;
            default:
                fields = Valid(child, received: today, arose: today.AddMonths(-13));
                fields.Add(new("Form.LateDecision", "consider"));
                expected = ("Form_LateReasons", "Enter the council's reasons for its decision on the late complaint");
                break;
        }

        var response = await Forms.PostAsync(client, url, fields, action);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal([($"#{expected.Field}", expected.Message)], Forms.ErrorSummary(page));
        Assert.Equal(expected.Message, Forms.FieldError(page, expected.Field));
        Assert.Equal(1, await ComplaintsAboutAsync(app, child));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Someone_with_sufficient_interest_is_registered_with_the_council_s_decision(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await ChildWithComplaintAsync(app);
        var client = await app.SignedInAsync(ComplaintArrange.Manager);
        var fields = Valid(child).Where(f => f.Key != "Form.Standing").ToList();
        fields.Add(new("Form.Standing", "SufficientInterest"));
        fields.Add(new("Form.StandingDecision", "The grandmother cares for the child three days a week"));

        var response = await Forms.PostAsync(client, Url(child), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var received = await ReceivedAsync(app, await LatestComplaintAsync(app, child));
        Assert.Equal(ComplainantStanding.SufficientInterest, received.Standing);
        Assert.Equal("The grandmother cares for the child three days a week", received.StandingDecision);
        Assert.Equal(ComplaintChannel.Email, received.ReceivedVia);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_late_complaint_the_council_considers_keeps_its_reasons_and_raises_no_flag(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await ChildWithComplaintAsync(app);
        var client = await app.SignedInAsync(ComplaintArrange.Manager);
        var fields = Valid(child, received: SafeguardApp.Today, arose: SafeguardApp.Today.AddMonths(-13));
        fields.Add(new("Form.LateDecision", "consider"));
        fields.Add(new("Form.LateReasons", "The mother was in hospital for most of the year"));

        var response = await Forms.PostAsync(client, Url(child), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await LatestComplaintAsync(app, child);
        Assert.Equal("The mother was in hospital for most of the year", (await ReceivedAsync(app, id)).LateAccepted);
        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Equal("Stage 1", page.GetElementById("complaint-stage")?.TextContent.Trim());
        Assert.DoesNotContain("Late complaint:", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_late_complaint_not_considered_is_closed_with_the_decision_letter_due(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await ChildWithComplaintAsync(app);
        var client = await app.SignedInAsync(ComplaintArrange.Manager);
        var fields = Valid(child, received: SafeguardApp.Today, arose: SafeguardApp.Today.AddMonths(-14));
        fields.Add(new("Form.LateDecision", "not-consider"));
        fields.Add(new("Form.LateReasons", "The events were examined by the court in 2024"));

        var response = await Forms.PostAsync(client, Url(child), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await LatestComplaintAsync(app, child);
        await using (var db = app.Database())
        {
            var notice = await db.Duties.SingleAsync(d => d.ComplaintId == id && d.Rule == RuleIds.DecisionNotice);
            Assert.Equal(DutyOutcome.Open, notice.Outcome);
        }

        var page = await Forms.GetDocumentAsync(client, $"/complaints/{id}");
        Assert.Equal("Closed", page.GetElementById("complaint-stage")?.TextContent.Trim());
        Assert.Contains("not progressed", page.QuerySelector(".govuk-notification-banner--success")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_complaints_manager_finds_the_child_by_name_and_the_child_s_page_links_to_the_form(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await ChildWithComplaintAsync(app);
        var client = await app.SignedInAsync(ComplaintArrange.Manager);

        var search = await Forms.GetDocumentAsync(client, $"/complaints/new?q={Uri.EscapeDataString(child.Name)}");
        var childPage = await Forms.GetDocumentAsync(client, $"/children/{child.Id}");
        var form = await Forms.GetDocumentAsync(client, Url(child));

        Assert.NotNull(search.QuerySelector($"#children a[href='{Url(child)}']"));
        Assert.NotNull(childPage.QuerySelector($"#child-actions a[href='{Url(child)}']"));
        Assert.NotNull(form.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]"));
        var complainants = form.QuerySelectorAll("input[name='Form.Complainant']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(new HashSet<string?> { $"{child.Mother}", $"{child.Father}" }, complainants.Take(2).ToHashSet());
        Assert.Equal($"{child.Id}", complainants.Last());
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_first_complaint_about_a_child_is_registered_but_a_restricted_record_is_refused(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var first = await app.ChildAsync("amara.okafor");
        var restricted = await app.ChildAsync("amara.okafor");
        await using (var db = app.Database())
        {
            await db.People.Where(p => p.Id == restricted.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.Restricted, true));
        }

        var client = await app.SignedInAsync(ComplaintArrange.Manager);

        var found = await Forms.GetDocumentAsync(client, $"/complaints/new?q={first.Reference}");
        var registered = await Forms.PostAsync(client, Url(first), Valid(first));
        var child = await client.GetAsync($"/children/{first.Id}");
        var get = await client.GetAsync(Url(restricted));
        var post = await Forms.PostAsync(client, Url(first), Valid(restricted), Url(restricted));
        var missing = await client.GetAsync("/complaints/new?child=987654321");

        Assert.Contains(first.Name, found.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(1, await ComplaintsAboutAsync(app, first));
        Assert.Equal(HttpStatusCode.OK, child.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, await ComplaintsAboutAsync(app, restricted));
    }

    private static async Task<ComplaintReceived> ReceivedAsync(SafeguardApp app, long complaint)
    {
        await using var db = app.Database();
        var payload = await db.Facts.Where(f => f.ComplaintId == complaint && f.Type == "complaint-received").Select(f => f.Payload).SingleAsync();
        return (ComplaintReceived)Safeguard.Facts.FactJson.Deserialize(payload);
    }
}
