using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Access;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Home;

/// <summary>The start page: what this member of staff can do, by role.</summary>
[Authorize(Roles = RoleSets.Everyone)]
public sealed class IndexModel(CurrentStaff staff) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public List<(string Href, string Text, string Description)> Links { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = await staff.GetAsync(ct);
        DisplayName = me.DisplayName;
        if (me.IsIn(StaffRoles.SocialWorker, StaffRoles.TeamManager, StaffRoles.ConferenceChair, StaffRoles.SeniorManager))
        {
            Links.Add(("/work", "Due list", "What is due today, this week and overdue, for you and your team."));
        }

        if (me.IsIn(StaffRoles.SocialWorker, StaffRoles.TeamManager, StaffRoles.ConferenceChair, StaffRoles.BusinessSupport, StaffRoles.SeniorManager, StaffRoles.ComplaintsManager))
        {
            Links.Add(("/children", "Find a child", "Open a child's record, its chronology, meetings and letters."));
        }

        if (me.IsIn(StaffRoles.ComplaintsManager, StaffRoles.SeniorManager))
        {
            Links.Add(("/complaints", "Complaints", "The complaints register: every complaint, its stage and what is overdue."));
            Links.Add(("/complaints/due", "Complaints due", "What is due on complaints today, this week and overdue."));
        }
        else if (me.IsIn(ComplaintAccess.AppointedRoles))
        {
            Links.Add(("/complaints", "Your complaints", "The complaints you are appointed to, and the records of the child each concerns."));
        }

        if (me.IsIn(StaffRoles.TeamManager, StaffRoles.SeniorManager))
        {
            Links.Add(("/dashboard", "Dashboard", "Timeliness by rule, parents' participation in conferences, overdue items by team."));
        }

        if (me.IsIn(StaffRoles.SeniorManager))
        {
            Links.Add(("/not-seen", "Children not seen", "The weekly list of children on plans not seen within their visit frequency."));
        }

        if (me.IsIn(StaffRoles.Auditor))
        {
            Links.Add(("/audit", "Audit log", "Who viewed and changed which record, and a check that the log is intact."));
        }

        if (me.IsIn(StaffRoles.Administrator))
        {
            Links.Add(("/admin", "Administration", "Policy settings, bank holidays, staff accounts and restricted records."));
        }
    }
}
