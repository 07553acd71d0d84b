using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

public sealed record RestrictedRecordLine(long Id, string Reference, string? Name, int NamedStaff);

/// <summary>Finds a child's record by reference, and lists the records that are restricted now.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class RestrictedRecordsModel(SafeguardDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    public List<RestrictedRecordLine> Restricted { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Request.Query.ContainsKey(nameof(Reference)))
        {
            if (string.IsNullOrWhiteSpace(Reference))
            {
                ModelState.AddModelError(nameof(Reference), "Enter the child's reference");
            }
            else
            {
                var reference = Reference.Trim();
                var upper = reference.ToUpperInvariant();
                var child = await db.People.AsNoTracking()
                    .Where(p => p.Kind == PersonKind.Child && (p.Reference == reference || p.Reference.ToUpper() == upper))
                    .OrderBy(p => p.Reference == reference ? 0 : 1)
                    .Select(p => (long?)p.Id)
                    .FirstOrDefaultAsync(ct);
                if (child is { } id)
                {
                    return Redirect($"/admin/restricted-records/{id}");
                }

                ModelState.AddModelError(nameof(Reference), $"There is no child with the reference {reference}. Check the reference and try again");
            }
        }

        var grants = db.RecordAccessGrants;
        Restricted = await db.People.AsNoTracking()
            .Where(p => p.Kind == PersonKind.Child && p.Restricted)
            .OrderBy(p => p.Reference)
            .Select(p => new RestrictedRecordLine(p.Id, p.Reference, p.DisplayName, grants.Count(g => g.ChildId == p.Id)))
            .ToListAsync(ct);
        return Page();
    }
}
