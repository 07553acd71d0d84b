using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Pathway;

public sealed class QualityAlertTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_chair_raises_an_alert_with_the_concern_and_the_child_s_worker_can_resolve_it(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var chair = await app.SignedInAsync("farah.khan");

        var response = await Forms.PostAsync(chair, $"/children/{child.Id}/quality-alerts/raise", FormCases.Date(SafeguardApp.Today).Append(new("Form.Concern", "The plan has no contingency.")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Database();
        var raised = await db.Facts.SingleAsync(f => f.ChildId == child.Id && f.Type == "quality-alert-raised");
        Assert.Equal("farah.khan", raised.RecordedBy);
        Assert.Equal("The plan has no contingency.", raised.Reason);
        var alert = await db.QualityAlerts.SingleAsync(a => a.ChildId == child.Id);
        Assert.Equal($"QA-{child.Reference}-1", alert.Reference);
        Assert.Contains(await db.Duties.Where(d => d.Scope == $"child:{child.Id}").Select(d => d.Rule).ToListAsync(), r => r == "CP_QUALITY_ALERT_RESPONSE");
        var resolve = await Forms.GetDocumentAsync(await app.SignedInAsync("amara.okafor"), $"/children/{child.Id}/record/quality-alert-resolved");
        Assert.Contains($"QA-{child.Reference}-1, raised 10 March 2026", resolve.QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_alert_needs_its_date_and_concern(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var chair = await app.SignedInAsync("farah.khan");

        var page = await Forms.ParseAsync(await (await Forms.PostAsync(chair, $"/children/{child.Id}/quality-alerts/raise", [])).Content.ReadAsStringAsync());

        Assert.Equal([("#Form_On", "Enter the date the alert was raised"), ("#Form_Concern", "Enter what the concern is")], Forms.ErrorSummary(page));
        Assert.Equal("Enter what the concern is", Forms.FieldError(page, "Form_Concern"));
        await using var db = app.Database();
        Assert.False(await db.QualityAlerts.AnyAsync(a => a.ChildId == child.Id));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_chairs_raise_alerts(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var url = $"/children/{child.Id}/quality-alerts/raise";

        foreach (var user in new[] { "amara.okafor", "daniel.reid", "kemi.adeyemi", "grace.lee" })
        {
            var client = await app.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(url, new FormUrlEncodedContent(FormCases.Date(SafeguardApp.Today).Append(new("Form.Concern", "x"))))).StatusCode);
        }

        await using var db = app.Database();
        Assert.False(await db.QualityAlerts.AnyAsync(a => a.ChildId == child.Id));
    }
}
