using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Access;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints;

[Authorize(Roles = RoleSets.ComplaintReaders)]
public sealed class ComplaintModel(ComplaintQuery query, ComplaintGate gate, CurrentStaff staff, TimeProvider time) : PageModel
{
    public ComplaintView Complaint { get; private set; } = null!;

    /// <summary>Whether the reader runs the procedure; everyone else reads the complaint without changing it.</summary>
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "complaint", ct) is { } refusal)
        {
            return refusal;
        }

        var found = await query.GetAsync(id, DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct);
        if (found is null)
        {
            return NotFound();
        }

        Complaint = found;
        CanChange = ComplaintAccess.CanChange(await staff.GetAsync(ct));
        return Page();
    }
}
