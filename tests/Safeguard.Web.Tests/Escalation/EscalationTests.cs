using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Data;
using Safeguard.Web.Features.Escalation;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Escalation;

/// <summary>Overdue agreed actions and remedies emailed over SMTP to their owner and the senior managers, once per due date.</summary>
public sealed class EscalationTests(MailApps mailApps) : IClassFixture<MailApps>
{
    private const string Owner = "amara.okafor@northbrook.example";
    private const string SeniorManager = "isla.morgan@northbrook.example";

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_overdue_action_is_emailed_once_to_its_owner_and_the_senior_managers(DatabaseProvider provider)
    {
        var (app, sink) = await mailApps.GetAsync(provider);
        var today = app.Today();
        var complaint = await app.ComplaintAsync(today.AddDays(-40));
        var (actionId, text) = await app.ActionAsync(complaint.Id, today.AddDays(-10), today.AddDays(-3));

        await app.EscalateAsync();

        var message = Assert.Single(sink.About(text));
        Assert.Equal($"Overdue: {text}", message.Subject);
        var to = message.To.Mailboxes.Select(m => m.Address).ToList();
        Assert.Contains(Owner, to);
        Assert.Contains(SeniorManager, to);
        var body = message.TextBody;
        Assert.Contains($"Complaint: {complaint.Reference}", body, StringComparison.Ordinal);
        Assert.Contains($"Action: {text}", body, StringComparison.Ordinal);
        Assert.Contains("Owner: Amara Okafor", body, StringComparison.Ordinal);
        Assert.Contains($"Due: {today.AddDays(-3):d MMM yyyy}", body, StringComparison.Ordinal);
        Assert.Contains("Overdue by: 3 days", body, StringComparison.Ordinal);
        Assert.Contains($"https://safeguard.northbrook.example/complaints/{complaint.Id}", body, StringComparison.Ordinal);

        await using (var db = app.Database())
        {
            var notice = await db.EscalationNotices.SingleAsync(n => n.ActionId == actionId);
            Assert.Equal(today.AddDays(-3), notice.Due);
            Assert.Equal(app.Time.GetUtcNow(), notice.SentAt);
            Assert.Contains(Owner, notice.SentTo, StringComparison.Ordinal);
            Assert.Contains(SeniorManager, notice.SentTo, StringComparison.Ordinal);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "escalated" && a.Subject == $"complaint:{complaint.Id}" && a.Actor == EscalationRun.Actor));
        }

        await app.EscalateAsync();
        Assert.Single(sink.About(text));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_action_completed_in_time_is_not_emailed(DatabaseProvider provider)
    {
        var (app, sink) = await mailApps.GetAsync(provider);
        var today = app.Today();
        var complaint = await app.ComplaintAsync(today.AddDays(-40));
        var (actionId, text) = await app.ActionAsync(complaint.Id, today.AddDays(-10), today.AddDays(-3));
        await app.RecordAsync(new Safeguard.Complaints.ActionCompleted { On = today.AddDays(-5), ActionId = actionId, Evidence = "Briefing note circulated" }, EscalationArrange.Manager);

        await app.EscalateAsync();

        Assert.Empty(sink.About(text));
        await using var db = app.Database();
        Assert.False(await db.EscalationNotices.AnyAsync(n => n.ActionId == actionId));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_overdue_remedy_is_emailed_to_its_owner_and_the_senior_managers(DatabaseProvider provider)
    {
        var (app, sink) = await mailApps.GetAsync(provider);
        var today = app.Today();
        var complaint = await app.ComplaintAsync(today.AddDays(-40));
        var (remedyId, description) = await app.RemedyAsync(complaint.Id, today.AddDays(-20), today.AddDays(-1));

        await app.EscalateAsync();

        var message = Assert.Single(sink.About(description));
        Assert.Equal($"Overdue: Payment of £250.00: {description}", message.Subject);
        Assert.Equal(["ben.hughes@northbrook.example", SeniorManager], message.To.Mailboxes.Select(m => m.Address).Order(StringComparer.Ordinal));
        Assert.Contains("Overdue by: 1 day", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Complaint: {complaint.Reference}", message.TextBody, StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.True(await db.EscalationNotices.AnyAsync(n => n.RemedyId == remedyId && n.Due == today.AddDays(-1)));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_action_owned_by_a_role_goes_to_the_senior_managers_alone(DatabaseProvider provider)
    {
        var (app, sink) = await mailApps.GetAsync(provider);
        var today = app.Today();
        var complaint = await app.ComplaintAsync(today.AddDays(-40));
        var (_, text) = await app.ActionAsync(complaint.Id, today.AddDays(-10), today.AddDays(-2), owner: null, ownerDescription: "Head of service");

        await app.EscalateAsync();

        var message = Assert.Single(sink.About(text));
        Assert.Equal([SeniorManager], message.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("Owner: Head of service", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_tracker_shows_overdue_due_and_done_with_the_escalation_and_downloads_as_csv(DatabaseProvider provider)
    {
        var (app, _) = await mailApps.GetAsync(provider);
        var today = app.Today();
        var complaint = await app.ComplaintAsync(today.AddDays(-40));
        var (overdueId, overdueText) = await app.ActionAsync(complaint.Id, today.AddDays(-10), today.AddDays(-4));
        var (_, dueText) = await app.ActionAsync(complaint.Id, today.AddDays(-1), today.AddDays(14));
        var (doneId, doneText) = await app.ActionAsync(complaint.Id, today.AddDays(-10), today.AddDays(-2));
        await app.RecordAsync(new Safeguard.Complaints.ActionCompleted { On = today.AddDays(-3), ActionId = doneId, Evidence = "Done" }, EscalationArrange.Manager);
        await app.EscalateAsync();

        var client = await app.SignedInAsync("isla.morgan");
        var page = await Forms.GetDocumentAsync(client, "/complaints/tracker");

        var overdue = Row(page, "overdue", overdueText);
        Assert.Contains(complaint.Reference, overdue.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/complaints/{complaint.Id}", overdue.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Amara Okafor", overdue.TextContent, StringComparison.Ordinal);
        Assert.Equal("4", overdue.QuerySelector(".govuk-table__cell--numeric")!.TextContent.Trim());
        Assert.Contains($"Emailed {today:d MMM yyyy}", overdue.TextContent, StringComparison.Ordinal);
        Assert.Contains(SeniorManager, overdue.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not yet", Row(page, "due", dueText).TextContent, StringComparison.Ordinal);
        Assert.Contains($"{today.AddDays(-3):d MMM yyyy}", Row(page, "done", doneText).TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#overdue")!.QuerySelectorAll("tr").FirstOrDefault(r => r.TextContent.Contains(dueText, StringComparison.Ordinal)));

        var csv = await client.GetAsync("/complaints/tracker.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.StartsWith("Status,Kind,Reference,Complaint,What,Owner,Due,Days overdue,Done,Escalation", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        var line = Assert.Single(lines, l => l.Contains(overdueText, StringComparison.Ordinal));
        Assert.StartsWith("Overdue,Action,", line, StringComparison.Ordinal);
        Assert.Contains($",{complaint.Reference},", line, StringComparison.Ordinal);
        Assert.Contains($",{today.AddDays(-4):yyyy-MM-dd},4,,", line, StringComparison.Ordinal);
        Assert.StartsWith("Due,Action,", Assert.Single(lines, l => l.Contains(dueText, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith("Done,Action,", Assert.Single(lines, l => l.Contains(doneText, StringComparison.Ordinal)), StringComparison.Ordinal);

        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "isla.morgan" && a.Action == "view tracker" && a.Subject == "complaints:tracker"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "isla.morgan" && a.Action == "view tracker csv"));
        Assert.True(await db.EscalationNotices.AnyAsync(n => n.ActionId == overdueId));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task With_no_mail_server_configured_nothing_is_recorded_as_sent_and_the_tracker_says_so(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var today = app.Today();
        var complaint = await app.ComplaintAsync(today.AddDays(-40));
        var (actionId, text) = await app.ActionAsync(complaint.Id, today.AddDays(-10), today.AddDays(-3));

        var result = await app.EscalateAsync();

        Assert.True(result.NotEmailed >= 1);
        Assert.Equal(0, result.Sent);
        await using (var db = app.Database())
        {
            Assert.False(await db.EscalationNotices.AnyAsync(n => n.ActionId == actionId));
        }

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("harry.evans"), "/complaints/tracker");
        Assert.Contains("Not emailed: no mail server configured", Row(page, "overdue", text).TextContent, StringComparison.Ordinal);
        Assert.Contains("No mail server is configured", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Other_roles_may_not_see_the_tracker(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        foreach (var reference in new[] { "amara.okafor", "daniel.reid", "liam.ford", "jack.turner", "kemi.adeyemi" })
        {
            var client = await app.SignedInAsync(reference);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/complaints/tracker")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/complaints/tracker.csv")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task When_the_mail_server_is_down_nothing_is_recorded_and_the_next_run_sends(DatabaseProvider provider)
    {
        var port = SmtpSink.FreePort();
        var app = await MailApps.StartAppAsync(provider, port);
        try
        {
            var today = app.Today();
            var complaint = await app.ComplaintAsync(today.AddDays(-40));
            var (actionId, text) = await app.ActionAsync(complaint.Id, today.AddDays(-10), today.AddDays(-3));

            var down = await app.EscalateAsync();

            Assert.Equal(0, down.Sent);
            Assert.True(down.Failed >= 1);
            await using (var db = app.Database())
            {
                Assert.False(await db.EscalationNotices.AnyAsync(n => n.ActionId == actionId));
            }

            await using var sink = await SmtpSink.StartAsync(port);
            var up = await app.EscalateAsync();

            Assert.True(up.Sent >= 1);
            Assert.Single(sink.About(text));
            await using (var db = app.Database())
            {
                Assert.True(await db.EscalationNotices.AnyAsync(n => n.ActionId == actionId));
            }
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_hourly_loop_escalates_an_action_that_becomes_overdue_as_time_passes(DatabaseProvider provider)
    {
        await using var sink = await SmtpSink.StartAsync();
        var app = await MailApps.StartAppAsync(provider, sink.Port);
        try
        {
            var status = app.Services.GetRequiredService<EscalationStatus>();
            await Until(() => status.Runs >= 1, "the run on start");
            var today = app.Today();
            var complaint = await app.ComplaintAsync(today.AddDays(-40));
            var (actionId, text) = await app.ActionAsync(complaint.Id, today, today.AddDays(1));

            app.Time.Advance(TimeSpan.FromDays(2));

            var message = await sink.WaitForAsync(text);
            Assert.Contains("Overdue by: 1 day", message.TextBody, StringComparison.Ordinal);
            await Until(() => status.Runs >= 2, "the hourly run");
            await using var db = app.Database();
            Assert.True(await db.EscalationNotices.AnyAsync(n => n.ActionId == actionId && n.Due == today.AddDays(1)));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"Waited 30 seconds for {what}.");
            }

            await Task.Delay(50);
        }
    }

    private static AngleSharp.Dom.IElement Row(AngleSharp.Dom.IDocument page, string table, string text) =>
        page.QuerySelector($"#{table}")?.QuerySelectorAll("tbody tr").SingleOrDefault(r => r.TextContent.Contains(text, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No row for \"{text}\" in the {table} table.");
}
