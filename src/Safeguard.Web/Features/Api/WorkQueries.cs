using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

/// <summary>Due lists: the caller's own and their team's.</summary>
internal static class WorkQueries
{
    public static void Map(RouteGroupBuilder api)
    {
        var work = api.MapGroup("/work").WithTags("Work").RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.WorkListReaders });

        work.MapGet("/mine", MineAsync)
            .WithSummary("My due list")
            .WithDescription($"Open duties on the children the caller is lead social worker for: overdue, due today, and due in the next {WorkListQuery.DaysAhead} days.");

        work.MapGet("/team", TeamAsync)
            .WithSummary("My team's due list")
            .WithDescription($"Open duties on the children of the caller's team: overdue, due today, and due in the next {WorkListQuery.DaysAhead} days. Restricted records appear only for staff named on them.");
    }

    private static async Task<Ok<WorkList>> MineAsync(WorkListQuery query, CurrentStaff staff, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await query.MineAsync(await staff.GetAsync(ct), Recording.Today(time), ct));

    private static async Task<Ok<WorkList>> TeamAsync(WorkListQuery query, CurrentStaff staff, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await query.TeamAsync(await staff.GetAsync(ct), Recording.Today(time), ct));
}
