using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Pathway;

public sealed class EntryFormTests
{
    [Theory]
    [MemberData(nameof(FormCases.Cases), MemberType = typeof(FormCases))]
    public async Task A_valid_entry_is_recorded_and_the_worker_returns_to_the_child_with_a_confirmation(DatabaseProvider provider, string slug)
    {
        var app = await Apps.SharedAsync(provider);
        var form = FormCases.Get(slug);
        var child = await app.ChildAsync("amara.okafor");
        var answers = await form.Arrange(app, child);
        var before = await CountAsync(app, child.Id, form.FactType);
        var client = await app.SignedInAsync("amara.okafor");

        var response = await Forms.PostAsync(client, $"/children/{child.Id}/record/{slug}", answers.Concat(FormCases.Date(SafeguardApp.Today)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{child.Id}", response.Headers.Location?.OriginalString);
        await using var db = app.Database();
        var row = await db.Facts.Where(f => f.ChildId == child.Id && f.Type == form.FactType).OrderByDescending(f => f.Id).FirstAsync();
        Assert.Equal(before + 1, await CountAsync(app, child.Id, form.FactType));
        Assert.Equal("amara.okafor", row.RecordedBy);
        Assert.Equal(SafeguardApp.Today, row.OccurredOn);
        Assert.Null(row.SupersedesId);
        var page = await Forms.GetDocumentAsync(client, $"/children/{child.Id}");
        Assert.NotNull(page.QuerySelector(".govuk-notification-banner--success"));
    }

    [Theory]
    [MemberData(nameof(FormCases.Cases), MemberType = typeof(FormCases))]
    public async Task An_empty_form_shows_each_question_s_message_in_the_summary_and_by_the_field_and_records_nothing(DatabaseProvider provider, string slug)
    {
        var app = await Apps.SharedAsync(provider);
        var form = FormCases.Get(slug);
        var child = await app.ChildAsync("amara.okafor");
        await form.Arrange(app, child);
        var before = await CountAsync(app, child.Id, form.FactType);
        var client = await app.SignedInAsync("amara.okafor");

        var response = await Forms.PostAsync(client, $"/children/{child.Id}/record/{slug}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        var summary = Forms.ErrorSummary(page);
        foreach (var (field, message) in form.EmptyMessages)
        {
            Assert.Contains(($"#{field}", message), summary);
            Assert.Equal(message, Forms.FieldError(page, field));
        }

        Assert.Equal(form.EmptyMessages.Select(m => ($"#{m.Key}", m.Value)), summary);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app, child.Id, form.FactType));
    }

    [Theory]
    [MemberData(nameof(FormCases.Cases), MemberType = typeof(FormCases))]
    public async Task A_date_that_is_not_real_or_is_in_the_future_is_refused_and_nothing_is_recorded(DatabaseProvider provider, string slug)
    {
        var app = await Apps.SharedAsync(provider);
        var form = FormCases.Get(slug);
        var child = await app.ChildAsync("amara.okafor");
        var answers = await form.Arrange(app, child);
        var before = await CountAsync(app, child.Id, form.FactType);
        var client = await app.SignedInAsync("amara.okafor");
        var description = char.ToUpperInvariant(form.DateDescription[0]) + form.DateDescription[1..];

        var notReal = answers.Concat(new Dictionary<string, string> { ["Form.On.Day"] = "30", ["Form.On.Month"] = "2", ["Form.On.Year"] = "2026" });
        var future = answers.Concat(FormCases.Date(SafeguardApp.Today.AddDays(1)));
        var partial = answers.Concat(new Dictionary<string, string> { ["Form.On.Day"] = "3", ["Form.On.Year"] = "2026" });

        foreach (var (fields, message) in new[]
        {
            (notReal, $"{description} must be a real date"),
            (future, $"{description} must be today or in the past"),
            (partial, $"{description} must include a month"),
        })
        {
            var response = await Forms.PostAsync(client, $"/children/{child.Id}/record/{slug}", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
            Assert.Equal([("#Form_On", message)], Forms.ErrorSummary(page));
            Assert.Equal(message, Forms.FieldError(page, "Form_On"));
        }

        Assert.Equal(before, await CountAsync(app, child.Id, form.FactType));
    }

    [Theory]
    [MemberData(nameof(FormCases.Cases), MemberType = typeof(FormCases))]
    public async Task A_worker_in_another_team_gets_403_on_the_form_and_the_post_and_nothing_is_recorded(DatabaseProvider provider, string slug)
    {
        var app = await Apps.SharedAsync(provider);
        var form = FormCases.Get(slug);
        var child = await app.ChildAsync("amara.okafor");
        var answers = await form.Arrange(app, child);
        var before = await CountAsync(app, child.Id, form.FactType);
        var client = await app.SignedInAsync("chloe.patel");
        var url = $"/children/{child.Id}/record/{slug}";

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        var response = await Forms.PostAsync(client, "/referrals/new", answers.Concat(FormCases.Date(SafeguardApp.Today)), action: url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountAsync(app, child.Id, form.FactType));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Roles_that_do_not_record_the_pathway_get_403_and_nothing_is_recorded(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var url = $"/children/{child.Id}/record/visit-no-access";

        foreach (var role in new[] { "kemi.adeyemi", "grace.lee", "farah.khan", "isla.morgan" })
        {
            var client = await app.SignedInAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            var content = new FormUrlEncodedContent(FormCases.Date(SafeguardApp.Today));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(url, content)).StatusCode);
        }

        Assert.Equal(0, await CountAsync(app, child.Id, "visit-no-access"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_step_out_of_order_shows_the_record_s_reason_by_the_form_and_records_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");

        var response = await Forms.PostAsync(client, $"/children/{child.Id}/record/section-47-completed", FormCases.Date(SafeguardApp.Today).Append(new("Form.Choice", "Conference")));

        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        const string Message = "There is no section 47 enquiry open for this child: record the strategy discussion that started it first.";
        Assert.Equal([("#Form_Choice", Message)], Forms.ErrorSummary(page));
        Assert.Equal(Message, Forms.FieldError(page, "Form_Choice"));
        Assert.Equal(0, await CountAsync(app, child.Id, "section-47-completed"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Recording_the_referral_decision_meets_its_duty_and_an_enquiry_ending_in_conference_starts_the_conference_clock(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");

        await Forms.PostAsync(client, $"/children/{child.Id}/record/referral-decision", FormCases.Date(SafeguardApp.Today).Append(new("Form.Choice", "StrategyDiscussion")));
        await Forms.PostAsync(client, $"/children/{child.Id}/record/strategy-discussion", FormCases.Date(SafeguardApp.Today).Append(new("Form.Choice", "Section47")).Append(new("Form.Attendees", "DC Shah, police")));
        await Forms.PostAsync(client, $"/children/{child.Id}/record/section-47-completed", FormCases.Date(SafeguardApp.Today).Append(new("Form.Choice", "Conference")));

        await using var db = app.Database();
        var duties = await db.Duties.Where(d => d.Scope == $"child:{child.Id}").ToListAsync();
        Assert.Equal(SafeguardApp.Today, duties.Single(d => d.Rule == "CP_REFERRAL_DECISION").Done);
        Assert.Contains(duties, d => d.Rule == "CP_ICPC_15WD" && d.Due is not null && d.Done is null);
        Assert.Contains(duties, d => d.Rule == "CP_S47_CHILD_SEEN" && d.Outcome == Safeguard.Rules.DutyOutcome.Missing);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_lead_social_worker_choice_says_who_is_qualified_and_in_their_first_year(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        await using (var db = app.Database())
        {
            db.People.Add(new Safeguard.People.Person { Reference = $"NQSW-{child.Reference}", Kind = Safeguard.People.PersonKind.Staff, StaffRole = Safeguard.People.StaffRole.SocialWorker, DisplayName = $"Newly Qualified {child.Reference}", FirstYear = true });
            await db.SaveChangesAsync();
        }

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("daniel.reid"), $"/children/{child.Id}/record/lead-social-worker");

        var labels = page.QuerySelectorAll("label.govuk-radios__label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains($"Newly Qualified {child.Reference} (qualified, first year in practice)", labels);
        Assert.Contains(labels, l => l.StartsWith("Amara Okafor (", StringComparison.Ordinal) && l.Contains("qualified", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_hub_links_every_form_and_is_refused_to_another_team(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("amara.okafor"), $"/children/{child.Id}/record");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var form in FormCases.All)
        {
            Assert.Contains($"/children/{child.Id}/record/{form.Slug}", links);
        }

        Assert.Contains($"/children/{child.Id}/people/add", links);
        Assert.Contains($"/children/{child.Id}/contact-restrictions/add", links);
        Assert.Contains($"/children/{child.Id}/entries", links);
        Assert.Contains($"/children/{child.Id}/meetings", links);
        Assert.DoesNotContain($"/children/{child.Id}/quality-alerts/raise", links);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("chloe.patel")).GetAsync($"/children/{child.Id}/record")).StatusCode);
        var chairs = await Forms.GetDocumentAsync(await app.SignedInAsync("farah.khan"), $"/children/{child.Id}/record");
        Assert.NotNull(chairs.QuerySelector($"a[href='/children/{child.Id}/quality-alerts/raise']"));
    }

    internal static async Task<int> CountAsync(SafeguardApp app, long childId, string type)
    {
        await using var db = app.Database();
        return await db.Facts.CountAsync(f => f.ChildId == childId && f.Type == type);
    }
}
