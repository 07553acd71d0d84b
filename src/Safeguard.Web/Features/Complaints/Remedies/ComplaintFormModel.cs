using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Safeguard.Web.Features.Complaints.Remedies;

/// <summary>
/// A form that changes a complaint: only the complaints manager may open or post it (opening it is audited), and it
/// shows which complaint it is about.
/// </summary>
public abstract class ComplaintFormModel(ComplaintGate gate, ComplaintQuery query, TimeProvider time) : PageModel
{
    public ComplaintView Complaint { get; private set; } = null!;

    protected DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>For a GET: null when the form may be shown, otherwise 404 or 403.</summary>
    protected async Task<IActionResult?> OpenAsync(long id, string what, CancellationToken ct) =>
        await gate.AllowWriteAsync(id, ct) ?? await gate.OpenAsync(id, what, ct) ?? await LoadAsync(id, ct);

    /// <summary>For a POST: null when the complaints manager may change this complaint, otherwise 404 or 403.</summary>
    protected async Task<IActionResult?> AllowWriteAsync(long id, CancellationToken ct) =>
        await gate.AllowWriteAsync(id, ct) ?? await LoadAsync(id, ct);

    protected RedirectResult BackToComplaint(string confirmation)
    {
        TempData["Confirmation"] = confirmation;
        return Redirect($"/complaints/{Complaint.Id}");
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        var found = await query.GetAsync(id, Today, ct);
        if (found is null)
        {
            return NotFound();
        }

        Complaint = found;
        return null;
    }
}

/// <summary>The top of a complaint form: the way back, the error summary, which complaint, and the question.</summary>
public sealed record FormHeader(ComplaintView Complaint, string Heading, IReadOnlyList<string> FieldOrder);
