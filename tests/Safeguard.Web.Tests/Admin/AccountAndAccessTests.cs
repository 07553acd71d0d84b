using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Web.Infrastructure;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Admin;

public sealed class AccountAndAccessTests
{
    private const string GoodPassword = "Temporary-Pass-2026";

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_account_form_names_each_problem_and_creates_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var admin = await app.SignedInAsync("jack.turner");
        var email = $"new.{Guid.NewGuid():N}@northbrook.example";

        var weak = await PostAsync(admin, new() { ["FullName"] = "Nia Brown", ["Email"] = email, ["Role"] = StaffRoles.ConferenceChair, ["Password"] = "short" });
        var passwordError = Forms.FieldError(weak, "Password")!;
        Assert.Contains("Passwords must be at least 12 characters.", passwordError, StringComparison.Ordinal);
        Assert.Contains("Passwords must have at least one digit ('0'-'9').", passwordError, StringComparison.Ordinal);
        Assert.Equal("", weak.GetElementById("Password")!.GetAttribute("value"));

        var duplicate = await PostAsync(admin, new() { ["FullName"] = "Amara Again", ["Email"] = "amara.okafor@northbrook.example", ["Role"] = StaffRoles.SocialWorker, ["Team"] = await TeamIdAsync(app), ["Password"] = GoodPassword });
        Assert.Equal("An account already uses this email address", Forms.FieldError(duplicate, "Email"));

        var noRole = await PostAsync(admin, new() { ["FullName"] = "Nia Brown", ["Email"] = email, ["Password"] = "alllowercaseletters" });
        Assert.Equal("Select a role", Forms.FieldError(noRole, "Role"));
        Assert.Contains("Passwords must have at least one uppercase ('A'-'Z').", Forms.FieldError(noRole, "Password"), StringComparison.Ordinal);

        var noTeam = await PostAsync(admin, new() { ["FullName"] = "Nia Brown", ["Email"] = email, ["Role"] = StaffRoles.SocialWorker, ["Password"] = GoodPassword });
        Assert.Equal([("#Team", "Select the team of the social worker or team manager")], Forms.ErrorSummary(noTeam));

        var empty = await PostAsync(admin, []);
        Assert.Equal(["#Email", "#FullName", "#Password", "#Role"], Forms.ErrorSummary(empty).Select(e => e.Href).Order(StringComparer.Ordinal));

        await using var db = app.Database();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
        Assert.False(await db.People.AnyAsync(p => p.DisplayName == "Amara Again"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_created_account_signs_in_with_its_role_and_can_be_deactivated_and_reactivated(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var admin = await app.SignedInAsync("jack.turner");
        var userName = $"nia.{Guid.NewGuid():N}"[..20];
        var email = $"{userName}@northbrook.example";

        var created = await Forms.PostAsync(admin, "/admin/accounts/create", new Dictionary<string, string>
        {
            ["FullName"] = "Nia Brown",
            ["Email"] = email,
            ["Role"] = StaffRoles.SocialWorker,
            ["Team"] = await TeamIdAsync(app),
            ["Password"] = GoodPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await Forms.GetDocumentAsync(admin, created.Headers.Location!.ToString());
        Assert.Contains("The account for Nia Brown has been created", list.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).TextContent;
        Assert.Contains("Social worker", row, StringComparison.Ordinal);
        Assert.Contains("North Child Protection Team", row, StringComparison.Ordinal);
        Assert.Contains("Active", row, StringComparison.Ordinal);
        await using (var db = app.Database())
        {
            var person = await db.People.SingleAsync(p => p.Reference == userName);
            Assert.Equal((PersonKind.Staff, StaffRole.SocialWorker, "Nia Brown"), (person.Kind, person.StaffRole, person.DisplayName));
            Assert.Equal(person.Id, (await db.Users.SingleAsync(u => u.UserName == userName)).PersonId);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "jack.turner" && a.Action == "create account" && a.Subject == $"account:{userName}"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(app, email)).StatusCode);
        var nia = app.Anonymous();
        await Forms.PostAsync(nia, "/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = GoodPassword });
        Assert.Equal(HttpStatusCode.OK, (await nia.GetAsync("/children")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nia.GetAsync("/admin")).StatusCode);

        var deactivated = await Forms.PostAsync(admin, $"/admin/accounts/{userName}", [], $"/admin/accounts/{userName}?handler=Deactivate");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Contains("Deactivated", (await Forms.GetDocumentAsync(admin, $"/admin/accounts/{userName}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app, email)).StatusCode);

        var reactivated = await Forms.PostAsync(admin, $"/admin/accounts/{userName}", [], $"/admin/accounts/{userName}?handler=Unlock");
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(app, email)).StatusCode);
        await using var check = app.Database();
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "deactivate account" && a.Subject == $"account:{userName}"));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "reactivate account" && a.Subject == $"account:{userName}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Roles_change_and_an_administrator_keeps_their_own(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var admin = await app.SignedInAsync("jack.turner");
        var userName = $"olu.{Guid.NewGuid():N}"[..20];
        var email = $"{userName}@northbrook.example";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, "/admin/accounts/create", new Dictionary<string, string>
        {
            ["FullName"] = "Olu Ade",
            ["Email"] = email,
            ["Role"] = StaffRoles.BusinessSupport,
            ["Password"] = GoodPassword,
        })).StatusCode);

        var changed = await Forms.PostAsync(admin, $"/admin/accounts/{userName}", [new("Roles", StaffRoles.BusinessSupport), new("Roles", StaffRoles.Auditor)], $"/admin/accounts/{userName}?handler=Roles");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var none = await Forms.PostAsync(admin, $"/admin/accounts/{userName}", [], $"/admin/accounts/{userName}?handler=Roles");
        Assert.Equal("Select at least one role", Forms.FieldError(await Forms.ParseAsync(await none.Content.ReadAsStringAsync()), "Roles"));
        var own = await Forms.PostAsync(admin, "/admin/accounts/jack.turner", [new("Roles", StaffRoles.Auditor)], "/admin/accounts/jack.turner?handler=Roles");
        Assert.Equal("You cannot remove your own administrator role. Ask another administrator", Forms.FieldError(await Forms.ParseAsync(await own.Content.ReadAsStringAsync()), "Roles"));

        await using var db = app.Database();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id join u in db.Users on ur.UserId equals u.Id where u.UserName == userName select r.Name).ToListAsync();
        Assert.Equal([StaffRoles.Auditor, StaffRoles.BusinessSupport], roles.Order(StringComparer.Ordinal));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "change roles" && a.Subject == $"account:{userName}" && a.Reason == "Business support -> Auditor, Business support"));
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("jack.turner")).GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Restricting_a_record_and_naming_staff_changes_who_gets_403(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var admin = await app.SignedInAsync("jack.turner");
        var amara = await app.SignedInAsync("amara.okafor");
        var ben = await app.SignedInAsync("ben.hughes");
        var farah = await app.SignedInAsync("farah.khan");
        Assert.Equal(HttpStatusCode.OK, (await amara.GetAsync($"/children/{child.Id}")).StatusCode);

        var found = await admin.GetAsync($"/admin/restricted-records?Reference={child.Reference.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        var url = found.Headers.Location!.ToString();
        Assert.Equal($"/admin/restricted-records/{child.Id}", url);
        var missing = await Forms.GetDocumentAsync(admin, "/admin/restricted-records?Reference=NO-SUCH-CHILD");
        Assert.Equal("There is no child with the reference NO-SUCH-CHILD. Check the reference and try again", Forms.FieldError(missing, "Reference"));

        var noReason = await Forms.PostAsync(admin, url, [new("Restrict", "true"), new("Reason", "")], $"{url}?handler=Restriction");
        Assert.Equal("Enter why the record is being restricted", Forms.FieldError(await Forms.ParseAsync(await noReason.Content.ReadAsStringAsync()), "Reason"));
        Assert.Equal(HttpStatusCode.OK, (await amara.GetAsync($"/children/{child.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, url, [new("Restrict", "true"), new("Reason", "Child of a member of staff")], $"{url}?handler=Restriction")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await amara.GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await farah.GetAsync($"/children/{child.Id}")).StatusCode);

        var benId = await app.StaffIdAsync("ben.hughes");
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, url, [new("StaffPerson", benId.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"{url}?handler=Grant")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ben.GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await amara.GetAsync($"/children/{child.Id}")).StatusCode);

        long grant;
        await using (var db = app.Database())
        {
            grant = await db.RecordAccessGrants.Where(g => g.ChildId == child.Id && g.StaffPersonId == benId).Select(g => g.Id).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, url, [new("Grant", grant.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"{url}?handler=Remove")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ben.GetAsync($"/children/{child.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, url, [new("Restrict", "false"), new("Reason", "Member of staff has left")], $"{url}?handler=Restriction")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await amara.GetAsync($"/children/{child.Id}")).StatusCode);

        await using var check = app.Database();
        var actions = await check.AuditEntries.Where(a => a.Subject == $"child:{child.Id}" && a.Actor == "jack.turner").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["restrict record", "grant record access", "remove record access", "lift record restriction"], actions.Where(a => a != "view record access"));
        Assert.Contains("view record access", actions);
    }

    private static async Task<AngleSharp.Dom.IDocument> PostAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(client, "/admin/accounts/create", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SignInAsync(SafeguardApp app, string email) =>
        Forms.PostAsync(app.Anonymous(), "/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = GoodPassword });

    private static async Task<string> TeamIdAsync(SafeguardApp app)
    {
        await using var db = app.Database();
        return (await db.Teams.Where(t => t.Name == DemoSeeding.Accounts[0].Team).Select(t => t.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
