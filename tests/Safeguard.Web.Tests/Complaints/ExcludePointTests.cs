using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Complaints;

public sealed class ExcludePointTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_point_is_excluded_with_its_reason_once_and_a_second_exclusion_is_refused(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var complaint = await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-3));
        var point = await app.PointAsync(complaint);
        var client = await app.SignedInAsync(ComplaintArrange.Manager);
        var url = $"/complaints/{complaint}/points/{point}/exclude";
        var before = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.NotNull(before.QuerySelector($"a[href='{url}']"));

        var empty = await Forms.PostAsync(client, url, [new("Form.Reason", "  ")]);
        var emptyPage = await Forms.ParseAsync(await empty.Content.ReadAsStringAsync());
        var excluded = await Forms.PostAsync(client, url, [new("Form.Reason", "The conference's decision to make a plan is not for the complaints procedure")]);
        var again = await Forms.PostAsync(client, url, [new("Form.Reason", "Again")]);
        var againPage = await Forms.ParseAsync(await again.Content.ReadAsStringAsync());

        Assert.Equal([("#Form_Reason", "Enter why the point is excluded, as the complainant will read it")], Forms.ErrorSummary(emptyPage));
        Assert.Equal(HttpStatusCode.Redirect, excluded.StatusCode);
        Assert.Equal([("#Form_Reason", "This point has already been excluded.")], Forms.ErrorSummary(againPage));
        await using (var db = app.Database())
        {
            Assert.Equal(1, await db.Facts.CountAsync(f => f.ComplaintId == complaint && f.Type == "point-excluded"));
        }

        var after = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}");
        Assert.Contains("Excluded from the procedure: The conference's decision", after.GetElementById("points")?.NextElementSibling?.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"a[href='{url}']"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_point_of_another_complaint_is_not_found_and_readers_see_no_exclude_link(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var complaint = await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-3));
        var other = await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-2));
        var manager = await app.SignedInAsync(ComplaintArrange.Manager);
        var senior = await app.SignedInAsync("isla.morgan");

        var wrong = await manager.GetAsync($"/complaints/{complaint}/points/{await app.PointAsync(other)}/exclude");
        var page = await Forms.GetDocumentAsync(senior, $"/complaints/{complaint}");

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Empty(page.QuerySelectorAll("a[href*='/exclude']"));
    }
}
