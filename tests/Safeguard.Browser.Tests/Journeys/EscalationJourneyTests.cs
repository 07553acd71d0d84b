using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using Safeguard.Complaints;
using Safeguard.Recording;
using Safeguard.Web.Features.Escalation;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// An action agreed on a complaint is due tomorrow; two days later it has not been done, the hourly escalation emails
/// it to its owner and the senior manager, and the senior manager finds it on the tracker, overdue and escalated.
/// The app here is one of its own, with its mail going to an SMTP server on loopback, because its clock moves on.
/// </summary>
public sealed class EscalationJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task An_action_not_done_by_its_due_date_is_emailed_and_the_senior_manager_sees_it_escalated_on_the_tracker()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = new BrowserApp(sink.Port);
        app.Start();
        var status = app.Services.GetRequiredService<EscalationStatus>();
        await Until(() => status.Runs >= 1);

        var child = await app.ChildAsync("amara.okafor", referredOn: BrowserApp.Today.AddDays(-60));
        var text = $"Audit the visit records of the North team {Guid.NewGuid().ToString("N")[..6]}";
        long complaint;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var records = scope.ServiceProvider.GetRequiredService<CaseRecordService>();
            var by = new Recorder("harry.evans", "test");
            var received = (Recorded)await records.RecordAsync(
                new ComplaintReceived { On = BrowserApp.Today.AddDays(-30), ComplaintId = 0, ComplainantId = child.Mother, ChildId = child.Id, Points = [new ComplaintPointInfo(0, "P1", "Visits were missed")] },
                by,
                $"KB{Guid.NewGuid().ToString("N")[..6]}");
            complaint = received.NewSubjectId!.Value;
            var owner = child.Worker;
            Assert.IsType<Recorded>(await records.RecordAsync(
                new ActionAgreed { On = BrowserApp.Today, ActionId = 0, ComplaintId = complaint, Text = text, OwnerPersonId = owner, Due = BrowserApp.Today.AddDays(1), Measure = "The audit report to the head of service" },
                by,
                $"AB{Guid.NewGuid().ToString("N")[..6]}"));
        }

        app.Time.Advance(TimeSpan.FromDays(2));

        var email = await sink.WaitForAsync(text);
        Assert.Contains("isla.morgan@northbrook.example", email.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("amara.okafor@northbrook.example", email.To.Mailboxes.Select(m => m.Address));

        var page = await Host.NewPageAsync(app);
        try
        {
            await page.SignInAsync("isla.morgan");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Tracker" }).ClickAsync();
            var row = page.Locator("#overdue tbody tr").Filter(new() { HasText = text });
            await Assertions.Expect(row).ToContainTextAsync("Amara Okafor");
            await Assertions.Expect(row).ToContainTextAsync("11 Mar 2026");
            await Assertions.Expect(row).ToContainTextAsync("Emailed 12 Mar 2026");
            await Assertions.Expect(row).ToContainTextAsync("isla.morgan@northbrook.example");
            await page.AssertAccessibleAsync();

            await row.GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/complaints/{complaint}$"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The escalation did not run on start within 30 seconds.");
            }

            await Task.Delay(50);
        }
    }
}
