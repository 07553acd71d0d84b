using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Escalation;

/// <summary>The tracker as a CSV file, one row per agreed action or remedy.</summary>
[Authorize(Roles = RoleSets.ComplaintOverseers)]
public sealed class TrackerCsvModel(TrackerQuery query, RecordViews views, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var items = await query.ItemsAsync(today, ct);
        await views.ViewedAsync("tracker csv", "complaints:tracker", ct);
        var csv = new CsvFile("Status", "Kind", "Reference", "Complaint", "What", "Owner", "Due", "Days overdue", "Done", "Escalation");
        foreach (var i in items)
        {
            csv.Row(i.Status.ToString(), i.KindName, i.Reference, i.ComplaintReference, i.What, i.Owner, i.Due, i.Status == TrackedStatus.Overdue ? i.DaysOverdue : null, i.Done, TrackerModel.EscalationWords(i, query.MailConfigured));
        }

        return csv.ToResult($"actions-and-remedies-{today:yyyy-MM-dd}.csv");
    }
}
