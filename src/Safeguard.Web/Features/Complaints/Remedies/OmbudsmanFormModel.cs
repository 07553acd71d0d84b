using Microsoft.AspNetCore.Mvc;

namespace Safeguard.Web.Features.Complaints.Remedies;

/// <summary>
/// A form that adds to the Ombudsman's decision on a complaint (a remedy or an action): it shows the decision, offers
/// the staff who may own the item, and cannot be sent before the decision is recorded.
/// </summary>
public abstract class OmbudsmanFormModel(ComplaintGate gate, ComplaintQuery query, RemedyRecords remedies, TimeProvider time)
    : ComplaintFormModel(gate, query, time)
{
    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public OmbudsmanLine? Decision { get; private set; }

    protected RemedyRecords Remedies => remedies;

    /// <summary>The decision's date, once <see cref="AllowFormAsync"/> has let the form through.</summary>
    protected DateOnly DecisionDate => Decision?.On ?? throw new InvalidOperationException("The Ombudsman's decision is not recorded.");

    /// <summary>For a GET: null when the form may be shown, otherwise 404 or 403.</summary>
    protected async Task<IActionResult?> OpenFormAsync(long id, string what, CancellationToken ct) =>
        await OpenAsync(id, what, ct) ?? await LoadDecisionAsync(ct);

    /// <summary>For a POST: null when the form may be read, otherwise 404, 403, or the page saying the decision comes first.</summary>
    protected async Task<IActionResult?> AllowFormAsync(long id, CancellationToken ct)
    {
        if ((await AllowWriteAsync(id, ct) ?? await LoadDecisionAsync(ct)) is { } refusal)
        {
            return refusal;
        }

        if (Decision is null)
        {
            ModelState.AddModelError("", "Record the Ombudsman's decision first");
            return Page();
        }

        return null;
    }

    private async Task<IActionResult?> LoadDecisionAsync(CancellationToken ct)
    {
        Decision = RemedyRecords.Section(Complaint.Facts, new Dictionary<long, string>()).Ombudsman;
        Staff = await remedies.StaffAsync(ct);
        return null;
    }
}
