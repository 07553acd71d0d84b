using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Escalation;

/// <summary>Every agreed action and remedy, overdue first, with the escalation email each overdue one has had.</summary>
[Authorize(Roles = RoleSets.ComplaintOverseers)]
public sealed class TrackerModel(TrackerQuery query, EscalationStatus status, RecordViews views, TimeProvider time) : PageModel
{
    public IReadOnlyList<TrackedItem> Items { get; private set; } = [];

    public bool MailConfigured => query.MailConfigured;

    public DateTimeOffset? LastChecked => status.LastRunAt;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await query.ItemsAsync(DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct);
        await views.ViewedAsync("tracker", "complaints:tracker", ct);
    }

    public IEnumerable<TrackedItem> In(TrackedStatus status) => Items.Where(i => i.Status == status);

    /// <summary>What the tracker says of an item's escalation.</summary>
    public static string EscalationWords(TrackedItem item, bool mailConfigured) => item.Escalation is { } sent
        ? $"Emailed {Components.UkTime.Display(sent.SentAt)} to {sent.SentTo}"
        : item.Status == TrackedStatus.Done ? "None"
        : item.Status == TrackedStatus.Overdue && !mailConfigured ? "Not emailed: no mail server configured"
        : "Not yet";
}
