using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Responses;

/// <summary>The confirmation after a complaint letter is recorded, with the letter to download and print.</summary>
[Authorize(Roles = RoleSets.ComplaintHandlers)]
public sealed class SentModel(ComplaintGate gate, ComplaintLetters letters) : PageModel
{
    public long ComplaintId { get; private set; }

    public long LetterId { get; private set; }

    public string What { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, long factId, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (await letters.ComposeAsync(id, factId, ct) is not { } draft)
        {
            return NotFound();
        }

        (ComplaintId, LetterId, What) = (id, factId, draft.What);
        return Page();
    }
}
