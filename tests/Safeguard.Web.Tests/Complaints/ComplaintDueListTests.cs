using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Rules;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Complaints;

public sealed class ComplaintDueListTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Each_open_complaint_duty_is_in_its_section_by_due_date_and_later_ones_wait(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        long[] complaints =
        [
            await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-29)),
            await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-14)),
            await app.ComplaintAsync(child, SafeguardApp.Today.AddDays(-1)),
        ];
        await app.RecordAsync(new ActionAgreed { On = SafeguardApp.Today, ActionId = 0, ComplaintId = complaints[2], Text = "Apologise in writing", OwnerDescription = "Team manager", Due = SafeguardApp.Today.AddDays(3), Measure = "Letter sent" }, ComplaintArrange.Manager, newReference: $"A-{Guid.NewGuid():N}"[..20]);
        var today = SafeguardApp.Today;
        var sunday = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        var client = await app.SignedInAsync("isla.morgan");

        var page = await Forms.GetDocumentAsync(client, "/complaints/due");

        await using var db = app.Database();
        var duties = await db.Duties.Where(d => d.ComplaintId != null && complaints.Contains(d.ComplaintId.Value) && d.Outcome == DutyOutcome.Open && d.Due != null).ToListAsync();
        Assert.Contains(duties, d => d.Due < today);
        Assert.Contains(duties, d => d.ActionId != null);
        foreach (var duty in duties)
        {
            var section = duty.Due < today ? "overdue" : duty.Due == today ? "today" : duty.Due <= sunday ? "this-week" : null;
            var rows = page.QuerySelectorAll($"tr[data-complaint='{duty.ComplaintId}'][data-rule='{duty.Rule}']").ToList();
            if (section is null)
            {
                Assert.Empty(rows);
                continue;
            }

            var row = Assert.Single(page.QuerySelectorAll($"#{section}-table tr[data-complaint='{duty.ComplaintId}'][data-rule='{duty.Rule}']"));
            Assert.Contains(RuleCatalogue.Get(duty.Rule).Name, row.TextContent, StringComparison.Ordinal);
            Assert.NotNull(row.QuerySelector($"a[href='/complaints/{duty.ComplaintId}']"));
            if (duty.Counting is not null)
            {
                Assert.Contains(duty.Counting, row.TextContent, StringComparison.Ordinal);
            }
        }

        Assert.NotNull(page.QuerySelector($"#overdue-table tr[data-complaint='{complaints[0]}'][data-rule='{RuleIds.Stage1Response}']"));
        var manager = await app.SignedInAsync(ComplaintArrange.Manager);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/complaints/due")).StatusCode);
    }
}
