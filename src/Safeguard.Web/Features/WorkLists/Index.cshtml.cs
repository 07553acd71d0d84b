using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.WorkLists;

/// <summary>My due list: the open duties of the children I am the lead social worker for.</summary>
[Authorize(Roles = RoleSets.WorkListReaders)]
public sealed class IndexModel(DueListQuery query, CurrentStaff staff, TimeProvider time) : PageModel
{
    public DueList? List { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = await staff.GetAsync(ct);
        if (me.PersonId is { } personId)
        {
            List = await query.ForAsync(new DueListOwner.Worker(personId), me, DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct);
        }
    }
}
