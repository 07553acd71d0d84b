using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Access;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Pathway;

/// <summary>"Record something on this child's file": every pathway form for the child, grouped by stage.</summary>
[Authorize(Roles = RoleSets.MeetingOrganisers)]
public sealed class HubModel(ChildGate gate, ChildRecordQuery query) : PageModel
{
    public ChildSummary Child { get; private set; } = null!;

    public bool Caseworker => User.IsInRole(StaffRoles.SocialWorker) || User.IsInRole(StaffRoles.TeamManager);

    public bool RaisesAlerts => User.IsInRole(StaffRoles.ConferenceChair);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "record forms", ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await query.SummaryAsync(id, ct))!;
        return Page();
    }
}
