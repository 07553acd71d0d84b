using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.WorkLists;

public sealed class DueListTests
{
    private static string? SectionOf(IDocument page, long childId)
    {
        foreach (var section in new[] { "overdue", "today", "this-week" })
        {
            if (page.QuerySelector($"#{section}-table tr[data-child='{childId}']") is not null)
            {
                return section;
            }
        }

        return null;
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task My_due_list_puts_each_duty_in_its_section_with_the_rule_and_its_counting(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var week = await app.WeekAsync("amara.okafor");

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("amara.okafor"), "/work");

        Assert.Equal("overdue", SectionOf(page, week.Overdue.Id));
        Assert.Equal("today", SectionOf(page, week.Today.Id));
        Assert.Equal("this-week", SectionOf(page, week.ThisWeek.Id));
        Assert.Null(SectionOf(page, week.NextWeek.Id));
        var row = page.QuerySelector($"#overdue-table tr[data-child='{week.Overdue.Id}']")!;
        Assert.Equal("CP_REFERRAL_DECISION", row.GetAttribute("data-rule"));
        Assert.Contains("Decide what to do with a referral within 1 working day", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("9 Mar 2026", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 working days after the referral on 6 Mar 2026", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", row.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Equal($"/children/{week.Overdue.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Due", page.QuerySelector($"#today-table tr[data-child='{week.Today.Id}'] .govuk-tag")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_colleagues_children_are_on_the_team_list_but_not_on_my_list_nor_another_teams(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var week = await app.WeekAsync("amara.okafor");

        var bensOwn = await Forms.GetDocumentAsync(await app.SignedInAsync("ben.hughes"), "/work");
        var bensTeam = await Forms.GetDocumentAsync(await app.SignedInAsync("ben.hughes"), "/work/team");
        var northManager = await Forms.GetDocumentAsync(await app.SignedInAsync("daniel.reid"), "/work/team");
        var southManager = await Forms.GetDocumentAsync(await app.SignedInAsync("erin.walsh"), "/work/team");
        var southWorker = await Forms.GetDocumentAsync(await app.SignedInAsync("chloe.patel"), "/work/team");

        Assert.Null(SectionOf(bensOwn, week.Overdue.Id));
        foreach (var page in new[] { bensTeam, northManager })
        {
            Assert.Equal("overdue", SectionOf(page, week.Overdue.Id));
            Assert.Equal("today", SectionOf(page, week.Today.Id));
            Assert.Equal("this-week", SectionOf(page, week.ThisWeek.Id));
            Assert.Null(SectionOf(page, week.NextWeek.Id));
        }

        foreach (var page in new[] { southManager, southWorker })
        {
            Assert.Null(SectionOf(page, week.Overdue.Id));
            Assert.Null(SectionOf(page, week.Today.Id));
            Assert.Null(SectionOf(page, week.ThisWeek.Id));
        }

        Assert.Contains("North Child Protection Team", northManager.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_senior_manager_chooses_a_team_and_a_team_manager_cannot_look_at_another_team(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var week = await app.WeekAsync("chloe.patel");
        long south;
        await using (var db = app.Database())
        {
            south = await db.Teams.Where(t => t.Name == "South Child Protection Team").Select(t => t.Id).SingleAsync();
        }

        var senior = await app.SignedInAsync("isla.morgan");
        var unchosen = await Forms.GetDocumentAsync(senior, "/work/team");
        var chosen = await Forms.GetDocumentAsync(senior, $"/work/team?team={south}");
        var northManager = await Forms.GetDocumentAsync(await app.SignedInAsync("daniel.reid"), $"/work/team?team={south}");

        Assert.NotNull(unchosen.QuerySelector("select#Team"));
        Assert.Null(SectionOf(unchosen, week.Overdue.Id));
        Assert.Equal("overdue", SectionOf(chosen, week.Overdue.Id));
        Assert.Equal("this-week", SectionOf(chosen, week.ThisWeek.Id));
        Assert.Null(northManager.QuerySelector("select#Team"));
        Assert.Null(SectionOf(northManager, week.Overdue.Id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_restricted_child_is_listed_only_for_staff_named_on_it(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", referredOn: WeekArrange.Friday, restricted: true);
        var ben = await app.StaffIdAsync("ben.hughes");
        await using (var db = app.Database())
        {
            db.RecordAccessGrants.Add(new Safeguard.People.RecordAccessGrant { ChildId = child.Id, StaffPersonId = ben, GrantedBy = "daniel.reid", GrantedAt = SafeguardApp.Now });
            await db.SaveChangesAsync();
        }

        Assert.Null(SectionOf(await Forms.GetDocumentAsync(await app.SignedInAsync("amara.okafor"), "/work"), child.Id));
        Assert.Null(SectionOf(await Forms.GetDocumentAsync(await app.SignedInAsync("daniel.reid"), "/work/team"), child.Id));
        Assert.Equal("overdue", SectionOf(await Forms.GetDocumentAsync(await app.SignedInAsync("ben.hughes"), "/work/team"), child.Id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Roles_without_a_due_list_get_403(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("kemi.adeyemi")).GetAsync("/work")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("grace.lee")).GetAsync("/work/team")).StatusCode);
    }
}
