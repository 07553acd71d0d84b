using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.People;

namespace Safeguard.Web.Infrastructure;

/// <summary>The demo council's sign-in accounts, one for each role, linked to their staff on the record.</summary>
public static class DemoSeeding
{
    public const string Password = "Safeguard-demo-2026";

    public sealed record DemoAccount(string Reference, string DisplayName, string Role, string? Team)
    {
        public string Email => $"{Reference}@northbrook.example";
    }

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("amara.okafor", "Amara Okafor", StaffRoles.SocialWorker, "North Child Protection Team"),
        new("ben.hughes", "Ben Hughes", StaffRoles.SocialWorker, "North Child Protection Team"),
        new("chloe.patel", "Chloe Patel", StaffRoles.SocialWorker, "South Child Protection Team"),
        new("daniel.reid", "Daniel Reid", StaffRoles.TeamManager, "North Child Protection Team"),
        new("erin.walsh", "Erin Walsh", StaffRoles.TeamManager, "South Child Protection Team"),
        new("farah.khan", "Farah Khan", StaffRoles.ConferenceChair, null),
        new("grace.lee", "Grace Lee", StaffRoles.BusinessSupport, null),
        new("harry.evans", "Harry Evans", StaffRoles.ComplaintsManager, null),
        new("isla.morgan", "Isla Morgan", StaffRoles.SeniorManager, null),
        new("jack.turner", "Jack Turner", StaffRoles.Administrator, null),
        new("kemi.adeyemi", "Kemi Adeyemi", StaffRoles.Auditor, null),
        new("liam.ford", "Liam Ford", StaffRoles.InvestigatingOfficer, null),
        new("maya.singh", "Maya Singh", StaffRoles.IndependentPerson, null),
    ];

    public static async Task SeedAsync(IServiceProvider services, int children)
    {
        var db = services.GetRequiredService<SafeguardDbContext>();
        await EnsureStaffAsync(db);
        await EnsureAccountsAsync(services.GetRequiredService<UserManager<StaffAccount>>(), db);
        _ = children;
    }

    private static async Task EnsureStaffAsync(SafeguardDbContext db)
    {
        foreach (var account in Accounts)
        {
            if (await db.People.AnyAsync(p => p.Reference == account.Reference))
            {
                continue;
            }

            long? teamId = null;
            if (account.Team is { } teamName)
            {
                var team = await db.Teams.FirstOrDefaultAsync(t => t.Name == teamName);
                if (team is null)
                {
                    team = new Team { Name = teamName };
                    db.Teams.Add(team);
                    await db.SaveChangesAsync();
                }

                teamId = team.Id;
            }

            db.People.Add(new Person
            {
                Reference = account.Reference,
                Kind = PersonKind.Staff,
                DisplayName = account.DisplayName,
                StaffRole = account.Role switch
                {
                    StaffRoles.SocialWorker => StaffRole.SocialWorker,
                    StaffRoles.TeamManager => StaffRole.TeamManager,
                    StaffRoles.ConferenceChair => StaffRole.ConferenceChair,
                    StaffRoles.ComplaintsManager => StaffRole.ComplaintsManager,
                    StaffRoles.InvestigatingOfficer => StaffRole.InvestigatingOfficer,
                    StaffRoles.IndependentPerson => StaffRole.IndependentPerson,
                    _ => StaffRole.Other,
                },
                TeamId = teamId,
            });
            await db.SaveChangesAsync();
        }
    }

    private static async Task EnsureAccountsAsync(UserManager<StaffAccount> users, SafeguardDbContext db)
    {
        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.Reference) is not null)
            {
                continue;
            }

            var personId = await db.People.Where(p => p.Reference == account.Reference).Select(p => (long?)p.Id).FirstOrDefaultAsync();
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
