using Safeguard.Access;

namespace Safeguard.Web.Infrastructure;

/// <summary>Which roles may use which part of Safeguard, for [Authorize(Roles = ...)] on pages and endpoints.</summary>
public static class RoleSets
{
    /// <summary>May open a child's record (still subject to record-level access).</summary>
    public const string ChildReaders = StaffRoles.SocialWorker + "," + StaffRoles.TeamManager + "," + StaffRoles.ConferenceChair + ","
        + StaffRoles.BusinessSupport + "," + StaffRoles.SeniorManager + "," + StaffRoles.ComplaintsManager;

    /// <summary>
    /// May open a child's page and chronology: the child readers, and people appointed to a complaint, who read the
    /// record of the complaint's child while the appointment lasts (still subject to record-level access).
    /// </summary>
    public const string ChildRecordReaders = ChildReaders + "," + StaffRoles.InvestigatingOfficer + "," + StaffRoles.IndependentPerson + "," + StaffRoles.PanelMember;

    /// <summary>Record the pathway: referrals, enquiries, visits, reviews, moves and closure.</summary>
    public const string Caseworkers = StaffRoles.SocialWorker + "," + StaffRoles.TeamManager;

    /// <summary>Schedule conferences and core groups, record their outcomes, raise and resolve quality alerts.</summary>
    public const string MeetingOrganisers = StaffRoles.SocialWorker + "," + StaffRoles.TeamManager + "," + StaffRoles.ConferenceChair;

    /// <summary>Raise a quality alert on a child's case (caseworkers resolve it).</summary>
    public const string QualityAlertRaisers = StaffRoles.ConferenceChair;

    /// <summary>Send invitations, share reports and minutes, produce letters.</summary>
    public const string Correspondents = StaffRoles.SocialWorker + "," + StaffRoles.TeamManager + "," + StaffRoles.ConferenceChair + "," + StaffRoles.BusinessSupport;

    /// <summary>Due lists: their own and their team's.</summary>
    public const string WorkListReaders = StaffRoles.SocialWorker + "," + StaffRoles.TeamManager + "," + StaffRoles.ConferenceChair + "," + StaffRoles.SeniorManager;

    /// <summary>Dashboards and the weekly list of children not seen.</summary>
    public const string Managers = StaffRoles.TeamManager + "," + StaffRoles.SeniorManager;

    /// <summary>The weekly list of children not seen.</summary>
    public const string SeniorManagers = StaffRoles.SeniorManager;

    public const string Administrators = StaffRoles.Administrator;

    /// <summary>Every member of staff, whatever their role: the start page.</summary>
    public const string Everyone = StaffRoles.SocialWorker + "," + StaffRoles.TeamManager + "," + StaffRoles.ConferenceChair + "," + StaffRoles.BusinessSupport + ","
        + StaffRoles.ComplaintsManager + "," + StaffRoles.InvestigatingOfficer + "," + StaffRoles.IndependentPerson + "," + StaffRoles.PanelMember + ","
        + StaffRoles.SeniorManager + "," + StaffRoles.Administrator + "," + StaffRoles.Auditor;

    public const string Auditors = StaffRoles.Auditor;

    /// <summary>Run the complaints procedure: register, record every stage, remedies and actions, produce its letters.</summary>
    public const string ComplaintHandlers = StaffRoles.ComplaintsManager;

    /// <summary>
    /// May open a complaint (still subject to complaint-level access: people appointed to one complaint see only that
    /// one, read-only, while the appointment lasts).
    /// </summary>
    public const string ComplaintReaders = StaffRoles.ComplaintsManager + "," + StaffRoles.SeniorManager + ","
        + StaffRoles.InvestigatingOfficer + "," + StaffRoles.IndependentPerson + "," + StaffRoles.PanelMember;

    /// <summary>The complaints dashboard, the due list of complaints, and the tracker of agreed actions and remedies.</summary>
    public const string ComplaintOverseers = StaffRoles.ComplaintsManager + "," + StaffRoles.SeniorManager;
}
