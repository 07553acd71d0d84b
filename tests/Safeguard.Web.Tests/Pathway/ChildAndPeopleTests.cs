using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Pathway;

public sealed class ChildAndPeopleTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_new_referral_adds_the_child_in_the_worker_s_team_and_records_the_referral(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = await app.SignedInAsync("amara.okafor");
        var name = $"Referred {Guid.NewGuid():N}"[..20];
        var form = await Forms.GetDocumentAsync(client, "/referrals/new");
        var team = form.QuerySelector("input[name='Form.Team'][checked]")!.GetAttribute("value")!;

        var response = await Forms.PostAsync(client, "/referrals/new", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.BirthDate.Day"] = "4",
            ["Form.BirthDate.Month"] = "5",
            ["Form.BirthDate.Year"] = "2019",
            ["Form.Team"] = team,
            ["Form.ReceivedOn.Day"] = "10",
            ["Form.ReceivedOn.Month"] = "3",
            ["Form.ReceivedOn.Year"] = "2026",
            ["Form.Source"] = "school",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Database();
        var child = await db.People.SingleAsync(p => p.DisplayName == name);
        var amara = await db.People.SingleAsync(p => p.Reference == "amara.okafor");
        Assert.Equal(PersonKind.Child, child.Kind);
        Assert.Equal(new DateOnly(2019, 5, 4), child.BirthDate);
        Assert.Equal(amara.TeamId, child.TeamId);
        Assert.Equal($"/children/{child.Id}", response.Headers.Location?.OriginalString);
        var referral = await db.Facts.SingleAsync(f => f.ChildId == child.Id && f.Type == "referral-received");
        Assert.Equal(SafeguardApp.Today, referral.OccurredOn);
        Assert.Contains(await db.Duties.Where(d => d.Scope == $"child:{child.Id}").Select(d => d.Rule).ToListAsync(), r => r == "CP_REFERRAL_DECISION");
        var page = await Forms.GetDocumentAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains($"Referral recorded for {name}", page.QuerySelector(".govuk-notification-banner--success")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_new_referral_with_nothing_filled_in_or_a_birth_date_in_the_future_adds_no_child(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = await app.SignedInAsync("daniel.reid");
        await using var db = app.Database();
        var children = await db.People.CountAsync(p => p.Kind == PersonKind.Child && p.DisplayName == "Future Child");

        var empty = await Forms.ParseAsync(await (await Forms.PostAsync(client, "/referrals/new", [new("Form.Team", "")])).Content.ReadAsStringAsync());
        Assert.Equal(
            [
                ("#Form_Name", "Enter the child's full name"),
                ("#Form_BirthDate", "Enter the child's date of birth"),
                ("#Form_Team", "Select the team responsible for the child"),
                ("#Form_ReceivedOn", "Enter the date the referral was received"),
                ("#Form_Source", "Enter who made the referral"),
            ],
            Forms.ErrorSummary(empty));
        Assert.Equal("Enter the child's full name", Forms.FieldError(empty, "Form_Name"));
        Assert.Equal("Select the team responsible for the child", Forms.FieldError(empty, "Form_Team"));

        var future = await Forms.ParseAsync(await (await Forms.PostAsync(client, "/referrals/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "Future Child",
            ["Form.BirthDate.Day"] = "11",
            ["Form.BirthDate.Month"] = "3",
            ["Form.BirthDate.Year"] = "2026",
            ["Form.Team"] = (await db.Teams.FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.ReceivedOn.Day"] = "10",
            ["Form.ReceivedOn.Month"] = "3",
            ["Form.ReceivedOn.Year"] = "2026",
            ["Form.Source"] = "police",
        })).Content.ReadAsStringAsync());
        Assert.Equal([("#Form_BirthDate", "The child's date of birth must be today or in the past")], Forms.ErrorSummary(future));
        Assert.Equal("The child's date of birth must be today or in the past", Forms.FieldError(future, "Form_BirthDate"));
        Assert.Equal(children, await db.People.CountAsync(p => p.Kind == PersonKind.Child && p.DisplayName == "Future Child"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_caseworkers_record_new_referrals(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        foreach (var user in new[] { "kemi.adeyemi", "grace.lee", "farah.khan" })
        {
            var client = await app.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/referrals/new")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/referrals/new", new FormUrlEncodedContent([new("Form.Name", "Nobody")]))).StatusCode);
        }

        await using var db = app.Database();
        Assert.False(await db.People.AnyAsync(p => p.DisplayName == "Nobody"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_adult_is_added_with_their_relationship_and_parental_responsibility(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/people/add";

        var empty = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, [])).Content.ReadAsStringAsync());
        Assert.Equal(
            [("#Form_Name", "Enter the person's full name"), ("#Form_Role", "Select who the person is to the child"), ("#Form_ParentalResponsibility", "Select yes if the person has parental responsibility")],
            Forms.ErrorSummary(empty));
        Assert.Equal("Select who the person is to the child", Forms.FieldError(empty, "Form_Role"));
        var response = await Forms.PostAsync(client, url, new Dictionary<string, string> { ["Form.Name"] = $"Gran of {child.Name}", ["Form.Role"] = "Relative", ["Form.ParentalResponsibility"] = "no" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Database();
        var relationships = await db.Relationships.Where(r => r.ChildId == child.Id).Include(r => r.Adult).ToListAsync();
        Assert.Equal(3, relationships.Count);
        var gran = relationships.Single(r => r.Adult!.DisplayName == $"Gran of {child.Name}");
        Assert.Equal(RelationshipRole.Relative, gran.Role);
        Assert.False(gran.ParentalResponsibility);
        Assert.Equal(PersonKind.Adult, gran.Adult!.Kind);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Another_team_cannot_add_people_or_restrictions_to_the_child(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("chloe.patel");

        foreach (var url in new[] { $"/children/{child.Id}/people/add", $"/children/{child.Id}/contact-restrictions/add" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            var response = await Forms.PostAsync(client, "/referrals/new", new Dictionary<string, string>
            {
                ["Form.Name"] = "Intruder",
                ["Form.Role"] = "Other",
                ["Form.ParentalResponsibility"] = "yes",
                ["Form.Restricted"] = FormCases.Id(child.Father),
                ["Form.Protects"] = FormCases.Id(child.Mother),
                ["Form.SafeRoute"] = "none",
            }.Concat(FormCases.Date(SafeguardApp.Today)), action: url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        await using var db = app.Database();
        Assert.Equal(2, await db.Relationships.CountAsync(r => r.ChildId == child.Id));
        Assert.False(await db.ContactRestrictions.AnyAsync(r => r.RestrictedPersonId == child.Father));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_contact_restriction_with_a_new_safe_route_is_recorded_and_a_letter_to_the_restricted_parent_is_then_refused(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");
        var idva = $"IDVA for {child.Reference}";

        var response = await Forms.PostAsync(client, $"/children/{child.Id}/contact-restrictions/add", new List<KeyValuePair<string, string>>
        {
            new("Form.Restricted", FormCases.Id(child.Father)),
            new("Form.Protects", FormCases.Id(child.Mother)),
            new("Form.Protects", FormCases.Id(child.Id)),
            new("Form.SafeRoute", "new"),
            new("Form.SafeRouteName", idva),
            new("Form.SafeRouteRole", "Idva"),
        }.Concat(FormCases.Date(SafeguardApp.Today)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Database();
        var route = await db.People.SingleAsync(p => p.DisplayName == idva);
        Assert.Equal(StaffRole.Idva, route.StaffRole);
        var restriction = await db.ContactRestrictions.Include(r => r.Protects).SingleAsync(r => r.RestrictedPersonId == child.Father);
        Assert.Equal(route.Id, restriction.ViaPersonId);
        Assert.Equal([child.Id, child.Mother], restriction.Protects.Select(p => p.PersonId).Order().ToList());
        Assert.True(await db.Facts.AnyAsync(f => f.Type == "contact-restriction" && f.PersonId == child.Father));
        var page = await Forms.GetDocumentAsync(client, $"/children/{child.Id}");
        Assert.Contains($"Safe route: write through {idva}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var again = await Forms.GetDocumentAsync(client, $"/children/{child.Id}/contact-restrictions/add");
        Assert.Contains($"{idva} (IDVA)", again.QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_contact_restriction_needs_each_answer_and_records_nothing_until_given(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/contact-restrictions/add";

        var empty = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, [])).Content.ReadAsStringAsync());
        Assert.Equal(
            [
                ("#Form_Restricted", "Select who must not receive correspondence"),
                ("#Form_Protects", "Select who the correspondence must not reach"),
                ("#Form_On", "Enter the date of the restriction"),
                ("#Form_SafeRoute", "Select the safe route, or that there is none"),
            ],
            Forms.ErrorSummary(empty));
        Assert.Equal("Select who the correspondence must not reach", Forms.FieldError(empty, "Form_Protects"));

        var newRoute = await Forms.ParseAsync(await (await Forms.PostAsync(client, url, new Dictionary<string, string>
        {
            ["Form.Restricted"] = FormCases.Id(child.Father),
            ["Form.Protects"] = FormCases.Id(child.Father),
            ["Form.SafeRoute"] = "new",
        }.Concat(FormCases.Date(SafeguardApp.Today.AddDays(3))))).Content.ReadAsStringAsync());
        Assert.Equal(
            [
                ("#Form_Protects", "The person under the restriction cannot also be protected by it"),
                ("#Form_On", "The date of the restriction must be today or in the past"),
                ("#Form_SafeRouteName", "Enter the name of the safe route person"),
                ("#Form_SafeRouteRole", "Select the safe route person's role"),
            ],
            Forms.ErrorSummary(newRoute));
        Assert.Equal("Enter the name of the safe route person", Forms.FieldError(newRoute, "Form_SafeRouteName"));

        await using var db = app.Database();
        Assert.False(await db.ContactRestrictions.AnyAsync(r => r.RestrictedPersonId == child.Father));
    }
}
