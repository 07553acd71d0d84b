using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Meetings;

[Authorize(Roles = RoleSets.ChildReaders)]
public sealed class MeetingModel(MeetingGate gate, MeetingQuery meetings, TimeProvider time) : PageModel
{
    public MeetingDetail Detail { get; private set; } = null!;

    public bool CanOrganise => User.IsInAnyRole(RoleSets.MeetingOrganisers);

    public bool CanCorrespond => User.IsInAnyRole(RoleSets.Correspondents);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "meeting", ct) is { } refusal)
        {
            return refusal;
        }

        Detail = (await meetings.DetailAsync(id, DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct))!;
        return Page();
    }
}
