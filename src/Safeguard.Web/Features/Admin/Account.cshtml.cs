using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Access;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

/// <summary>One account: change its roles, unlock it, or deactivate it.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class AccountModel(StaffAccounts accounts, CurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string UserName { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public AccountLine Account { get; private set; } = null!;

    public IEnumerable<SelectListItem> RoleItems => StaffRoles.All.Select(r => new SelectListItem(StaffRoles.DisplayName(r), r));

    public string? DoneMessage => Done switch
    {
        "roles" => "The roles have been changed. The person's current sessions end, and they sign in again to use the new roles.",
        "unlocked" => "The account has been unlocked. They can sign in again.",
        "deactivated" => "The account has been deactivated. They can no longer sign in; their history stays on the record.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Roles = [.. Account.Roles];
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var chosen = Roles.Where(StaffRoles.All.Contains).Distinct().ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Roles), "Select at least one role");
            return Page();
        }

        if (await accounts.ChangeRolesAsync(UserName, chosen, (await staff.GetAsync(ct)).UserName, ct) is { } problem)
        {
            ModelState.AddModelError(nameof(Roles), problem);
            return Page();
        }

        return Finished("roles");
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (await accounts.UnlockAsync(UserName, ct) is { } problem)
        {
            ModelState.AddModelError(string.Empty, problem);
            return Page();
        }

        return Finished("unlocked");
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (await accounts.DeactivateAsync(UserName, (await staff.GetAsync(ct)).UserName, ct) is { } problem)
        {
            ModelState.AddModelError(string.Empty, problem);
            return Page();
        }

        return Finished("deactivated");
    }

    private RedirectResult Finished(string what) => Redirect($"/admin/accounts/{Uri.EscapeDataString(UserName)}?done={what}");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await accounts.FindAsync(UserName, ct) is not { } account)
        {
            return false;
        }

        Account = account;
        return true;
    }
}
