using static Safeguard.Access.StaffRoles;

namespace Safeguard.Web.Tests.Authorisation;

/// <summary>
/// Who may use every page and endpoint of Safeguard, written out from the roles in product.md, route by route. A key
/// is the method and the route template ("POST /x?handler=Y" for a named page handler). A new page or endpoint
/// fails <see cref="EndpointTableTests"/> until it has a row here.
/// </summary>
public static class AccessTable
{
    public static readonly string[] Everyone = [.. All];

    /// <summary>Open a child's record, its meetings, chronology and letters (then only the children they may see).</summary>
    public static readonly string[] ChildReaders = [SocialWorker, TeamManager, ConferenceChair, BusinessSupport, SeniorManager, ComplaintsManager];

    /// <summary>A child's page and chronology: the child readers, and people appointed to a complaint about the child, while it lasts.</summary>
    public static readonly string[] ChildRecordReaders = [.. ChildReaders, InvestigatingOfficer, IndependentPerson, PanelMember];

    /// <summary>Record the pathway: referrals, visits, enquiries, reviews, people and contact restrictions.</summary>
    public static readonly string[] Caseworkers = [SocialWorker, TeamManager];

    /// <summary>Schedule conferences and core groups, record outcomes and cancellations.</summary>
    public static readonly string[] MeetingOrganisers = [SocialWorker, TeamManager, ConferenceChair];

    public static readonly string[] Chairs = [ConferenceChair];

    /// <summary>Invitations, reports, minutes and letters.</summary>
    public static readonly string[] Correspondents = [SocialWorker, TeamManager, ConferenceChair, BusinessSupport];

    public static readonly string[] WorkListReaders = [SocialWorker, TeamManager, ConferenceChair, SeniorManager];

    public static readonly string[] Managers = [TeamManager, SeniorManager];

    public static readonly string[] SeniorManagers = [SeniorManager];

    public static readonly string[] Administrators = [Administrator];

    public static readonly string[] Auditors = [Auditor];

    /// <summary>Open a complaint (then only the ones they may see: appointees only their own, while it lasts).</summary>
    public static readonly string[] ComplaintReaders = [ComplaintsManager, SeniorManager, InvestigatingOfficer, IndependentPerson, PanelMember];

    /// <summary>Run the complaints procedure: register, record every step, responses, letters, remedies and actions.</summary>
    public static readonly string[] ComplaintHandlers = [ComplaintsManager];

    /// <summary>Oversee every complaint: the due list, the tracker of agreed actions and remedies, the dashboard.</summary>
    public static readonly string[] ComplaintOverseers = [ComplaintsManager, SeniorManager];

    public static readonly IReadOnlyDictionary<string, string[]> Expected = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["GET /"] = Everyone,

        // Children and the pathway
        ["GET /children"] = ChildReaders,
        ["GET /children/{id}"] = ChildRecordReaders,
        ["GET /children/{id}/entries"] = ChildReaders,
        ["GET /children/{id}/record"] = MeetingOrganisers,
        ["GET /children/{id}/record/{form}"] = Caseworkers,
        ["POST /children/{id}/record/{form}"] = Caseworkers,
        ["GET /children/{id}/people/add"] = Caseworkers,
        ["POST /children/{id}/people/add"] = Caseworkers,
        ["GET /children/{id}/contact-restrictions/add"] = Caseworkers,
        ["POST /children/{id}/contact-restrictions/add"] = Caseworkers,
        ["GET /children/{id}/quality-alerts/raise"] = Chairs,
        ["POST /children/{id}/quality-alerts/raise"] = Chairs,
        ["GET /referrals/new"] = Caseworkers,
        ["POST /referrals/new"] = Caseworkers,
        ["GET /children/{id}/chronology"] = ChildRecordReaders,

        // Meetings and letters
        ["GET /children/{id}/meetings"] = ChildReaders,
        ["GET /children/{id}/meetings/new/{type}"] = MeetingOrganisers,
        ["POST /children/{id}/meetings/new/{type}"] = MeetingOrganisers,
        ["POST /children/{id}/meetings/new/{type}?handler=Confirm"] = MeetingOrganisers,
        ["GET /meetings/{id}"] = ChildReaders,
        ["GET /meetings/{id}/cancel"] = MeetingOrganisers,
        ["POST /meetings/{id}/cancel"] = MeetingOrganisers,
        ["GET /meetings/{id}/outcome"] = MeetingOrganisers,
        ["POST /meetings/{id}/outcome"] = MeetingOrganisers,
        ["GET /meetings/{id}/record/{what}"] = Correspondents,
        ["POST /meetings/{id}/record/{what}"] = Correspondents,
        ["GET /children/{id}/letters"] = ChildReaders,
        ["GET /children/{id}/letters/new"] = Correspondents,
        ["POST /children/{id}/letters/new"] = Correspondents,
        ["GET /letters/{id}"] = ChildReaders,

        // Work lists, dashboards, the not-seen list
        ["GET /work"] = WorkListReaders,
        ["GET /work/team"] = WorkListReaders,
        ["GET /dashboard"] = Managers,
        ["GET /dashboard/{table}.csv"] = Managers,
        ["GET /not-seen"] = SeniorManagers,
        ["GET /not-seen.csv"] = SeniorManagers,

        // Audit
        ["GET /audit"] = Auditors,
        ["GET /audit/export"] = Auditors,
        ["GET /audit/verify"] = Auditors,

        // Administration
        ["GET /admin"] = Administrators,
        ["GET /admin/accounts"] = Administrators,
        ["GET /admin/accounts/create"] = Administrators,
        ["POST /admin/accounts/create"] = Administrators,
        ["GET /admin/accounts/{userName}"] = Administrators,
        ["POST /admin/accounts/{userName}?handler=Roles"] = Administrators,
        ["POST /admin/accounts/{userName}?handler=Unlock"] = Administrators,
        ["POST /admin/accounts/{userName}?handler=Deactivate"] = Administrators,
        ["GET /admin/policy"] = Administrators,
        ["GET /admin/policy/{name}"] = Administrators,
        ["POST /admin/policy/{name}"] = Administrators,
        ["GET /admin/calendar"] = Administrators,
        ["POST /admin/calendar?handler=Recount"] = Administrators,
        ["GET /admin/calendar/add"] = Administrators,
        ["POST /admin/calendar/add"] = Administrators,
        ["GET /admin/restricted-records"] = Administrators,
        ["GET /admin/restricted-records/{id}"] = Administrators,
        ["POST /admin/restricted-records/{id}?handler=Restriction"] = Administrators,
        ["POST /admin/restricted-records/{id}?handler=Grant"] = Administrators,
        ["POST /admin/restricted-records/{id}?handler=Remove"] = Administrators,

        // Complaints
        ["GET /complaints/{id}"] = ComplaintReaders,

        // Complaints: recording the procedure's steps
        ["GET /complaints/{id}/steps/{step}"] = [ComplaintsManager],
        ["POST /complaints/{id}/steps/{step}"] = [ComplaintsManager],
        // Complaints: remedies, recommendations, actions and the Ombudsman's decision
        ["GET /complaints/{id}/remedies/new"] = ComplaintHandlers,
        ["POST /complaints/{id}/remedies/new"] = ComplaintHandlers,
        ["GET /complaints/{id}/remedies/decline"] = ComplaintHandlers,
        ["POST /complaints/{id}/remedies/decline"] = ComplaintHandlers,
        ["GET /complaints/{id}/remedies/{remedyId}/delivered"] = ComplaintHandlers,
        ["POST /complaints/{id}/remedies/{remedyId}/delivered"] = ComplaintHandlers,
        ["GET /complaints/{id}/recommendations/new"] = ComplaintHandlers,
        ["POST /complaints/{id}/recommendations/new"] = ComplaintHandlers,
        ["GET /complaints/{id}/actions/new"] = ComplaintHandlers,
        ["POST /complaints/{id}/actions/new"] = ComplaintHandlers,
        ["GET /complaints/{id}/actions/{actionId}/complete"] = ComplaintHandlers,
        ["POST /complaints/{id}/actions/{actionId}/complete"] = ComplaintHandlers,
        ["GET /complaints/{id}/ombudsman"] = ComplaintHandlers,
        ["POST /complaints/{id}/ombudsman"] = ComplaintHandlers,
        ["GET /complaints/{id}/ombudsman/remedies/new"] = ComplaintHandlers,
        ["POST /complaints/{id}/ombudsman/remedies/new"] = ComplaintHandlers,
        ["GET /complaints/{id}/ombudsman/actions/new"] = ComplaintHandlers,
        ["POST /complaints/{id}/ombudsman/actions/new"] = ComplaintHandlers,
        // Complaints: the register, registering a complaint, excluding a point, the due list
        ["GET /complaints"] = ComplaintReaders,
        ["GET /complaints/new"] = ComplaintHandlers,
        ["POST /complaints/new"] = ComplaintHandlers,
        ["GET /complaints/{id}/points/{pointId}/exclude"] = ComplaintHandlers,
        ["POST /complaints/{id}/points/{pointId}/exclude"] = ComplaintHandlers,
        ["GET /complaints/due"] = ComplaintOverseers,
        // Complaint responses and letters
        ["GET /complaints/{id}/responses/{stage}"] = [ComplaintsManager],
        ["POST /complaints/{id}/responses/{stage}"] = [ComplaintsManager],
        ["GET /complaints/{id}/decision-letter"] = [ComplaintsManager],
        ["POST /complaints/{id}/decision-letter"] = [ComplaintsManager],
        ["GET /complaints/{id}/letters/{factId}"] = ComplaintReaders,
        ["GET /complaints/{id}/letters/{factId}/sent"] = [ComplaintsManager],
        // Complaints: the tracker of agreed actions and remedies and their escalation
        ["GET /complaints/tracker"] = ComplaintOverseers,
        ["GET /complaints/tracker.csv"] = ComplaintOverseers,
        // Complaints dashboard
        ["GET /complaints/dashboard"] = ComplaintOverseers,
        ["GET /complaints/dashboard/{table}.csv"] = ComplaintOverseers,

        // The JSON API: the same roles as the pages that do the same
        ["GET /api/children"] = ChildReaders,
        ["GET /api/children/{id}"] = ChildReaders,
        ["GET /api/children/{id}/duties"] = ChildReaders,
        ["GET /api/children/{id}/chronology"] = ChildReaders,
        ["GET /api/children/{id}/facts/{factId}"] = ChildReaders,
        ["POST /api/children"] = Caseworkers,
        ["POST /api/children/{id}/people"] = Caseworkers,
        ["POST /api/children/{id}/facts"] = Correspondents,
        ["POST /api/children/{id}/meetings"] = MeetingOrganisers,
        ["GET /api/meetings/{id}"] = ChildReaders,
        ["GET /api/meetings/{id}/facts/{factId}"] = ChildReaders,
        ["POST /api/meetings/{id}/facts"] = Correspondents,
        ["GET /api/work/mine"] = WorkListReaders,
        ["GET /api/work/team"] = WorkListReaders,
        ["GET /api/not-seen"] = SeniorManagers,
        ["GET /api/dashboard/timeliness"] = Managers,
        ["GET /api/dashboard/participation"] = Managers,
        ["GET /api/dashboard/overdue-by-team"] = Managers,
        ["GET /api/complaints"] = ComplaintReaders,
        ["GET /api/complaints/{id}"] = ComplaintReaders,
        ["GET /api/complaints/due"] = ComplaintOverseers,
        ["GET /api/complaints/dashboard/{table}"] = ComplaintOverseers,
        ["POST /api/complaints"] = ComplaintHandlers,
        ["POST /api/complaints/{id}/facts"] = ComplaintHandlers,
        ["POST /api/actions"] = ComplaintHandlers,
        ["POST /api/actions/{id}/facts"] = ComplaintHandlers,
        ["POST /api/remedies/{id}/facts"] = ComplaintHandlers,
        ["GET /api/openapi/{documentName}.json"] = Everyone,
    };

    /// <summary>The only endpoints anyone may use without signing in.</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>(StringComparer.Ordinal)
    {
        "GET /sign-in", "POST /sign-in", "GET /sign-out", "POST /sign-out", "GET /error", "POST /error", "PUT /error", "DELETE /error", "GET /status/{code}", "POST /status/{code}",
    };

    public static bool IsApi(string key) => Route(key).StartsWith("/api/", StringComparison.Ordinal);

    public static bool IsPost(string key) => key.StartsWith("POST ", StringComparison.Ordinal);

    /// <summary>The route (and handler) of a key, without its method.</summary>
    public static string Route(string key) => key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    /// <summary>Routes about one child's record: the child's pages, its meetings and its letters.</summary>
    public static bool IsChildScoped(string key) =>
        Route(key) is var route
        && (route.StartsWith("/children/{id}", StringComparison.Ordinal) || route.StartsWith("/meetings/{id}", StringComparison.Ordinal)
            || route.StartsWith("/letters/{id}", StringComparison.Ordinal) || route.StartsWith("/api/children/{id}", StringComparison.Ordinal)
            || route.StartsWith("/api/meetings/{id}", StringComparison.Ordinal));
}
