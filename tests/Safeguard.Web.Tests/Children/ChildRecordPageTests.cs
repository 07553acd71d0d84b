using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Children;

public sealed class ChildRecordPageTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_allocated_worker_sees_the_record_with_its_duties_and_the_view_is_audited(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        await app.RecordAsync(new StrategyDiscussionHeld { On = SafeguardApp.Today, ChildId = child.Id, Decision = StrategyDecision.Section47 });
        await app.RecordAsync(new ChildSeen { On = SafeguardApp.Today, ChildId = child.Id, Purpose = SeenPurpose.Section47 });
        await app.RecordAsync(new Section47Completed { On = SafeguardApp.Today, ChildId = child.Id, Outcome = Section47Outcome.Conference });
        var client = await app.SignedInAsync("amara.okafor");

        var page = await Forms.GetDocumentAsync(client, $"/children/{child.Id}");

        Assert.Equal(child.Name, page.QuerySelector("h1")!.TextContent.Trim());
        var compliance = page.QuerySelector("table")!.TextContent;
        Assert.Contains("Hold the initial child protection conference within 15 working days of the strategy discussion", compliance, StringComparison.Ordinal);
        Assert.Contains("CP_ICPC_15WD", compliance, StringComparison.Ordinal);
        Assert.Contains("15 working days after the strategy discussion on 10 Mar 2026", compliance, StringComparison.Ordinal);
        Assert.Contains($"Mother of {child.Name}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "amara.okafor" && a.Action == "view child record" && a.Subject == $"child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_social_worker_in_another_team_gets_403_and_the_attempt_is_audited(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("chloe.patel");

        var response = await client.GetAsync($"/children/{child.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(child.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "chloe.patel" && a.Action == "view child record refused" && a.Subject == $"child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_colleague_in_the_same_team_and_their_manager_see_the_child(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("ben.hughes")).GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("daniel.reid")).GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("erin.walsh")).GetAsync($"/children/{child.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_restricted_record_opens_only_for_named_staff(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", restricted: true);
        var ben = await app.StaffIdAsync("ben.hughes");
        await using (var db = app.Database())
        {
            db.RecordAccessGrants.Add(new Safeguard.People.RecordAccessGrant { ChildId = child.Id, StaffPersonId = ben, GrantedBy = "daniel.reid", GrantedAt = SafeguardApp.Now });
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("ben.hughes")).GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("amara.okafor")).GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("isla.morgan")).GetAsync($"/children/{child.Id}")).StatusCode);
        var search = await Forms.GetDocumentAsync(await app.SignedInAsync("amara.okafor"), $"/children?q={Uri.EscapeDataString(child.Name)}");
        Assert.Contains("No children match", search.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Roles_without_child_records_get_403_and_an_unknown_child_404(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("kemi.adeyemi")).GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("jack.turner")).GetAsync("/children")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync("amara.okafor")).GetAsync("/children/987654321")).StatusCode);
    }
}
