using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Audit;

public sealed class AuditLogPageTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_auditor_finds_a_childs_entries_by_reference_person_and_date_and_not_others(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var other = await app.ChildAsync("amara.okafor");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("chloe.patel")).GetAsync($"/children/{child.Id}")).StatusCode);
        var auditor = await app.SignedInAsync("kemi.adeyemi");

        var byRecord = Rows(await Forms.GetDocumentAsync(auditor, $"/audit?Record={child.Reference}"));
        Assert.Contains(byRecord, r => r.Who.Contains("amara.okafor", StringComparison.Ordinal) && r.What == "record referral-received");
        Assert.Contains(byRecord, r => r.Who.Contains("chloe.patel", StringComparison.Ordinal) && r.What == "view child record refused");
        Assert.All(byRecord, r => Assert.Contains($"child:{child.Id}", r.Record, StringComparison.Ordinal));
        Assert.All(byRecord, r => Assert.Contains(child.Name, r.Record, StringComparison.Ordinal));

        var byPerson = Rows(await Forms.GetDocumentAsync(auditor, $"/audit?Actor=chloe.patel&Record=child:{child.Id}"));
        var refused = Assert.Single(byPerson);
        Assert.Equal("view child record refused", refused.What);
        Assert.Contains("Chloe Patel", refused.Who, StringComparison.Ordinal);
        Assert.Contains("Mar 2026", refused.When, StringComparison.Ordinal);

        Assert.Empty(Rows(await Forms.GetDocumentAsync(auditor, $"/audit?Actor=chloe.patel&Record={other.Reference}")));
        Assert.NotEmpty(Rows(await Forms.GetDocumentAsync(auditor, $"/audit?Record=child:{child.Id}&What=REFERRAL&From.Day=10&From.Month=3&From.Year=2026&To.Day=10&To.Month=3&To.Year=2026")));
        var later = await Forms.GetDocumentAsync(auditor, $"/audit?Record=child:{child.Id}&From.Day=11&From.Month=3&From.Year=2026");
        Assert.Empty(Rows(later));
        Assert.Contains("No entries match", later.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var earlier = await Forms.GetDocumentAsync(auditor, $"/audit?Record=child:{child.Id}&To.Day=9&To.Month=3&To.Year=2026");
        Assert.Empty(Rows(earlier));

        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "kemi.adeyemi" && a.Action == "view audit log" && a.Subject == "audit"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_bad_date_range_is_named_next_to_the_field(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var auditor = await app.SignedInAsync("kemi.adeyemi");

        var page = await Forms.GetDocumentAsync(auditor, "/audit?From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026");
        Assert.Equal("The start date must be a real date", Forms.FieldError(page, "From"));
        page = await Forms.GetDocumentAsync(auditor, "/audit?From.Day=5&From.Month=3&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026");
        Assert.Equal([("#To", "The end date must be the same as or after the start date")], Forms.ErrorSummary(page));
        Assert.Empty(Rows(page));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_long_search_pages_by_entry_newest_first(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var subject = $"test:{Guid.NewGuid():N}";
        await using (var db = app.Database())
        {
            for (var i = 1; i <= 60; i++)
            {
                db.AuditEntries.Add(new AuditEntry { At = SafeguardApp.Now, Actor = "amara.okafor", Action = $"step {i}", Subject = subject, Origin = "test" });
            }

            await db.SaveChangesAsync();
        }

        var auditor = await app.SignedInAsync("kemi.adeyemi");
        var first = await Forms.GetDocumentAsync(auditor, $"/audit?Record={subject}");
        Assert.Equal(50, Rows(first).Count);
        Assert.Equal("step 60", Rows(first)[0].What);
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var second = await Forms.GetDocumentAsync(auditor, first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => $"step {i}"), Rows(second).Select(r => r.What));
        Assert.Null(second.QuerySelector("a[rel=next]"));

        var back = await Forms.GetDocumentAsync(auditor, second.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
        Assert.Equal(Rows(first).Select(r => r.What), Rows(back).Select(r => r.What));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_search_downloads_as_csv_with_only_its_entries(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var other = await app.ChildAsync("amara.okafor");
        var auditor = await app.SignedInAsync("kemi.adeyemi");

        var response = await auditor.GetAsync($"/audit/export?Record=child:{child.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("entry,at_utc,at_uk,actor,action,record", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",record referral-received,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains($",child:{child.Id},", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains($"child:{other.Id},", StringComparison.Ordinal));
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "kemi.adeyemi" && a.Action == "export audit log" && a.Reason == $"Search: record child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_the_auditor_reads_the_log_and_the_auditor_opens_no_child_or_administration_page(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        foreach (var reference in new[] { "amara.okafor", "isla.morgan", "jack.turner" })
        {
            var client = await app.SignedInAsync(reference);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/audit/verify")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/audit/export")).StatusCode);
        }

        var auditor = await app.SignedInAsync("kemi.adeyemi");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/admin/policy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/admin/accounts")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_check_says_the_log_is_intact(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        await app.ChildAsync("amara.okafor");

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("kemi.adeyemi"), "/audit/verify");

        Assert.Equal("The audit log is intact", page.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Matches("^[0-9,]+ entries checked$", page.QuerySelector(".govuk-panel__body")!.TextContent.Trim());
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "kemi.adeyemi" && a.Action == "verify audit log" && a.Subject == "audit"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_check_finds_an_entry_changed_behind_the_applications_back(DatabaseProvider provider)
    {
        var app = await Apps.FreshAsync(provider);
        try
        {
            var child = await app.ChildAsync("amara.okafor");
            long tampered;
            await using (var db = app.Database())
            {
                tampered = await db.AuditEntries.Where(a => a.Subject == $"child:{child.Id}" && a.Action == "record referral-received").Select(a => a.Id).SingleAsync();
                await db.AuditEntries.Where(a => a.Id == tampered).ExecuteUpdateAsync(a => a.SetProperty(e => e.Actor, "someone.else"));
            }

            var page = await Forms.GetDocumentAsync(await app.SignedInAsync("kemi.adeyemi"), "/audit/verify");

            Assert.Null(page.QuerySelector(".govuk-panel"));
            var report = page.QuerySelector(".app-chain-broken")!.TextContent;
            Assert.Contains($"The audit log is broken at entry {tampered}", report, StringComparison.Ordinal);
            Assert.Contains("This entry's content does not match its hash: it has been changed.", report, StringComparison.Ordinal);
            Assert.Contains("someone.else", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private sealed record Row(string When, string Who, string What, string Record);

    private static List<Row> Rows(IDocument page) =>
        page.QuerySelectorAll("table.app-audit-table tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").ToList())
            .Select(cells => new Row(cells[0].TextContent.Trim(), cells[1].TextContent.Trim(), cells[2].QuerySelector(".app-audit-action")!.TextContent.Trim(), cells[3].TextContent.Trim()))
            .ToList();
}
