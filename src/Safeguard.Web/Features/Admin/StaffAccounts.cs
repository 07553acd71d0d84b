using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Recording;
using Safeguard.Web.Features.AuditLog;

namespace Safeguard.Web.Features.Admin;

/// <summary>An account as the administrator's list shows it.</summary>
public sealed record AccountLine(string Id, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, long? PersonId, string? PersonReference, string? Team, AccountState State, DateTimeOffset? LockedUntil);

public enum AccountState { Active, LockedOut, Deactivated }

/// <summary>The new account's name, or the problems keyed by the form field they belong to ("Email", "Password").</summary>
public sealed record CreatedAccount(string? UserName, IReadOnlyList<(string Field, string Message)> Problems);

/// <summary>What the create-account form asks for.</summary>
public sealed record NewAccount(string DisplayName, string Email, string Role, long? TeamId, string Password);

/// <summary>
/// Staff sign-in accounts: listing, creating (with the staff person the record knows them by), roles, unlocking and
/// deactivating. Every change is written to the audit log with subject "account:&lt;username&gt;".
/// </summary>
public sealed class StaffAccounts(SafeguardDbContext db, UserManager<StaffAccount> users, PeopleService people, TimeProvider time, AuditTrail trail)
{
    /// <summary>Locked out until the end of time: the account can no longer sign in, and its history stays.</summary>
    public static readonly DateTimeOffset DeactivatedUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static bool NeedsTeam(string role) => role is StaffRoles.SocialWorker or StaffRoles.TeamManager;

    public async Task<List<AccountLine>> ListAsync(CancellationToken ct)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(ct);
        var roleLookup = roles.ToLookup(r => r.UserId, r => r.Name!);
        var personIds = accounts.Select(a => a.PersonId).OfType<long>().ToList();
        var staff = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Reference, Team = p.Team != null ? p.Team.Name : null })
            .ToDictionaryAsync(p => p.Id, ct);
        var now = time.GetUtcNow();
        return accounts.Select(a =>
        {
            var person = a.PersonId is { } id ? staff.GetValueOrDefault(id) : null;
            return new AccountLine(a.Id, a.UserName!, a.DisplayName, a.Email, [.. roleLookup[a.Id].OrderBy(r => r, StringComparer.Ordinal)], a.PersonId, person?.Reference, person?.Team, StateOf(a, now), a.LockoutEnd);
        }).ToList();
    }

    public async Task<AccountLine?> FindAsync(string userName, CancellationToken ct) =>
        (await ListAsync(ct)).FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.Ordinal));

    public static AccountState StateOf(StaffAccount account, DateTimeOffset now) =>
        account.LockoutEnd is not { } end || end <= now ? AccountState.Active
        : end.Year >= DeactivatedUntil.Year ? AccountState.Deactivated
        : AccountState.LockedOut;

    /// <summary>The password policy's messages for a password (empty when it is acceptable).</summary>
    public async Task<List<string>> PasswordProblemsAsync(string password)
    {
        var problems = new List<string>();
        var candidate = new StaffAccount { DisplayName = "", UserName = "candidate" };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return problems;
    }

    /// <summary>Creates the staff person and the account in one transaction.</summary>
    public async Task<CreatedAccount> CreateAsync(NewAccount form, Recorder by, CancellationToken ct)
    {
        var email = form.Email.Trim();
        var userName = email[..email.IndexOf('@', StringComparison.Ordinal)].ToLowerInvariant();
        var problems = new List<(string, string)>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            problems.Add(("Email", "An account already uses this email address"));
        }
        else if (await users.FindByNameAsync(userName) is not null || await db.People.AnyAsync(p => p.Reference == userName, ct))
        {
            problems.Add(("Email", $"The account name '{userName}' (the part of the email address before the @) is already in use. Use the person's own email address"));
        }

        problems.AddRange((await PasswordProblemsAsync(form.Password)).Select(m => ("Password", m)));
        if (problems.Count > 0)
        {
            return new CreatedAccount(null, problems);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var person = new Person
            {
                Reference = userName,
                Kind = PersonKind.Staff,
                DisplayName = form.DisplayName.Trim(),
                StaffRole = StaffRoleOf(form.Role),
                TeamId = NeedsTeam(form.Role) ? form.TeamId : null,
            };
            if (await people.AddPersonAsync(person, by, ct) is Rejected rejected)
            {
                return new CreatedAccount(null, [("Email", rejected.Message)]);
            }

            var account = new StaffAccount { UserName = userName, Email = email, EmailConfirmed = true, DisplayName = person.DisplayName, PersonId = person.Id };
            var created = await users.CreateAsync(account, form.Password);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(account, form.Role);
            }

            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new CreatedAccount(null, [.. created.Errors.Select(e => (e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description))]);
            }

            await trail.WriteAsync("create account", Subject(userName), $"{StaffRoles.DisplayName(form.Role)}, staff person {person.Id}. {by.Reason}".Trim(), ct);
            await transaction.CommitAsync(ct);
            return new CreatedAccount(userName, []);
        });
    }

    public async Task<string?> ChangeRolesAsync(string userName, IReadOnlyCollection<string> roles, string changedBy, CancellationToken ct)
    {
        var account = await users.FindByNameAsync(userName);
        if (account is null)
        {
            return "There is no such account.";
        }

        var current = await users.GetRolesAsync(account);
        if (userName == changedBy && current.Contains(StaffRoles.Administrator) && !roles.Contains(StaffRoles.Administrator))
        {
            return "You cannot remove your own administrator role. Ask another administrator";
        }

        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return null;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await users.RemoveFromRolesAsync(account, removed);
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(account, added);
            }

            if (result.Succeeded)
            {
                // Signs them out of sessions that still carry the old roles.
                result = await users.UpdateSecurityStampAsync(account);
            }

            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                return string.Join(" ", result.Errors.Select(e => e.Description));
            }

            await trail.WriteAsync("change roles", Subject(userName), $"{Names(current)} -> {Names(roles)}", ct);
            await transaction.CommitAsync(ct);
            return (string?)null;
        });
    }

    public async Task<string?> UnlockAsync(string userName, CancellationToken ct)
    {
        var account = await users.FindByNameAsync(userName);
        if (account is null)
        {
            return "There is no such account.";
        }

        var was = StateOf(account, time.GetUtcNow());
        var result = await users.SetLockoutEndDateAsync(account, null);
        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(account);
        }

        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Description));
        }

        await trail.WriteAsync(was == AccountState.Deactivated ? "reactivate account" : "unlock account", Subject(userName), null, ct);
        return null;
    }

    public async Task<string?> DeactivateAsync(string userName, string changedBy, CancellationToken ct)
    {
        if (userName == changedBy)
        {
            return "You cannot deactivate your own account. Ask another administrator";
        }

        var account = await users.FindByNameAsync(userName);
        if (account is null)
        {
            return "There is no such account.";
        }

        var result = await users.SetLockoutEnabledAsync(account, true);
        if (result.Succeeded)
        {
            result = await users.SetLockoutEndDateAsync(account, DeactivatedUntil);
        }

        if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(account);
        }

        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Description));
        }

        await trail.WriteAsync("deactivate account", Subject(userName), null, ct);
        return null;
    }

    public static string Subject(string userName) => $"account:{userName}";

    private static string Names(IEnumerable<string> roles) =>
        string.Join(", ", roles.Order(StringComparer.Ordinal).Select(StaffRoles.DisplayName)) is { Length: > 0 } names ? names : "no roles";

    private static StaffRole StaffRoleOf(string role) => role switch
    {
        StaffRoles.SocialWorker => StaffRole.SocialWorker,
        StaffRoles.TeamManager => StaffRole.TeamManager,
        StaffRoles.ConferenceChair => StaffRole.ConferenceChair,
        StaffRoles.ComplaintsManager => StaffRole.ComplaintsManager,
        StaffRoles.InvestigatingOfficer => StaffRole.InvestigatingOfficer,
        StaffRoles.IndependentPerson => StaffRole.IndependentPerson,
        _ => StaffRole.Other,
    };
}
