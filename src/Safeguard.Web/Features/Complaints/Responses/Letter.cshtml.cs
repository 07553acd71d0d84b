using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Correspondence.Letters;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Responses;

/// <summary>Prints a complaint letter again from the record, as it was sent; opening it is audited as a view of the complaint.</summary>
[Authorize(Roles = RoleSets.ComplaintReaders)]
public sealed class LetterModel(ComplaintGate gate, ComplaintLetters letters, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, long factId, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "complaint letter", ct) is { } refusal)
        {
            return refusal;
        }

        return await letters.ComposeAsync(id, factId, ct) is { } draft
            ? File(draft.Template.ToPdf(time.GetLocalNow()), "application/pdf", draft.FileName)
            : NotFound();
    }
}
