using System.Net;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;
using static Safeguard.Web.Tests.Complaints.StepsArrange;

namespace Safeguard.Web.Tests.Complaints;

public sealed class StepsValidationTests
{
    private static DateOnly Today => SafeguardApp.Today;

    /// <summary>Every step with the messages an empty form gives, in the order of the page.</summary>
    public static readonly Dictionary<string, (string Field, string Message)[]> EmptyMessages = new()
    {
        ["acknowledged"] = [("Form_On", "Enter the date the complaint was acknowledged")],
        ["deferred"] = [("Form_On", "Enter the date the complaint was deferred"), ("Form_Reason", "Enter why the complaint is deferred")],
        ["resumed"] = [("Form_On", "Enter the date the complaint resumed")],
        ["stage-1-extended"] = [("Form_On", "Enter the date of the extension"), ("Form_Reason", "Enter why stage 1 needs longer"), ("Form_Told", "Select yes if you have told the complainant about the extension")],
        ["stage-2-requested"] = [("Form_On", "Enter the date of the request")],
        ["statement-agreed"] = [("Form_On", "Enter the date the statement was agreed"), ("Form_Officer", "Select the investigating officer"), ("Form_Independent", "Select the independent person")],
        ["stage-2-extended"] = [("Form_On", "Enter the date of the extension"), ("Form_Reason", "Enter why stage 2 needs longer"), ("Form_Told", "Select yes if you have told the complainant about the extension")],
        ["report-received"] = [("Form_On", "Enter the date the report was received")],
        ["stage-3-requested"] = [("Form_On", "Enter the date of the request")],
        ["panel-appointed"] = [("Form_On", "Enter the date the panel was appointed"), ("Form_Members", "Select exactly three people for the review panel")],
        ["panel-held"] = [("Form_On", "Enter the date the panel met")],
        ["stage-3-declined"] = [("Form_On", "Enter the date stage 3 was declined"), ("Form_Reason", "Enter why stage 3 is declined"), ("Form_Exceptional", "Select yes if there are exceptional circumstances"), ("Form_Agreed", "Select yes if the complainant has agreed to stage 3 being declined")],
        ["closed"] = [("Form_On", "Enter the date the complaint was closed"), ("Form_Closure", "Select why the complaint is closed"), ("Form_Explanation", "Enter the reasons the complainant will be given")],
        ["appointment-ended"] = [("Form_On", "Enter the date the appointment ended"), ("Form_Person", "Select the appointment that has ended")],
    };

    public static TheoryData<DatabaseProvider, string> Steps()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var step in EmptyMessages.Keys)
            {
                data.Add(provider, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task An_empty_step_form_shows_each_question_s_message_and_records_nothing(DatabaseProvider provider, string step)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var before = await app.FactCountAsync(id);

        var response = await Forms.PostAsync(await app.SignedInAsync(Manager), $"/complaints/{id}/steps/{step}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(EmptyMessages[step].Select(m => ($"#{m.Field}", m.Message)), Forms.ErrorSummary(page));
        foreach (var (field, message) in EmptyMessages[step])
        {
            Assert.Equal(message, Forms.FieldError(page, field));
        }

        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(before, await app.FactCountAsync(id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Wrong_answers_are_named_by_their_field(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var client = await app.SignedInAsync(Manager);
        var liam = $"{await app.StaffIdAsync("liam.ford")}";
        var before = await app.FactCountAsync(id);

        var future = await PostStepAsync(client, id, "acknowledged", Today.AddDays(1));
        var notTold = await PostStepAsync(client, id, "stage-2-extended", Today, new() { ["Form.Reason"] = "Witnesses are away", ["Form.Told"] = "no" });
        var samePerson = await PostStepAsync(client, id, "statement-agreed", Today, new() { ["Form.Officer"] = liam, ["Form.Independent"] = liam });
        var notAppointed = await PostStepAsync(client, id, "appointment-ended", Today, new() { ["Form.Person"] = $"{await app.StaffIdAsync("amara.okafor")}" });

        Assert.Equal("The date the complaint was acknowledged must be today or in the past", await ErrorAsync(future, "Form_On"));
        Assert.Equal("Tell the complainant about the extension before you record it", await ErrorAsync(notTold, "Form_Told"));
        // The investigating officer is offered only as the officer: no account of theirs is an independent person's.
        Assert.Equal("Select the independent person", await ErrorAsync(samePerson, "Form_Independent"));
        Assert.Equal("Select the appointment that has ended", await ErrorAsync(notAppointed, "Form_Person"));
        Assert.Equal(before, await app.FactCountAsync(id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_step_out_of_order_shows_the_service_s_message_and_records_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var (id, _) = await app.ComplaintAsync(Today.AddDays(-2));
        var client = await app.SignedInAsync(Manager);
        var before = await app.FactCountAsync(id);

        var panel = await PostStepAsync(client, id, "panel-held", Today);
        var resume = await PostStepAsync(client, id, "resumed", Today);
        var stage2 = await PostStepAsync(client, id, "stage-2-requested", Today);

        Assert.Equal([("#main-content", "There is no stage 3 request for a panel.")], Forms.ErrorSummary(await Forms.ParseAsync(await panel.Content.ReadAsStringAsync())));
        Assert.Equal([("#main-content", "This complaint is not deferred, so it cannot resume.")], Forms.ErrorSummary(await Forms.ParseAsync(await resume.Content.ReadAsStringAsync())));
        Assert.Equal([("#main-content", "Stage 2 can be requested once stage 1 has been answered or its deadline has passed.")], Forms.ErrorSummary(await Forms.ParseAsync(await stage2.Content.ReadAsStringAsync())));
        Assert.Equal(before, await app.FactCountAsync(id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_the_complaints_manager_records_steps(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var before = await app.FactCountAsync(id);

        foreach (var account in new[] { "isla.morgan", "liam.ford", "amara.okafor" })
        {
            var client = await app.SignedInAsync(account);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/complaints/{id}/steps/acknowledged")).StatusCode);
            var home = await Forms.GetDocumentAsync(client, "/");
            var post = await client.PostAsync($"/complaints/{id}/steps/acknowledged", new FormUrlEncodedContent(
                Pathway.FormCases.Date(Today).Append(new("__RequestVerificationToken", Forms.Token(home)))));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal(before, await app.FactCountAsync(id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_unknown_step_or_complaint_is_not_found(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var id = await app.AtStage3Async();
        var client = await app.SignedInAsync(Manager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/complaints/{id}/steps/no-such-step")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/complaints/987654321/steps/acknowledged")).StatusCode);
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Forms.FieldError(await Forms.ParseAsync(await response.Content.ReadAsStringAsync()), field);
    }
}
