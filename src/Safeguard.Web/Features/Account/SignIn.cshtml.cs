using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Access;
using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<StaffAccount> signIn, UserManager<StaffAccount> users, SafeguardDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.FindByEmailAsync(Email!.Trim());
        var result = account is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(account, Password!, isPersistent: false, lockoutOnFailure: true);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = account?.UserName ?? Email.Trim(),
            Action = result.Succeeded ? "sign in" : result.IsLockedOut ? "sign in refused: locked out" : "sign in failed",
            Subject = "account",
            Origin = CurrentStaff.Origin(HttpContext),
        });
        await db.SaveChangesAsync();

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(nameof(Email), "This account is locked after too many attempts. Try again in 15 minutes or ask an administrator");
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
