using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

/// <summary>Every staff account with its roles, staff person, team and whether it can sign in.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class AccountsModel(StaffAccounts accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Created { get; set; }

    public List<AccountLine> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await accounts.ListAsync(ct);
}
