using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Features.WorkLists;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

/// <summary>A team's due list, with the team it is for.</summary>
public sealed record TeamDueList(long TeamId, string Team, DueList List);

/// <summary>Due lists: the caller's own and a team's, exactly as on the due list pages.</summary>
internal static class WorkQueries
{
    private static readonly string Sections =
        "overdue (due before today), dueToday, and dueThisWeek (due after today up to and including Sunday, `endOfWeek`). "
        + $"Each section lists at most {DueListQuery.SectionLimit} items, soonest first, and gives the `total`. A meeting's duties are listed under its first child. "
        + "Only children the caller may see are listed.";

    public static void Map(RouteGroupBuilder api)
    {
        var work = api.MapGroup("/work").WithTags("Work").RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.WorkListReaders });

        work.MapGet("/mine", MineAsync)
            .Produces<DueList>()
            .WithSummary("My due list")
            .WithDescription($"Open duties on the children the caller is lead social worker for, as on the page 'My due list': {Sections} 404 when the caller's account is not linked to a person on the record.");

        work.MapGet("/team", TeamAsync)
            .Produces<TeamDueList>()
            .ProducesValidationProblem()
            .WithSummary("A team's due list")
            .WithDescription($"Open duties on the children of a team, as on the page 'Team due list': {Sections} "
                + "Social workers and team managers get their own team's list; asking for another team ('team') is 403. "
                + "Senior managers and conference chairs may choose a team by its id ('team'); without one, their own team, or 400 when they have none. A social worker or team manager in no team gets 404. "
                + "'team' that is not a team's id is 400.");
    }

    private static async Task<IResult> MineAsync(DueListQuery query, CurrentStaff staff, TimeProvider time, CancellationToken ct)
    {
        var me = await staff.GetAsync(ct);
        return me.PersonId is { } personId
            ? TypedResults.Ok(await query.ForAsync(new DueListOwner.Worker(personId), me, Recording.Today(time), ct))
            : ApiProblems.NotFound("Your account is not linked to a person on the record, so no children are allocated to you.");
    }

    private static async Task<IResult> TeamAsync(string? team, DueListQuery query, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        long? chosen = null;
        if (!string.IsNullOrEmpty(team))
        {
            if (!long.TryParse(team, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return ApiProblems.Validation(nameof(team), "team must be a team's id, a whole number.");
            }

            chosen = id;
        }

        var me = await staff.GetAsync(ct);
        if (chosen is { } asked && asked != me.TeamId && !DueListQuery.MayChooseTeam(me))
        {
            return ApiProblems.Forbidden("Your role shows your own team's due list only: leave 'team' out.");
        }

        if (DueListQuery.TeamShown(me, chosen) is not { } teamId)
        {
            return DueListQuery.MayChooseTeam(me)
                ? ApiProblems.Validation(nameof(team), "You are not in a team: choose one by giving its id as 'team'.")
                : ApiProblems.NotFound("You are not in a team, so there is no team due list for you.");
        }

        var name = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(ct);
        return name is null
            ? ApiProblems.Validation(nameof(team), $"There is no team with the id {teamId}.")
            : TypedResults.Ok(new TeamDueList(teamId, name, await query.ForAsync(new DueListOwner.Team(teamId), me, Recording.Today(time), ct)));
    }
}
