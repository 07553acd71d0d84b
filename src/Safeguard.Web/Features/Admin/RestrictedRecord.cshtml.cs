using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Web.Features.AuditLog;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

public sealed record NamedStaff(long GrantId, long PersonId, string Name, string Reference, string GrantedBy, DateTimeOffset GrantedAt);

/// <summary>Restricts a child's record or lifts the restriction, and names the staff who may open it. Every change is audited.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class RestrictedRecordModel(SafeguardDbContext db, AuditTrail trail, TimeProvider time, CurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>What the form asked for, so that sending it twice does not undo it.</summary>
    [BindProperty]
    public bool? Restrict { get; set; }

    [BindProperty]
    public string? StaffPerson { get; set; }

    [BindProperty]
    public long? Grant { get; set; }

    public Person Child { get; private set; } = null!;

    public List<NamedStaff> Named { get; private set; } = [];

    public List<SelectListItem> StaffChoices { get; private set; } = [];

    public string? DoneMessage => Done switch
    {
        "restricted" => Named.Count == 0
            ? "The record is restricted. No one is named yet, so no one can open it until you name someone."
            : "The record is restricted. Only the staff named below can open it.",
        "unrestricted" => "The restriction has been lifted. Staff see the record as their role and team allow.",
        "granted" => "The member of staff has been named on the record.",
        "removed" => "The member of staff is no longer named on the record.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await trail.WriteAsync("view record access", Subject, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRestrictionAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), Child.Restricted ? "Enter why the restriction is being lifted" : "Enter why the record is being restricted");
            return Page();
        }

        // The form always says which way; anything else is not a request this page made, and must not toggle the record.
        if (Restrict is not { } restrict)
        {
            return BadRequest();
        }

        if (restrict != Child.Restricted)
        {
            var record = await db.People.SingleAsync(p => p.Id == Id, ct);
            record.Restricted = restrict;
            trail.Add(restrict ? "restrict record" : "lift record restriction", Subject, Reason.Trim());
            await db.SaveChangesAsync(ct);
        }

        return Finished(restrict ? "restricted" : "unrestricted");
    }

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var chosen = StaffChoices.FirstOrDefault(s => s.Value.Length > 0 && s.Value == StaffPerson);
        if (chosen is null)
        {
            ModelState.AddModelError(nameof(StaffPerson), "Select the member of staff who may open the record");
            return Page();
        }

        var personId = long.Parse(chosen.Value, CultureInfo.InvariantCulture);
        db.RecordAccessGrants.Add(new RecordAccessGrant { ChildId = Id, StaffPersonId = personId, GrantedBy = staff.Recorder().User, GrantedAt = time.GetUtcNow() });
        trail.Add("grant record access", Subject, $"{chosen.Text} (person {personId}) may open the record.");
        await db.SaveChangesAsync(ct);
        return Finished("granted");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var named = Named.FirstOrDefault(n => n.GrantId == Grant);
        if (named is null)
        {
            return NotFound();
        }

        db.RecordAccessGrants.Remove(await db.RecordAccessGrants.SingleAsync(g => g.Id == named.GrantId, ct));
        trail.Add("remove record access", Subject, $"{named.Name} ({named.Reference}, person {named.PersonId}) may no longer open the record.");
        await db.SaveChangesAsync(ct);
        return Finished("removed");
    }

    private string Subject => $"child:{Id.ToString(CultureInfo.InvariantCulture)}";

    private RedirectResult Finished(string what) => Redirect($"/admin/restricted-records/{Id.ToString(CultureInfo.InvariantCulture)}?done={what}");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id && p.Kind == PersonKind.Child, ct) is not { } child)
        {
            return false;
        }

        Child = child;
        Named = await (from g in db.RecordAccessGrants
                       join p in db.People on g.StaffPersonId equals p.Id
                       where g.ChildId == Id
                       orderby p.DisplayName
                       select new NamedStaff(g.Id, p.Id, p.DisplayName ?? p.Reference, p.Reference, g.GrantedBy, g.GrantedAt))
            .AsNoTracking().ToListAsync(ct);
        var namedIds = Named.Select(n => n.PersonId).ToHashSet();
        var staffPeople = await db.People.AsNoTracking()
            .Where(p => p.Kind == PersonKind.Staff)
            .OrderBy(p => p.DisplayName).ThenBy(p => p.Reference)
            .Select(p => new { p.Id, p.Reference, p.DisplayName, Team = p.Team != null ? p.Team.Name : null })
            .ToListAsync(ct);
        StaffChoices =
        [
            new SelectListItem("Choose a member of staff", ""),
            .. staffPeople.Where(p => !namedIds.Contains(p.Id)).Select(p => new SelectListItem(
                $"{p.DisplayName ?? p.Reference} ({p.Reference}{(p.Team is null ? "" : $", {p.Team}")})",
                p.Id.ToString(CultureInfo.InvariantCulture))),
        ];
        return true;
    }
}
