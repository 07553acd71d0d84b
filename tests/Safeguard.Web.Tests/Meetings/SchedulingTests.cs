using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Meetings;

public sealed class SchedulingTests
{
    private static readonly DateOnly ConferenceDate = SafeguardApp.Today.AddDays(7);

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_child_not_on_a_plan_gets_an_initial_conference_and_the_check_page_says_why(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/meetings/new/conference";

        var check = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate))).Content.ReadAsStringAsync());

        Assert.Equal($"This will be an initial child protection conference because {child.Name} is not on a child protection plan.", check.GetElementById("kind-explanation")!.TextContent.Trim());
        Assert.Equal("Initial child protection conference", check.GetElementById("conference-kind")!.TextContent.Trim());
        await using (var db = app.Database())
        {
            Assert.False(await db.MeetingChildren.AnyAsync(m => m.ChildId == child.Id));
        }

        var confirm = await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate).With("Form.Kind", "Initial"), $"{url}?handler=Confirm");

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        await using var after = app.Database();
        var meeting = await after.Meetings.SingleAsync(m => m.Children.Any(c => c.ChildId == child.Id));
        Assert.Equal(ConferenceKind.Initial, meeting.ConferenceKind);
        Assert.Equal(ConferenceDate, meeting.ScheduledFor);
        Assert.Equal($"/meetings/{meeting.Id}", confirm.Headers.Location!.OriginalString);
        var list = await Forms.GetDocumentAsync(client, $"/children/{child.Id}/meetings");
        Assert.Contains("Initial child protection conference", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Scheduled", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_child_on_a_plan_gets_a_review_conference(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        await app.OnPlanAsync(child, SafeguardApp.Today.AddDays(-30));
        var client = await app.SignedInAsync("farah.khan");
        var url = $"/children/{child.Id}/meetings/new/conference";

        var check = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate))).Content.ReadAsStringAsync());

        Assert.Equal($"This will be a review child protection conference because {child.Name} is already on a child protection plan.", check.GetElementById("kind-explanation")!.TextContent.Trim());
        var confirm = await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate).With("Form.Kind", "Review"), $"{url}?handler=Confirm");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        await using var db = app.Database();
        Assert.True(await db.Meetings.AnyAsync(m => m.ConferenceKind == ConferenceKind.Review && m.Children.Any(c => c.ChildId == child.Id)));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_conference_whose_kind_no_longer_fits_is_refused_with_the_reason_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/meetings/new/conference";
        await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate));
        // Between the check page and the confirmation the child is put on a plan by another conference.
        var earlier = await app.OnPlanAsync(child, SafeguardApp.Today);

        var response = await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate).With("Form.Kind", "Initial"), $"{url}?handler=Confirm");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("The conference cannot be scheduled", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("already on a child protection plan, so this is a review conference", page.GetElementById("refusal")!.TextContent, StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.Equal([earlier], await db.MeetingChildren.Where(m => m.ChildId == child.Id).Select(m => m.MeetingId).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Brothers_and_sisters_can_share_a_conference_but_not_when_only_some_are_on_a_plan(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var sibling = await app.SiblingAsync(child);
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/meetings/new/conference";

        var form = await Forms.GetDocumentAsync(client, url);
        Assert.NotNull(form.QuerySelector($"input[name='Form.Children'][value='{sibling}']"));
        var check = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate).With("Form.Children", sibling))).Content.ReadAsStringAsync());
        Assert.Contains("are not on a child protection plan", check.GetElementById("kind-explanation")!.TextContent, StringComparison.Ordinal);

        await app.OnPlanAsync(child, SafeguardApp.Today);
        var mixed = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate).With("Form.Children", sibling))).Content.ReadAsStringAsync());
        Assert.Contains("These children cannot have one conference", mixed.GetElementById("kind-explanation")!.TextContent, StringComparison.Ordinal);
        Assert.Null(mixed.QuerySelector("form[action$='handler=Confirm']"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_core_group_is_scheduled_after_its_check_page(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        await app.OnPlanAsync(child, SafeguardApp.Today.AddDays(-3));
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/meetings/new/core-group";

        var check = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate))).Content.ReadAsStringAsync());
        Assert.Equal("Check the core group before scheduling it", check.QuerySelector("h1")!.TextContent.Trim());
        var confirm = await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate), $"{url}?handler=Confirm");

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        await using var db = app.Database();
        Assert.True(await db.Meetings.AnyAsync(m => m.Type == MeetingType.CoreGroup && m.ScheduledFor == ConferenceDate && m.Children.Any(c => c.ChildId == child.Id)));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_schedule_form_says_what_is_wrong_with_the_date(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/meetings/new/conference";

        var empty = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, [])).Content.ReadAsStringAsync());
        Assert.Equal([("#Form_On", "Enter the date of the conference")], Forms.ErrorSummary(empty));
        Assert.Equal("Enter the date of the conference", Forms.FieldError(empty, "Form_On"));

        var past = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", SafeguardApp.Today.AddDays(-1)))).Content.ReadAsStringAsync());
        Assert.Equal("The date of the conference must be today or in the future", Forms.FieldError(past, "Form_On"));

        var unreal = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, new Dictionary<string, string> { ["Form.On.Day"] = "31", ["Form.On.Month"] = "2", ["Form.On.Year"] = "2026" })).Content.ReadAsStringAsync());
        Assert.Equal("The date of the conference must be a real date", Forms.FieldError(unreal, "Form_On"));

        await app.SiblingAsync(child);
        var stranger = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, MeetingArrange.Date("Form.On", ConferenceDate).With("Form.Children", child.Worker))).Content.ReadAsStringAsync());
        Assert.Equal("Select only children from the list", Forms.FieldError(stranger, "Form_Children"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Business_support_and_other_teams_cannot_schedule(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("grace.lee")).GetAsync($"/children/{child.Id}/meetings/new/conference")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("chloe.patel")).GetAsync($"/children/{child.Id}/meetings/new/conference")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("chloe.patel")).GetAsync($"/children/{child.Id}/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("grace.lee")).GetAsync($"/children/{child.Id}/meetings")).StatusCode);
    }
}
