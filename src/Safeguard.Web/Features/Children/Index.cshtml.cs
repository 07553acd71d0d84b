using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Children;

[Authorize(Roles = RoleSets.ChildReaders)]
public sealed class IndexModel(ChildAccess access, CurrentStaff staff) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public List<ChildSummary> Children { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = access.VisibleChildren(await staff.GetAsync(ct));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToLowerInvariant();
            visible = visible.Where(c => (c.DisplayName ?? "").ToLower().Contains(term) || c.Reference.ToLower().Contains(term));
        }

        Total = await visible.CountAsync(ct);
        Children = await visible
            .OrderBy(c => c.DisplayName).ThenBy(c => c.Id)
            .Take(PageSize)
            .Select(c => new ChildSummary(c.Id, c.Reference, c.DisplayName ?? c.Reference, c.BirthDate, c.Team != null ? c.Team.Name : null, null, c.Restricted))
            .ToListAsync(ct);
    }
}
