using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.People;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Children;

[Authorize(Roles = RoleSets.ChildRecordReaders)]
public sealed class RecordModel(ChildRecordQuery query, ChildGate gate, TimeProvider time) : PageModel
{
    public ChildRecord? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "child record", ct) is { } refusal)
        {
            return refusal;
        }

        Record = await query.RecordAsync(id, DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct);
        return Record is null ? NotFound() : Page();
    }

    public string RoleName(RelationshipRole role) => role switch
    {
        RelationshipRole.StepParent => "Step-parent",
        _ => role.ToString(),
    };
}
