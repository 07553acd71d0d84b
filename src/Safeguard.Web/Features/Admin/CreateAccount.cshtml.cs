using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

/// <summary>Creates a staff account and the staff person it acts as, with a temporary password.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class CreateAccountModel(StaffAccounts accounts, SafeguardDbContext db, CurrentStaff staff) : PageModel
{
    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Team { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public IEnumerable<SelectListItem> Roles => StaffRoles.All.Select(r => new SelectListItem(StaffRoles.DisplayName(r), r));

    public List<SelectListItem> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadTeamsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadTeamsAsync(ct);
        if (string.IsNullOrWhiteSpace(FullName))
        {
            ModelState.AddModelError(nameof(FullName), "Enter the person's full name");
        }
        else if (FullName.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(FullName), "The full name must be 200 characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address");
        }
        else if (!MailAddress.TryCreate(Email.Trim(), out var address) || address.Address != Email.Trim() || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }

        if (Role is null || !StaffRoles.All.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), "Select a role");
        }

        long? teamId = long.TryParse(Team, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && Teams.Any(t => t.Value == Team) ? parsed : null;
        if (Role is not null && StaffAccounts.NeedsTeam(Role) && teamId is null)
        {
            ModelState.AddModelError(nameof(Team), "Select the team of the social worker or team manager");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter a temporary password");
        }
        else if (await accounts.PasswordProblemsAsync(Password) is { Count: > 0 } problems)
        {
            ModelState.AddModelError(nameof(Password), string.Join(" ", problems));
        }

        if (ModelState.IsValid)
        {
            var created = await accounts.CreateAsync(new NewAccount(FullName!, Email!, Role!, teamId, Password!), staff.Recorder(), ct);
            if (created.UserName is { } userName)
            {
                return Redirect($"/admin/accounts?created={Uri.EscapeDataString(userName)}");
            }

            foreach (var group in created.Problems.GroupBy(p => p.Field))
            {
                ModelState.AddModelError(group.Key, string.Join(" ", group.Select(p => p.Message)));
            }
        }

        // A password is never sent back to the browser.
        Password = null;
        ModelState.SetModelValue(nameof(Password), null, null);
        return Page();
    }

    private async Task LoadTeamsAsync(CancellationToken ct) =>
        Teams = [new SelectListItem("Choose a team", ""), .. (await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct)).Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture)))];
}
