using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.NotSeen;

[Authorize(Roles = RoleSets.SeniorManagers)]
public sealed class IndexModel(NotSeenQuery query, CurrentStaff staff, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateParts AsOf { get; set; } = new();

    public NotSeenList? List { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var chosen = AsOf.Day is null && AsOf.Month is null && AsOf.Year is null
            ? today
            : AsOf.Read(ModelState, nameof(AsOf), "the last day of the week", notAfter: today);
        if (chosen is { } asOf)
        {
            AsOf = DateParts.From(asOf);
            List = await query.AsOfAsync(asOf, await staff.GetAsync(ct), ct);
        }
    }
}
