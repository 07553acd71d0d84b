using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.WorkLists;

/// <summary>
/// A team's due list. Social workers and team managers see their own team's; senior managers and conference chairs,
/// who work across teams, choose a team.
/// </summary>
[Authorize(Roles = RoleSets.WorkListReaders)]
public sealed class TeamModel(DueListQuery query, CurrentStaff staff, SafeguardDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Team { get; set; }

    public bool MayChoose { get; private set; }

    public string? TeamName { get; private set; }

    public List<SelectListItem> Teams { get; private set; } = [];

    public DueList? List { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A team that is not a number is treated as no choice: the list falls back to the person's own team.
        ModelState.Clear();
        var me = await staff.GetAsync(ct);
        MayChoose = DueListQuery.MayChooseTeam(me);
        var teams = await db.Teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var teamId = DueListQuery.TeamShown(me, Team);
        var team = teams.FirstOrDefault(t => t.Id == teamId);
        Team = team?.Id;
        Teams = [new SelectListItem("Choose a team", ""), .. teams.Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        if (team is not null)
        {
            TeamName = team.Name;
            List = await query.ForAsync(new DueListOwner.Team(team.Id), me, DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct);
        }
    }
}
