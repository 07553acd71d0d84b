using Safeguard.People;

namespace Safeguard.Demo;

/// <summary>One fictional member of the demo council's staff: the web application makes a sign-in account of each.</summary>
/// <param name="Reference">The person's reference on the record and the account's user name.</param>
/// <param name="DisplayName">The name people see.</param>
/// <param name="Role">The web application's role name (exactly one of <see cref="DemoRoles"/>).</param>
/// <param name="Team">The team the person belongs to, or null for staff outside the child protection teams.</param>
/// <param name="StaffRole">The staff role on the record (<see cref="People.StaffRole.Other"/> where none fits).</param>
/// <param name="Qualified">A qualified social worker.</param>
/// <param name="FirstYear">In the assessed and supported first year in employment.</param>
/// <param name="Service">The part of the council the person works in, in words.</param>
public sealed record DemoStaffMember(
    string Reference,
    string DisplayName,
    string Role,
    string? Team,
    StaffRole StaffRole,
    bool Qualified,
    bool FirstYear,
    string Service);

/// <summary>The web application's role names, as the demo staff use them.</summary>
public static class DemoRoles
{
    public const string SocialWorker = "SocialWorker";
    public const string TeamManager = "TeamManager";
    public const string ConferenceChair = "ConferenceChair";
    public const string BusinessSupport = "BusinessSupport";
    public const string ComplaintsManager = "ComplaintsManager";
    public const string SeniorManager = "SeniorManager";
    public const string Administrator = "Administrator";
    public const string Auditor = "Auditor";
    public const string InvestigatingOfficer = "InvestigatingOfficer";
    public const string IndependentPerson = "IndependentPerson";
    public const string PanelMember = "PanelMember";
}

/// <summary>
/// The demo council's fictional staff. Every entry is a staff <see cref="Person"/> on the record with the same
/// reference once the demo data is seeded. Ben Hughes is in his assessed and supported first year, so the one
/// child on a plan he is made lead for shows a CP_LEAD_SOCIAL_WORKER breach.
/// </summary>
public static class DemoStaff
{
    public const string NorthTeam = "North Child Protection Team";
    public const string SouthTeam = "South Child Protection Team";

    private const string ChildrensSocialCare = "Children's Social Care";
    private const string Quality = "Safeguarding and Quality Assurance";

    public static DemoStaffMember AmaraOkafor { get; } = new("amara.okafor", "Amara Okafor", DemoRoles.SocialWorker, NorthTeam, StaffRole.SocialWorker, true, false, ChildrensSocialCare);

    public static DemoStaffMember BenHughes { get; } = new("ben.hughes", "Ben Hughes", DemoRoles.SocialWorker, NorthTeam, StaffRole.SocialWorker, true, true, ChildrensSocialCare);

    public static DemoStaffMember ChloePatel { get; } = new("chloe.patel", "Chloe Patel", DemoRoles.SocialWorker, SouthTeam, StaffRole.SocialWorker, true, false, ChildrensSocialCare);

    public static DemoStaffMember DanielReid { get; } = new("daniel.reid", "Daniel Reid", DemoRoles.TeamManager, NorthTeam, StaffRole.TeamManager, true, false, ChildrensSocialCare);

    public static DemoStaffMember ErinWalsh { get; } = new("erin.walsh", "Erin Walsh", DemoRoles.TeamManager, SouthTeam, StaffRole.TeamManager, true, false, ChildrensSocialCare);

    public static DemoStaffMember FarahKhan { get; } = new("farah.khan", "Farah Khan", DemoRoles.ConferenceChair, null, StaffRole.ConferenceChair, true, false, Quality);

    public static DemoStaffMember GraceLee { get; } = new("grace.lee", "Grace Lee", DemoRoles.BusinessSupport, null, StaffRole.Other, false, false, ChildrensSocialCare);

    public static DemoStaffMember HarryEvans { get; } = new("harry.evans", "Harry Evans", DemoRoles.ComplaintsManager, null, StaffRole.ComplaintsManager, false, false, "Complaints and Customer Feedback");

    public static DemoStaffMember IslaMorgan { get; } = new("isla.morgan", "Isla Morgan", DemoRoles.SeniorManager, null, StaffRole.Other, true, false, ChildrensSocialCare);

    public static DemoStaffMember JackTurner { get; } = new("jack.turner", "Jack Turner", DemoRoles.Administrator, null, StaffRole.Other, false, false, "Digital Services");

    public static DemoStaffMember KemiAdeyemi { get; } = new("kemi.adeyemi", "Kemi Adeyemi", DemoRoles.Auditor, null, StaffRole.Other, false, false, "Internal Audit");

    public static DemoStaffMember LiamFord { get; } = new("liam.ford", "Liam Ford", DemoRoles.InvestigatingOfficer, null, StaffRole.InvestigatingOfficer, true, false, "Independent investigations");

    public static DemoStaffMember MayaSingh { get; } = new("maya.singh", "Maya Singh", DemoRoles.IndependentPerson, null, StaffRole.IndependentPerson, false, false, "Independent person for complaints");

    public static DemoStaffMember NadiaBrooks { get; } = new("nadia.brooks", "Nadia Brooks", DemoRoles.PanelMember, null, StaffRole.Other, false, false, "Independent review panel (chair)");

    public static DemoStaffMember OscarHill { get; } = new("oscar.hill", "Oscar Hill", DemoRoles.PanelMember, null, StaffRole.Other, false, false, "Independent review panel");

    public static DemoStaffMember PriyaShah { get; } = new("priya.shah", "Priya Shah", DemoRoles.PanelMember, null, StaffRole.Other, false, false, "Independent review panel");

    /// <summary>Every demo staff member, in a fixed order.</summary>
    public static IReadOnlyList<DemoStaffMember> All { get; } =
    [
        AmaraOkafor, BenHughes, ChloePatel, DanielReid, ErinWalsh, FarahKhan, GraceLee,
        HarryEvans, IslaMorgan, JackTurner, KemiAdeyemi, LiamFord, MayaSingh, NadiaBrooks, OscarHill, PriyaShah,
    ];

    /// <summary>The team names, in the order the teams are created.</summary>
    public static IReadOnlyList<string> Teams { get; } = [NorthTeam, SouthTeam];
}
