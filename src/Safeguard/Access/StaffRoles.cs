namespace Safeguard.Access;

/// <summary>The roles of product.md. The names are stored on accounts, so they never change.</summary>
public static class StaffRoles
{
    public const string SocialWorker = "SocialWorker";
    public const string TeamManager = "TeamManager";
    public const string ConferenceChair = "ConferenceChair";
    public const string BusinessSupport = "BusinessSupport";
    public const string ComplaintsManager = "ComplaintsManager";
    public const string InvestigatingOfficer = "InvestigatingOfficer";
    public const string IndependentPerson = "IndependentPerson";
    public const string PanelMember = "PanelMember";
    public const string SeniorManager = "SeniorManager";
    public const string Administrator = "Administrator";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All =
    [
        SocialWorker, TeamManager, ConferenceChair, BusinessSupport, ComplaintsManager, InvestigatingOfficer,
        IndependentPerson, PanelMember, SeniorManager, Administrator, Auditor,
    ];

    public static string DisplayName(string role) => role switch
    {
        SocialWorker => "Social worker",
        TeamManager => "Team manager",
        ConferenceChair => "Conference chair",
        BusinessSupport => "Business support",
        ComplaintsManager => "Complaints manager",
        InvestigatingOfficer => "Investigating officer",
        IndependentPerson => "Independent person",
        PanelMember => "Panel member",
        SeniorManager => "Senior manager",
        Administrator => "Administrator",
        Auditor => "Auditor",
        _ => role,
    };
}
