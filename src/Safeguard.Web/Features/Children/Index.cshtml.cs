using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Children;

[Authorize(Roles = RoleSets.ChildReaders)]
public sealed class IndexModel(ChildSearch search, CurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ChildSummary> Children { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var found = await search.FindAsync(await staff.GetAsync(ct), Q, ct);
        Total = found.Total;
        Children = found.Children;
    }
}
