using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Api;

public sealed class ApiChronologyTests
{
    private static readonly DateOnly Start = new(2026, 2, 2);

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_childs_chronology_is_the_pages_entries_in_order_and_the_read_is_audited(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", referredOn: Start);
        var sibling = await app.ChildAsync("amara.okafor", referredOn: Start);
        await app.RecordAsync(new StrategyDiscussionHeld { On = Start.AddDays(2), ChildId = child.Id, Decision = StrategyDecision.Section47 });
        await app.RecordAsync(new ChildSeen { On = Start.AddDays(3), ChildId = sibling.Id, Purpose = SeenPurpose.Assessment });
        var client = await app.SignedInAsync("amara.okafor");

        var chronology = await (await client.GetApiAsync($"/api/children/{child.Id}/chronology")).JsonAsync();
        var page = await Forms.GetDocumentAsync(client, $"/children/{child.Id}/chronology");

        Assert.Equal(child.Id, chronology.GetProperty("child").GetProperty("id").GetInt64());
        var entries = chronology.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["2026-02-02", "2026-02-02", "2026-02-04"], entries.Select(e => e.GetProperty("on").GetString()));
        string[] expected = ["Referral received from school", "Amara Okafor allocated as lead social worker", "Strategy discussion held: decided on a section 47 enquiry"];
        Assert.Equal(expected, entries.Select(e => e.GetProperty("what").GetString()));
        Assert.Equal(page.QuerySelectorAll("#chronology tbody tr td:nth-child(2)").Select(c => c.TextContent.Trim()), entries.Select(e => e.GetProperty("what").GetString()));
        Assert.All(entries, e => Assert.Equal("Amara Okafor", e.GetProperty("recordedBy").GetString()));
        await using var db = app.Database();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Actor == "amara.okafor" && a.Action == "view chronology" && a.Subject == $"child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Another_teams_child_and_a_role_without_access_are_403_no_such_child_is_404_and_no_sign_in_is_401(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");

        var south = await (await app.SignedInAsync("chloe.patel")).GetApiAsync($"/api/children/{child.Id}/chronology");
        var auditor = await (await app.SignedInAsync("kemi.adeyemi")).GetApiAsync($"/api/children/{child.Id}/chronology");
        var missing = await (await app.SignedInAsync("amara.okafor")).GetApiAsync("/api/children/987654321/chronology");
        var anonymous = await app.Anonymous().GetApiAsync($"/api/children/{child.Id}/chronology");

        var refusal = await south.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(child.Name, refusal.ToString(), StringComparison.Ordinal);
        await auditor.ProblemAsync(HttpStatusCode.Forbidden);
        await missing.ProblemAsync(HttpStatusCode.NotFound);
        await anonymous.ProblemAsync(HttpStatusCode.Unauthorized);
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "chloe.patel" && a.Action == "view chronology refused" && a.Subject == $"child:{child.Id}"));
    }
}
