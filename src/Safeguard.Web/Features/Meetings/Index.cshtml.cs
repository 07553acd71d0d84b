using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Meetings;

[Authorize(Roles = RoleSets.ChildReaders)]
public sealed class IndexModel(ChildGate gate, ChildRecordQuery children, MeetingQuery meetings) : PageModel
{
    public ChildSummary Child { get; private set; } = null!;

    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    public bool CanSchedule => User.IsInAnyRole(RoleSets.MeetingOrganisers);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "child meetings", ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await children.SummaryAsync(id, ct))!;
        Meetings = await meetings.ForChildAsync(id, ct);
        return Page();
    }
}
