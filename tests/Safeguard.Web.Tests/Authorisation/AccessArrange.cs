using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Access;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Features.Admin;
using Safeguard.Web.Infrastructure;
using Safeguard.Web.Tests.Infrastructure;
using Safeguard.Web.Tests.Meetings;

namespace Safeguard.Web.Tests.Authorisation;

/// <summary>
/// The records a route can be asked about: a child with a conference, a fact, a letter (and, so that the complaints
/// manager may open it, a complaint about the child), a second child for the restricted-records page, and an
/// account for the account page to act on.
/// </summary>
public sealed record AccessCase(ArrangedChild Child, long Team, long Meeting, long ChildFact, long MeetingFact, long Letter, long RestrictedRecordChild, string Account, long Complaint, long ComplaintLetter)
{
    /// <summary>A remedy and an action agreed on <see cref="Complaint"/>, neither done.</summary>
    public (long Remedy, long Action) ComplaintItems { get; init; }

    /// <summary>The complaint's point of complaint.</summary>
    public long ComplaintPoint { get; init; }

    /// <summary>The audit subjects and fact scopes the routes can write to.</summary>
    public IReadOnlyList<string> Subjects =>
        [$"child:{Child.Id}", $"child:{RestrictedRecordChild}", $"meeting:{Meeting}", $"account:{Account}", $"person:{Child.Mother}", $"person:{Child.Father}", $"complaint:{Complaint}"];

    /// <summary>A real address for a route template, with this case's ids in it.</summary>
    public string Url(string route)
    {
        var (path, handler) = SplitHandler(route);
        var id = path.StartsWith("/meetings/", StringComparison.Ordinal) || path.StartsWith("/api/meetings/", StringComparison.Ordinal) ? Meeting
            : path.StartsWith("/letters/", StringComparison.Ordinal) ? Letter
            : path.StartsWith("/admin/restricted-records/", StringComparison.Ordinal) ? RestrictedRecordChild
            : path.StartsWith("/complaints/", StringComparison.Ordinal) || path.StartsWith("/api/complaints/", StringComparison.Ordinal) ? Complaint
            : path.StartsWith("/api/actions/", StringComparison.Ordinal) ? ComplaintItems.Action
            : path.StartsWith("/api/remedies/", StringComparison.Ordinal) ? ComplaintItems.Remedy
            : Child.Id;
        var url = path
            .Replace("{id}", $"{id}", StringComparison.Ordinal)
            .Replace("{factId}", path.StartsWith("/api/meetings/", StringComparison.Ordinal) ? $"{MeetingFact}" : path.StartsWith("/complaints/", StringComparison.Ordinal) ? $"{ComplaintLetter}" : $"{ChildFact}", StringComparison.Ordinal)
            .Replace("{stage}", "stage-1", StringComparison.Ordinal)
            .Replace("{form}", "visit", StringComparison.Ordinal)
            .Replace("{step}", "acknowledged", StringComparison.Ordinal)
            .Replace("{type}", "conference", StringComparison.Ordinal)
            .Replace("{what}", "invitation", StringComparison.Ordinal)
            .Replace("{userName}", Account, StringComparison.Ordinal)
            .Replace("{name}", Safeguard.Policy.PolicySettings.Names.First(), StringComparison.Ordinal)
            .Replace("{table}", "timeliness", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{remedyId}", $"{ComplaintItems.Remedy}", StringComparison.Ordinal)
            .Replace("{actionId}", $"{ComplaintItems.Action}", StringComparison.Ordinal)
            .Replace("{pointId}", $"{ComplaintPoint}", StringComparison.Ordinal);
        var query = new List<string>();
        if (path.EndsWith("/letters/new", StringComparison.Ordinal))
        {
            query.Add($"meeting={Meeting}");
        }

        if (path == "/complaints/new")
        {
            // The complaints manager registers a complaint about a child whose record they may open.
            query.Add($"child={Child.Id}");
        }

        if (path == "/api/work/team")
        {
            // Chairs and senior managers are in no team, so they name one.
            query.Add($"team={Team}");
        }

        if (handler is not null)
        {
            query.Add($"handler={handler}");
        }

        return query.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
    }

    /// <summary>"/x?handler=Y" -> ("/x", "Y").</summary>
    public static (string Path, string? Handler) SplitHandler(string route)
    {
        var at = route.IndexOf("?handler=", StringComparison.Ordinal);
        return at < 0 ? (route, null) : (route[..at], route[(at + "?handler=".Length)..]);
    }
}

/// <summary>Signed-in clients, one per account and app, reused across routes and tests; and the records they are asked about.</summary>
public static class AccessArrange
{
    /// <summary>The demo account for each role; the panel member is an account made for these tests through the admin service.</summary>
    public static readonly IReadOnlyDictionary<string, string> DemoAccounts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [StaffRoles.SocialWorker] = "amara.okafor",
        [StaffRoles.TeamManager] = "daniel.reid",
        [StaffRoles.ConferenceChair] = "farah.khan",
        [StaffRoles.BusinessSupport] = "grace.lee",
        [StaffRoles.ComplaintsManager] = "harry.evans",
        [StaffRoles.InvestigatingOfficer] = "liam.ford",
        [StaffRoles.IndependentPerson] = "maya.singh",
        [StaffRoles.SeniorManager] = "isla.morgan",
        [StaffRoles.Administrator] = "jack.turner",
        [StaffRoles.Auditor] = "kemi.adeyemi",
    };

    private static readonly ConcurrentDictionary<(SafeguardApp, string), Lazy<Task<SignedIn>>> Clients = new();
    private static readonly ConcurrentDictionary<SafeguardApp, Lazy<Task<string>>> PanelMembers = new();

    /// <summary>A client signed in as an account, and an anti-forgery token for it (from the sign-out form every page has).</summary>
    public sealed record SignedIn(string Account, HttpClient Client, string Token);

    public static Task<SignedIn> AsAsync(this SafeguardApp app, string account) =>
        Clients.GetOrAdd((app, account), key => new Lazy<Task<SignedIn>>(() => SignInAsync(key.Item1, key.Item2))).Value;

    /// <summary>The client for a role: its demo account, or the panel member made for these tests.</summary>
    public static async Task<SignedIn> AsRoleAsync(this SafeguardApp app, string role) =>
        await app.AsAsync(role == StaffRoles.PanelMember ? await PanelMemberAsync(app) : DemoAccounts[role]);

    private static async Task<SignedIn> SignInAsync(SafeguardApp app, string account)
    {
        var client = await app.SignedInAsync(account);
        var home = await Forms.GetDocumentAsync(client, "/");
        return new SignedIn(account, client, Forms.Token(home));
    }

    private static Task<string> PanelMemberAsync(SafeguardApp app) =>
        PanelMembers.GetOrAdd(app, a => new Lazy<Task<string>>(() => NewAccountAsync(a, StaffRoles.PanelMember, "Panel Member"))).Value;

    /// <summary>A new account with one role, through the administrator's service; its password is the demo password.</summary>
    public static async Task<string> NewAccountAsync(SafeguardApp app, string role, string displayName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var name = $"authz.{Guid.NewGuid():N}"[..20];
        var created = await accounts.CreateAsync(new NewAccount(displayName, $"{name}@northbrook.example", role, null, DemoSeeding.Password), new Recorder("jack.turner", "test"), CancellationToken.None);
        return created.UserName ?? throw new InvalidOperationException($"Creating a {role} account failed: {string.Join("; ", created.Problems)}");
    }

    /// <summary>
    /// A child of <paramref name="worker"/>'s team with a conference, a visit, an invitation letter and a complaint about
    /// the child at stage 3 (with its stage 1 response letter, an agreed remedy and an agreed action), with the demo
    /// investigating officer and independent person and this app's panel member appointed to it.
    /// </summary>
    public static async Task<AccessCase> CaseAsync(this SafeguardApp app, string worker = "amara.okafor")
    {
        var child = await app.ChildAsync(worker);
        var meeting = await app.ConferenceAsync(child, SafeguardApp.Today, SafeguardApp.Today.AddDays(10));
        var visit = await app.RecordAsync(new ChildSeen { On = SafeguardApp.Today, ChildId = child.Id, Purpose = SeenPurpose.Visit, Alone = true }, worker);
        var letter = await app.RecordAsync(new LetterSent { On = SafeguardApp.Today, To = [child.Mother], AboutChildId = child.Id, AboutMeetingId = meeting, Kind = LetterKind.Invitation }, worker);
        var (complaint, complaintLetter) = await app.AppointedComplaintAsync(child);
        var restricted = await app.ChildAsync(worker);
        await using var db = app.Database();
        var scheduled = await db.Facts.Where(f => f.MeetingId == meeting && f.Type == "conference-scheduled").Select(f => f.Id).SingleAsync();
        var team = await db.People.Where(p => p.Id == child.Id).Select(p => p.TeamId!.Value).SingleAsync();
        var point = await db.ComplaintPoints.Where(p => p.ComplaintId == complaint).Select(p => p.Id).SingleAsync();
        return new AccessCase(child, team, meeting, visit.FactId, scheduled, letter.FactId, restricted.Id, await NewAccountAsync(app, StaffRoles.Auditor, "Account To Act On"), complaint, complaintLetter)
        {
            ComplaintItems = await app.ComplaintItemsAsync(complaint),
            ComplaintPoint = point,
        };
    }

    private static async Task<(long Complaint, long Letter)> AppointedComplaintAsync(this SafeguardApp app, ArrangedChild child)
    {
        const string Manager = "harry.evans";
        var today = SafeguardApp.Today;
        var complaint = (await app.RecordAsync(
            new ComplaintReceived { On = today.AddDays(-60), ComplaintId = 0, ComplainantId = child.Mother, ChildId = child.Id, Points = [new ComplaintPointInfo(0, "P1", "The visit was late")] },
            Manager,
            newReference: $"{child.Reference}-C")).NewSubjectId!.Value;
        long point;
        string panelMember;
        await using (var db = app.Database())
        {
            point = await db.ComplaintPoints.Where(p => p.ComplaintId == complaint).Select(p => p.Id).SingleAsync();
            panelMember = await PanelMemberAsync(app);
        }

        var notUpheld = new Dictionary<long, PointOutcome> { [point] = PointOutcome.NotUpheld };
        var letter = await app.RecordAsync(new LetterSent { On = today.AddDays(-55), To = [child.Mother], AboutComplaintId = complaint, Kind = LetterKind.Outcome, Text = "We looked into the visit." }, Manager);
        await app.RecordAsync(new Stage1ResponseSent { On = today.AddDays(-55), ComplaintId = complaint, Outcomes = notUpheld }, Manager);
        await app.RecordAsync(new Stage2Requested { On = today.AddDays(-50), ComplaintId = complaint }, Manager);
        await app.RecordAsync(new Stage2StatementAgreed { On = today.AddDays(-45), ComplaintId = complaint, InvestigatingOfficerId = await app.StaffIdAsync("liam.ford"), IndependentPersonId = await app.StaffIdAsync("maya.singh") }, Manager);
        await app.RecordAsync(new Stage2AdjudicationSent { On = today.AddDays(-20), ComplaintId = complaint, Outcomes = notUpheld }, Manager);
        await app.RecordAsync(new Stage3Requested { On = today.AddDays(-10), ComplaintId = complaint }, Manager);
        long panelPerson;
        await using (var db = app.Database())
        {
            panelPerson = await db.Users.Where(u => u.UserName == panelMember).Select(u => u.PersonId!.Value).SingleAsync();
        }

        await app.RecordAsync(new Stage3PanelAppointed { On = today.AddDays(-5), ComplaintId = complaint, Members = [panelPerson, await app.StaffIdAsync("nadia.brooks"), await app.StaffIdAsync("oscar.hill")] }, Manager);
        return (complaint, letter.FactId);
    }

    private static async Task<(long Remedy, long Action)> ComplaintItemsAsync(this SafeguardApp app, long complaint)
    {
        const string Manager = "harry.evans";
        var owner = await app.StaffIdAsync(Manager);
        var today = SafeguardApp.Today;
        var remedy = await app.RecordAsync(new RemedyAgreed { On = today, ComplaintId = complaint, RemedyId = 0, Kind = RemedyKind.Apology, Description = "An apology for the late visit", OwnerPersonId = owner, Due = today.AddDays(14) }, Manager, newReference: $"K{complaint}-REM-AC");
        var action = await app.RecordAsync(new ActionAgreed { On = today, ActionId = 0, ComplaintId = complaint, Text = "Remind the team of visit times", OwnerPersonId = owner, Due = today.AddDays(28), Measure = "Every team manager confirms" }, Manager, newReference: $"K{complaint}-ACT-AC");
        return (remedy.NewSubjectId!.Value, action.NewSubjectId!.Value);
    }

    /// <summary>
    /// What is on the record about the case: its facts, and the audit entries on its subjects other than views
    /// (allowed or refused) and a guard's refusals (which are kept on purpose).
    /// </summary>
    public static async Task<(int Facts, int Audit)> RecordedAsync(this SafeguardApp app, AccessCase c)
    {
        await using var db = app.Database();
        long[] children = [c.Child.Id, c.RestrictedRecordChild];
        var subjects = c.Subjects.ToList();
        var facts = await db.Facts.CountAsync(f => (f.ChildId != null && children.Contains(f.ChildId.Value)) || f.MeetingId == c.Meeting || f.ComplaintId == c.Complaint);
        var audit = await db.AuditEntries.CountAsync(a => subjects.Contains(a.Subject) && !a.Action.StartsWith("view ") && !a.Action.StartsWith("refused "));
        return (facts, audit);
    }
}
