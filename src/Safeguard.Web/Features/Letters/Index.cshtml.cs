using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Data;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Features.Meetings;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Letters;

[Authorize(Roles = RoleSets.ChildReaders)]
public sealed class IndexModel(ChildGate gate, ChildRecordQuery children, SafeguardDbContext db) : PageModel
{
    public ChildSummary Child { get; private set; } = null!;

    public IReadOnlyList<LetterLine> Letters { get; private set; } = [];

    public bool CanProduce => User.IsInAnyRole(RoleSets.Correspondents);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "child letters", ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await children.SummaryAsync(id, ct))!;
        Letters = await db.ForChildAsync(id, ct);
        return Page();
    }
}
