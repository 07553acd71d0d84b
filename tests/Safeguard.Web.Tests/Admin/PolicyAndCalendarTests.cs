using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Policy;
using Safeguard.Rules;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Admin;

public sealed class PolicyAndCalendarTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_policy_page_lists_every_setting_with_its_value_and_default(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("jack.turner"), "/admin/policy");

        foreach (var name in PolicySettings.Names)
        {
            var row = page.GetElementById($"setting-{name}");
            Assert.NotNull(row);
            Assert.Equal(PolicySettings.Defaults.Get(name).ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelectorAll("td")[1].TextContent.Trim());
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_bad_policy_value_is_named_next_to_the_field_and_changes_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var admin = await app.SignedInAsync("jack.turner");
        const string url = "/admin/policy/visitIntervalWorkingDays";
        var before = await AuditCountAsync(app, "change policy setting");

        var notANumber = await PostAsync(admin, url, new() { ["Value"] = "ten", ["Reason"] = "Local procedure changed" });
        Assert.Equal("The number of working days must be a whole number, like 10", Forms.FieldError(notANumber, "Value"));
        var outOfRange = await PostAsync(admin, url, new() { ["Value"] = "401", ["Reason"] = "Local procedure changed" });
        Assert.Equal([("#Value", "Enter a number of working days from 1 to 400.")], Forms.ErrorSummary(outOfRange));
        var noReason = await PostAsync(admin, url, new() { ["Value"] = "12", ["Reason"] = " " });
        Assert.Equal("Enter why the setting is changing", Forms.FieldError(noReason, "Reason"));

        await using var db = app.Database();
        var council = await db.Councils.Include(c => c.PolicySettings).OrderBy(c => c.Id).FirstAsync();
        Assert.Equal(PolicySettings.Defaults.VisitIntervalWorkingDays, council.ToPolicy().VisitIntervalWorkingDays);
        Assert.Equal(before, await AuditCountAsync(app, "change policy setting"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_policy_change_recounts_running_clocks_and_is_audited(DatabaseProvider provider)
    {
        var app = await Apps.FreshAsync(provider);
        try
        {
            var child = await app.ChildAsync("amara.okafor");
            var complaint = (await app.RecordAsync(
                new ComplaintReceived { On = SafeguardApp.Today, ComplaintId = 0, ComplainantId = child.Mother, ChildId = child.Id, Points = [new(0, "P1", "Not invited")] },
                "harry.evans",
                "K-policy")).NewSubjectId!.Value;
            Assert.Equal(WorkingDayCalendar.EnglandAndWales.AddWorkingDays(SafeguardApp.Today, 3), await AcknowledgeDueAsync(app, complaint));

            var response = await Forms.PostAsync(await app.SignedInAsync("jack.turner"), "/admin/policy/complaintAcknowledgeWorkingDays", new Dictionary<string, string> { ["Value"] = "8", ["Reason"] = "Council decision of 2 March" });

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(WorkingDayCalendar.EnglandAndWales.AddWorkingDays(SafeguardApp.Today, 8), await AcknowledgeDueAsync(app, complaint));
            var list = await Forms.GetDocumentAsync(await app.SignedInAsync("jack.turner"), response.Headers.Location!.ToString());
            Assert.Contains("Acknowledging a complaint is now 8 working days", list.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
            await using var db = app.Database();
            var audit = await db.AuditEntries.SingleAsync(a => a.Action == "change policy setting");
            Assert.Equal(("jack.turner", "policy:complaintAcknowledgeWorkingDays", "3 -> 8. Council decision of 2 March"), (audit.Actor, audit.Subject, audit.Reason));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_calendar_shows_this_and_next_years_holidays_and_refuses_a_day_that_is_already_one(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var admin = await app.SignedInAsync("jack.turner");

        var calendar = await Forms.GetDocumentAsync(admin, "/admin/calendar");
        var captions = calendar.QuerySelectorAll("caption").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("Bank holidays in 2026", captions);
        Assert.Contains("Bank holidays in 2027", captions);
        Assert.Contains("Friday 25 December 2026", calendar.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var christmas = await PostAsync(admin, "/admin/calendar/add", new() { ["Date.Day"] = "25", ["Date.Month"] = "12", ["Date.Year"] = "2026", ["Name"] = "Extra Christmas", ["Kind"] = "extra", ["Reason"] = "Testing" });
        Assert.Equal("25 December 2026 is already a bank holiday (Christmas Day). Enter a different date", Forms.FieldError(christmas, "Date"));
        var notMoved = await PostAsync(admin, "/admin/calendar/add", new() { ["Date.Day"] = "6", ["Date.Month"] = "5", ["Date.Year"] = "2026", ["Name"] = "Moved May Day", ["Kind"] = "moved", ["MovedFrom.Day"] = "5", ["MovedFrom.Month"] = "5", ["MovedFrom.Year"] = "2026", ["Reason"] = "Testing" });
        Assert.Equal("5 May 2026 is not a bank holiday, so nothing can move from it. Enter the date of the regular bank holiday", Forms.FieldError(notMoved, "MovedFrom"));
        var empty = await PostAsync(admin, "/admin/calendar/add", new() { ["Name"] = "", ["Reason"] = "" });
        Assert.Equal(["#Date", "#Kind", "#Name", "#Reason"], Forms.ErrorSummary(empty).Select(e => e.Href).Order(StringComparer.Ordinal));

        await using var db = app.Database();
        Assert.False(await db.BankHolidayChanges.AnyAsync(c => c.Name == "Extra Christmas" || c.Name == "Moved May Day"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_added_bank_holiday_counts_for_new_clocks_and_for_running_ones_after_a_recount(DatabaseProvider provider)
    {
        var app = await Apps.FreshAsync(provider);
        try
        {
            var before = await app.ChildAsync("amara.okafor");
            var tomorrow = SafeguardApp.Today.AddDays(1);
            Assert.Equal(tomorrow, await ReferralDecisionDueAsync(app, before.Id));
            var admin = await app.SignedInAsync("jack.turner");

            var added = await Forms.PostAsync(admin, "/admin/calendar/add", new Dictionary<string, string>
            {
                ["Date.Day"] = "11",
                ["Date.Month"] = "3",
                ["Date.Year"] = "2026",
                ["Name"] = "Day of mourning",
                ["Kind"] = "extra",
                ["Reason"] = "Proclamation of 9 March",
            });

            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            var calendar = await Forms.GetDocumentAsync(admin, added.Headers.Location!.ToString());
            Assert.Contains("Wednesday 11 March 2026", calendar.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("recount every clock now", calendar.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
            var after = await app.ChildAsync("amara.okafor");
            Assert.Equal(tomorrow.AddDays(1), await ReferralDecisionDueAsync(app, after.Id));
            Assert.Equal(tomorrow, await ReferralDecisionDueAsync(app, before.Id));

            var recount = await Forms.PostAsync(admin, "/admin/calendar", [], "/admin/calendar?handler=Recount");

            Assert.Equal(HttpStatusCode.Redirect, recount.StatusCode);
            Assert.Equal(tomorrow.AddDays(1), await ReferralDecisionDueAsync(app, before.Id));
            await using var db = app.Database();
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "jack.turner" && a.Action == "add bank holiday change" && a.Subject == "calendar:2026-03-11" && a.Reason == "Proclamation of 9 March"));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "jack.turner" && a.Action == "recount every clock"));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Administration_is_for_administrators_only(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        foreach (var reference in new[] { "amara.okafor", "isla.morgan", "kemi.adeyemi" })
        {
            var client = await app.SignedInAsync(reference);
            foreach (var url in new[] { "/admin", "/admin/policy", "/admin/calendar", "/admin/calendar/add", "/admin/accounts", "/admin/accounts/create", "/admin/restricted-records" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("jack.turner")).GetAsync("/admin")).StatusCode);
    }

    private static async Task<AngleSharp.Dom.IDocument> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(client, url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> AuditCountAsync(SafeguardApp app, string action)
    {
        await using var db = app.Database();
        return await db.AuditEntries.CountAsync(a => a.Action == action);
    }

    private static async Task<DateOnly?> AcknowledgeDueAsync(SafeguardApp app, long complaint)
    {
        await using var db = app.Database();
        return await db.Duties.Where(d => d.ComplaintId == complaint && d.Rule == RuleIds.Acknowledge).Select(d => d.Due).SingleAsync();
    }

    private static async Task<DateOnly?> ReferralDecisionDueAsync(SafeguardApp app, long child)
    {
        await using var db = app.Database();
        return await db.Duties.Where(d => d.ChildId == child && d.Rule == RuleIds.ReferralDecision).Select(d => d.Due).SingleAsync();
    }
}
