using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Demo;

namespace Safeguard.Web.Infrastructure;

/// <summary>The demo council's sign-in accounts, one for each role, linked to their staff on the record.</summary>
public static class DemoSeeding
{
    public const string Password = "Safeguard-demo-2026";

    public sealed record DemoAccount(string Reference, string DisplayName, string Role, string? Team)
    {
        public string Email => $"{Reference}@northbrook.example";
    }

    public static readonly IReadOnlyList<DemoAccount> Accounts = [.. DemoStaff.All.Select(s => new DemoAccount(s.Reference, s.DisplayName, s.Role, s.Team))];

    /// <summary>Seeds the demo council (staff, children and their histories, through the real services) and the accounts.</summary>
    public static async Task SeedAsync(IServiceProvider services, string councilName, int children)
    {
        var db = services.GetRequiredService<SafeguardDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        var calendar = services.GetRequiredService<CalendarSource>().Current;
        await DemoCouncil.SeedAsync(db, time, calendar, new DemoOptions { Children = children, CouncilName = councilName });
    }

    /// <summary>Creates the sign-in account of each demo staff member who has a person on the record and no account yet.</summary>
    public static Task EnsureAccountsAsync(IServiceProvider services) =>
        EnsureAccountsAsync(services.GetRequiredService<UserManager<StaffAccount>>(), services.GetRequiredService<SafeguardDbContext>());

    private static async Task EnsureAccountsAsync(UserManager<StaffAccount> users, SafeguardDbContext db)
    {
        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.Reference) is not null)
            {
                continue;
            }

            var personId = await db.People.Where(p => p.Reference == account.Reference).Select(p => (long?)p.Id).FirstOrDefaultAsync();
            if (personId is null)
            {
                continue;
            }

            var user = new StaffAccount { UserName = account.Reference, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName, PersonId = personId };
            Check(await users.CreateAsync(user, Password), account);
            Check(await users.AddToRoleAsync(user, account.Role), account);
        }
    }

    private static void Check(IdentityResult result, DemoAccount account)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo account {account.Reference} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
