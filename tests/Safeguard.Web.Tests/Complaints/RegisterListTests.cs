using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Complaints;

public sealed class RegisterListTests
{
    private static async Task<List<string>> ListedAsync(HttpClient client, string url)
    {
        var page = await Forms.GetDocumentAsync(client, url);
        return [.. page.QuerySelectorAll("#complaints tbody tr").Select(r => r.GetAttribute("data-complaint")!)];
    }

    /// <summary>A complaint at stage 2 with maya.singh appointed as its independent person.</summary>
    private static async Task<long> AppointedAsync(SafeguardApp app, ArrangedChild child)
    {
        var complaint = await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-40));
        var outcomes = new Dictionary<long, PointOutcome> { [await app.PointAsync(complaint)] = PointOutcome.NotUpheld };
        await app.RecordAsync(new Stage1ResponseSent { On = SafeguardApp.Today.AddDays(-30), ComplaintId = complaint, Outcomes = outcomes }, ComplaintArrange.Manager);
        await app.RecordAsync(new Stage2Requested { On = SafeguardApp.Today.AddDays(-20), ComplaintId = complaint }, ComplaintArrange.Manager);
        await app.RecordAsync(new Stage2StatementAgreed { On = SafeguardApp.Today.AddDays(-15), ComplaintId = complaint, IndependentPersonId = await app.StaffIdAsync("maya.singh") }, ComplaintArrange.Manager);
        return complaint;
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_register_lists_complaints_newest_first_and_filters_open_closed_and_overdue(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var old = await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-40));
        var closed = await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-20));
        await app.RecordAsync(new ComplaintClosed { On = SafeguardApp.Today.AddDays(-19), ComplaintId = closed, Reason = ClosureReason.Withdrawn }, ComplaintArrange.Manager);
        var fresh = await app.ComplaintAsync(child, SafeguardApp.Today);
        var client = await app.SignedInAsync(ComplaintArrange.Manager);
        string[] mine = [$"{old}", $"{closed}", $"{fresh}"];

        var all = (await ListedAsync(client, "/complaints")).Intersect(mine).ToList();
        var open = (await ListedAsync(client, "/complaints?status=open")).Intersect(mine).ToList();
        var closedOnly = (await ListedAsync(client, "/complaints?status=closed")).Intersect(mine).ToList();
        var overdue = (await ListedAsync(client, "/complaints?status=open&overdue=true")).Intersect(mine).ToList();
        var nonsense = await client.GetAsync("/complaints?status=%00&overdue=maybe");

        Assert.Equal([$"{fresh}", $"{closed}", $"{old}"], all);
        Assert.Equal([$"{fresh}", $"{old}"], open);
        Assert.Equal([$"{closed}"], closedOnly);
        Assert.Equal([$"{old}"], overdue);
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        var page = await Forms.GetDocumentAsync(client, "/complaints");
        Assert.NotNull(page.QuerySelector("a[href='/complaints/new']"));
        var row = page.QuerySelector($"tr[data-complaint='{old}']")!.TextContent;
        Assert.Contains(child.Name, row, StringComparison.Ordinal);
        Assert.Contains($"Mother of {child.Name}", row, StringComparison.Ordinal);
        Assert.Contains("overdue", row, StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == ComplaintArrange.Manager && a.Action == "view complaints register"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_independent_person_sees_only_the_complaint_they_are_appointed_to_and_its_child_while_it_lasts(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var appointed = await AppointedAsync(app, child);
        var otherChild = await app.ChildAsync("amara.okafor");
        var other = await app.ComplaintAsync(otherChild, SafeguardApp.Today.AddDays(-5));
        var maya = await app.SignedInAsync("maya.singh");

        var listed = await ListedAsync(maya, "/complaints");
        var home = await Forms.GetDocumentAsync(maya, "/");
        var childPage = await Forms.GetDocumentAsync(maya, $"/children/{child.Id}");

        Assert.Contains($"{appointed}", listed);
        Assert.DoesNotContain($"{other}", listed);
        Assert.NotNull(home.QuerySelector("main a[href='/complaints']"));
        Assert.Equal(HttpStatusCode.OK, (await maya.GetAsync($"/complaints/{appointed}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await maya.GetAsync($"/children/{child.Id}/chronology")).StatusCode);
        Assert.Null(childPage.QuerySelector($"a[href='/children/{child.Id}/record']"));
        Assert.Null(childPage.QuerySelector($"a[href='/children/{child.Id}/letters']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await maya.GetAsync($"/complaints/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maya.GetAsync($"/children/{otherChild.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maya.GetAsync($"/children/{child.Id}/record")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maya.GetAsync("/complaints/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maya.GetAsync("/complaints/due")).StatusCode);

        await app.RecordAsync(new AppointmentEnded { On = SafeguardApp.Today, ComplaintId = appointed, PersonId = await app.StaffIdAsync("maya.singh") }, ComplaintArrange.Manager);

        Assert.DoesNotContain($"{appointed}", await ListedAsync(maya, "/complaints"));
        Assert.Equal(HttpStatusCode.Forbidden, (await maya.GetAsync($"/complaints/{appointed}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maya.GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maya.GetAsync($"/children/{child.Id}/chronology")).StatusCode);
    }
}
