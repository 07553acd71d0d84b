using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Meetings;

public sealed class MeetingPageTests
{
    private static readonly DateOnly Scheduled = new(2026, 1, 5);
    private static readonly DateOnly ConferenceDay = new(2026, 1, 20);

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Invitations_reports_and_minutes_are_recorded_per_person_and_the_page_shows_each_deadline_and_how_it_stands(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", referredOn: Scheduled);
        var meeting = await app.ConferenceAsync(child, Scheduled, ConferenceDay);
        var support = await app.SignedInAsync("grace.lee");

        await RecordAsync(support, meeting, "invitation", child.Mother, new DateOnly(2026, 1, 10));
        await RecordAsync(support, meeting, "invitation", child.Father, new DateOnly(2026, 1, 12));
        await RecordAsync(support, meeting, "report", child.Mother, new DateOnly(2026, 1, 14));
        var lateReport = await RecordAsync(support, meeting, "report", child.Father, new DateOnly(2026, 1, 19));
        Assert.Equal(HttpStatusCode.Redirect, lateReport.StatusCode);

        var held = await Forms.PostAsync(await app.SignedInAsync("farah.khan"), $"/meetings/{meeting}/outcome", MeetingArrange.Date("HeldOn", ConferenceDay)
            .With("Decision", "NoFurtherAction").With("Attended", child.Mother));
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        await RecordAsync(support, meeting, "minutes", child.Father, new DateOnly(2026, 2, 1));

        var page = await Forms.GetDocumentAsync(support, $"/meetings/{meeting}");

        Assert.Equal("Held on 20 Jan 2026", page.GetElementById("meeting-status")!.TextContent.Trim());
        var mother = Row(page, child.Mother);
        Assert.Contains("Done 10 Jan 2026", Cell(mother, "invitation"), StringComparison.Ordinal);
        Assert.Contains("Met", Cell(mother, "invitation"), StringComparison.Ordinal);
        Assert.Contains("Done 14 Jan 2026", Cell(mother, "report"), StringComparison.Ordinal);
        Assert.Contains("Deadline: 15 Jan 2026", Cell(mother, "report"), StringComparison.Ordinal);
        Assert.Contains("Met", Cell(mother, "report"), StringComparison.Ordinal);
        Assert.Contains("Not done", Cell(mother, "minutes"), StringComparison.Ordinal);
        Assert.Contains("Deadline: 10 Feb 2026", Cell(mother, "minutes"), StringComparison.Ordinal);
        Assert.Contains("Overdue", Cell(mother, "minutes"), StringComparison.Ordinal);
        var father = Row(page, child.Father);
        Assert.Contains("Done 19 Jan 2026", Cell(father, "report"), StringComparison.Ordinal);
        Assert.Contains("Late", Cell(father, "report"), StringComparison.Ordinal);
        Assert.Contains("Done 1 Feb 2026", Cell(father, "minutes"), StringComparison.Ordinal);
        Assert.Contains("Met", Cell(father, "minutes"), StringComparison.Ordinal);
        Assert.Contains($"Mother of {child.Name}", page.GetElementById("meeting-people")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_parent_not_invited_to_a_held_conference_is_shown_as_missing_and_before_it_the_report_deadline_is_shown(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var coming = await app.ConferenceAsync(child, SafeguardApp.Today, new DateOnly(2026, 3, 20));
        var client = await app.SignedInAsync("amara.okafor");

        var before = await Forms.GetDocumentAsync(client, $"/meetings/{coming}");
        Assert.Contains("Deadline: 17 Mar 2026", Cell(Row(before, child.Mother), "report"), StringComparison.Ordinal);
        Assert.Contains("Due", Cell(Row(before, child.Mother), "invitation"), StringComparison.Ordinal);

        await app.RecordAsync(new InvitationSent { On = SafeguardApp.Today, MeetingId = coming, PersonId = child.Mother });
        await app.RecordAsync(new ConferenceHeld { On = SafeguardApp.Today, MeetingId = coming, Outcome = ConferenceOutcome.ChildInNeed });
        var after = await Forms.GetDocumentAsync(client, $"/meetings/{coming}");
        Assert.Contains("Missing", Cell(Row(after, child.Father), "invitation"), StringComparison.Ordinal);
        Assert.Contains("Met", Cell(Row(after, child.Mother), "invitation"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Recording_an_invitation_offers_the_matching_letter(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        var client = await app.SignedInAsync("grace.lee");

        var response = await RecordAsync(client, meeting, "invitation", child.Mother, SafeguardApp.Today);
        var page = await Forms.GetDocumentAsync(client, response.Headers.Location!.OriginalString);

        var offer = page.QuerySelector($"a[href='/children/{child.Id}/letters/new?meeting={meeting}&kind=invitation&to={child.Mother}']");
        Assert.NotNull(offer);
        Assert.Equal($"Produce the conference invitation for Mother of {child.Name}", offer.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_record_form_says_what_is_missing_and_minutes_wait_for_the_meeting(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        var client = await app.SignedInAsync("grace.lee");

        var empty = await Forms.ParseAsync(await (await Forms.PostAsync(client, $"/meetings/{meeting}/record/invitation", [])).Content.ReadAsStringAsync());
        Assert.Equal("Select who was invited", Forms.FieldError(empty, "PersonId"));
        Assert.Equal("Enter the date the invitation was sent", Forms.FieldError(empty, "On"));

        var future = await Forms.ParseAsync(await (await RecordAsync(client, meeting, "report", child.Mother, SafeguardApp.Today.AddDays(1))).Content.ReadAsStringAsync());
        Assert.Equal("The date the conference report was shared must be today or in the past", Forms.FieldError(future, "On"));

        var stranger = await Forms.ParseAsync(await (await RecordAsync(client, meeting, "report", child.Worker, SafeguardApp.Today)).Content.ReadAsStringAsync());
        Assert.Equal("Select who the conference report was shared with", Forms.FieldError(stranger, "PersonId"));

        var minutes = await Forms.ParseAsync(await (await RecordAsync(client, meeting, "minutes", child.Mother, SafeguardApp.Today)).Content.ReadAsStringAsync());
        Assert.Contains("The minutes cannot be shared before the meeting is held.", Forms.ErrorSummary(minutes).Select(e => e.Message));
        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.MeetingId == meeting && f.Type != "conference-scheduled"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_worker_in_another_team_gets_403_for_the_meeting_and_its_forms(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        var client = await app.SignedInAsync("chloe.patel");

        foreach (var url in new[] { $"/meetings/{meeting}", $"/meetings/{meeting}/record/invitation", $"/meetings/{meeting}/outcome", $"/meetings/{meeting}/cancel" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain(child.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/999999999")).StatusCode);
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "chloe.patel" && a.Action == "view meeting refused" && a.Subject == $"child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_meeting_with_a_child_the_worker_cannot_see_is_closed_to_them(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var other = await app.ChildAsync("chloe.patel");
        var meeting = (await app.RecordAsync(
            new ConferenceScheduled { On = SafeguardApp.Today, MeetingId = 0, ChildIds = [child.Id, other.Id], Kind = ConferenceKind.Initial, Date = SafeguardApp.Today.AddDays(5) },
            newReference: $"{child.Reference}-JOINT")).NewSubjectId!.Value;

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("amara.okafor")).GetAsync($"/meetings/{meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("farah.khan")).GetAsync($"/meetings/{meeting}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_plan_is_recorded_with_its_category_and_visit_frequency_and_the_lead_worker_is_offered_next(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today);
        await app.RecordAsync(new InvitationSent { On = SafeguardApp.Today, MeetingId = meeting, PersonId = child.Mother });
        var client = await app.SignedInAsync("farah.khan");

        var form = await Forms.GetDocumentAsync(client, $"/meetings/{meeting}/outcome");
        Assert.Equal("10", form.GetElementById("VisitFrequency")!.GetAttribute("value"));
        var response = await Forms.PostAsync(client, $"/meetings/{meeting}/outcome", MeetingArrange.Date("HeldOn", SafeguardApp.Today)
            .With("Decision", "Plan").With("Category", "Emotional").With("VisitFrequency", "5").With("Attended", child.Mother));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/meetings/{meeting}");
        Assert.Equal("Child protection plan (category: emotional)", page.GetElementById("meeting-outcome")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"a[href='/children/{child.Id}/record']"));
        await using var db = app.Database();
        var held = Safeguard.Facts.FactJson.Deserialize(await db.Facts.Where(f => f.MeetingId == meeting && f.Type == "conference-held").Select(f => f.Payload).SingleAsync());
        var conference = Assert.IsType<ConferenceHeld>(held);
        Assert.Equal(5, conference.VisitIntervalWorkingDays);
        Assert.Equal([child.Mother], conference.Attended);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_outcome_form_says_what_is_missing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today);
        await app.RecordAsync(new InvitationSent { On = SafeguardApp.Today, MeetingId = meeting, PersonId = child.Mother });
        var client = await app.SignedInAsync("farah.khan");

        var empty = await Forms.ParseAsync(await (await Forms.PostAsync(client, $"/meetings/{meeting}/outcome", [])).Content.ReadAsStringAsync());
        Assert.Equal("Enter the date the conference was held", Forms.FieldError(empty, "HeldOn"));
        Assert.Equal("Select what the conference decided", Forms.FieldError(empty, "Decision"));

        var plan = await Forms.ParseAsync(await (await Forms.PostAsync(client, $"/meetings/{meeting}/outcome", MeetingArrange.Date("HeldOn", SafeguardApp.Today)
            .With("Decision", "Plan").With("VisitFrequency", "often").With("Attended", child.Father))).Content.ReadAsStringAsync());
        Assert.Equal("Select the category of abuse for the plan", Forms.FieldError(plan, "Category"));
        Assert.Equal("How often the child must be seen must be a whole number of working days, like 10", Forms.FieldError(plan, "VisitFrequency"));
        Assert.Equal("Select only people who were invited", Forms.FieldError(plan, "Attended"));

        var tooRare = await Forms.ParseAsync(await (await Forms.PostAsync(client, $"/meetings/{meeting}/outcome", MeetingArrange.Date("HeldOn", SafeguardApp.Today)
            .With("Decision", "Plan").With("Category", "Neglect").With("VisitFrequency", "61"))).Content.ReadAsStringAsync());
        Assert.Equal("How often the child must be seen must be between 1 and 60 working days", Forms.FieldError(tooRare, "VisitFrequency"));
        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.MeetingId == meeting && f.Type == "conference-held"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_core_group_is_recorded_as_held_with_who_attended(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        await app.OnPlanAsync(child, SafeguardApp.Today.AddDays(-7));
        var meeting = (await app.RecordAsync(new CoreGroupScheduled { On = SafeguardApp.Today, MeetingId = 0, ChildIds = [child.Id], Date = SafeguardApp.Today }, newReference: $"{child.Reference}-CG")).NewSubjectId!.Value;
        await app.RecordAsync(new InvitationSent { On = SafeguardApp.Today, MeetingId = meeting, PersonId = child.Father });
        var client = await app.SignedInAsync("amara.okafor");

        var response = await Forms.PostAsync(client, $"/meetings/{meeting}/outcome", MeetingArrange.Date("HeldOn", SafeguardApp.Today).With("Attended", child.Father));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/meetings/{meeting}");
        Assert.Contains($"Father of {child.Name}", page.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Deadline: 24 Mar 2026", Cell(Row(page, child.Father), "minutes"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-step=report]"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_conference_is_cancelled_with_a_reason(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        var client = await app.SignedInAsync("daniel.reid");

        var empty = await Forms.ParseAsync(await (await Forms.PostAsync(client, $"/meetings/{meeting}/cancel", [])).Content.ReadAsStringAsync());
        Assert.Equal("Enter why the conference is cancelled", Forms.FieldError(empty, "Reason"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("grace.lee")).GetAsync($"/meetings/{meeting}/cancel")).StatusCode);

        var response = await Forms.PostAsync(client, $"/meetings/{meeting}/cancel", new Dictionary<string, string> { ["Reason"] = "The family moved away." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.GetDocumentAsync(client, $"/meetings/{meeting}");
        Assert.Equal("Cancelled", page.GetElementById("meeting-status")!.TextContent.Trim());
        Assert.Contains("The family moved away.", page.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, long meeting, string what, long person, DateOnly on) =>
        Forms.PostAsync(client, $"/meetings/{meeting}/record/{what}", MeetingArrange.Date("On", on).With("PersonId", person));

    private static IElement Row(IDocument page, long person) =>
        page.QuerySelector($"#meeting-people tr[data-person='{person}']") ?? throw new InvalidOperationException($"No row for person {person}.");

    private static string Cell(IElement row, string step) =>
        row.QuerySelector($"[data-step={step}]")!.TextContent;
}
