using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Chronology;

[Authorize(Roles = RoleSets.ChildRecordReaders)]
public sealed class IndexModel(ChildGate gate, ChildRecordQuery children, ChronologyQuery query, TimeProvider time) : PageModel
{
    public ChildSummary? Child { get; private set; }

    public List<ChronologyEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "chronology", ct) is { } refusal)
        {
            return refusal;
        }

        Child = await children.SummaryAsync(id, ct);
        if (Child is null)
        {
            return NotFound();
        }

        Entries = await query.ForChildAsync(id, ct);
        return Page();
    }

    /// <summary>When an entry was recorded, in the council's local time.</summary>
    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, time.LocalTimeZone);
}
