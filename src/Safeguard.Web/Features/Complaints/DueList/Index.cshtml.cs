using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.DueList;

/// <summary>What is due on complaints: overdue, due today, and due later this week.</summary>
[Authorize(Roles = RoleSets.ComplaintOverseers)]
public sealed class IndexModel(ComplaintDueListQuery query, CurrentStaff staff, RecordViews views, TimeProvider time) : PageModel
{
    public ComplaintDueList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await query.ForAsync(await staff.GetAsync(ct), DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct);
        await views.ViewedAsync("complaints due list", "complaints", ct);
    }
}
