using Microsoft.AspNetCore.Authorization;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Dashboard;
using Safeguard.Web.Features.NotSeen;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

/// <summary>The dashboard's figures for a period; <c>TeamId</c> is whose they are: a team manager's own team, or null for every team.</summary>
public sealed record TimelinessReport(Period Period, long? TeamId, IReadOnlyList<RuleTimeliness> Rules);

/// <summary>Parents' participation at the conferences held in a period, for a team or (TeamId null) every team.</summary>
public sealed record ParticipationReport(Period Period, long? TeamId, Participation Participation);

/// <summary>Overdue items today by team, for a team or (TeamId null) every team.</summary>
public sealed record OverdueReport(DateOnly Today, long? TeamId, IReadOnlyList<TeamOverdue> Teams);

/// <summary>The managers' reads: the weekly list of children not seen, and the dashboard's figures, exactly as on their pages.</summary>
internal static class ManagementQueries
{
    private const string Scope = "A senior manager sees every team's figures (`teamId` null); a team manager their own team's.";

    private const string PeriodParameters = "The period is 'from' to 'to', both included, as yyyy-mm-dd; the last 3 months to today for what is left out. "
        + "A parameter that is not a date, or 'to' before 'from', is 400 naming it.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/not-seen", NotSeenAsync)
            .WithTags("Management")
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.SeniorManagers })
            .Produces<NotSeenList>()
            .ProducesValidationProblem()
            .WithSummary("Children not seen")
            .WithDescription("The weekly list of children on plans not seen within their plan's visit frequency, as on the page 'Children not seen': "
                + "for the week of 7 days ending 'asOf' (yyyy-mm-dd, today when left out, not in the future), those still not seen although a visit was due before 'asOf', "
                + "and those seen late during the week (`seenLate`). Still not seen first, longest unseen first. 'asOf' that is not a date or is in the future is 400.");

        var dashboard = api.MapGroup("/dashboard").WithTags("Management").RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.Managers });

        dashboard.MapGet("/timeliness", TimelinessAsync)
            .Produces<TimelinessReport>()
            .ProducesValidationProblem()
            .WithSummary("Timeliness per rule")
            .WithDescription($"For each clocked rule, of the duties due in the period: how many were met on time, late, are overdue today, or are not yet due, and the share met on time. {Scope} {PeriodParameters}");

        dashboard.MapGet("/participation", ParticipationAsync)
            .Produces<ParticipationReport>()
            .ProducesValidationProblem()
            .WithSummary("Parents' participation at conferences")
            .WithDescription($"Of the parents with parental responsibility at the conferences held in the period, mothers, fathers and others apart: how many were invited, not invited, kept out with a recorded reason, and attended. {Scope} {PeriodParameters}");

        dashboard.MapGet("/overdue-by-team", OverdueByTeamAsync)
            .Produces<OverdueReport>()
            .ProducesValidationProblem()
            .WithSummary("Overdue items by team")
            .WithDescription($"Each team's open duties past their due date today, with a row for duties no team holds. {Scope} It counts what is overdue today, so it takes no period: 'from' or 'to' is 400.");
    }

    private static async Task<IResult> NotSeenAsync(string? asOf, NotSeenQuery query, CurrentStaff staff, TimeProvider time, CancellationToken ct)
    {
        var (day, error) = NotSeenQuery.ReadAsOf(asOf, Recording.Today(time));
        return day is { } weekEnd ? TypedResults.Ok(await query.AsOfAsync(weekEnd, await staff.GetAsync(ct), ct)) : Invalid(error!);
    }

    private static async Task<IResult> TimelinessAsync(string? from, string? to, TimelinessQuery query, CurrentStaff staff, TimeProvider time, CancellationToken ct)
    {
        var today = Recording.Today(time);
        var (period, error) = Period.Read(from, to, today);
        if (period is null)
        {
            return Invalid(error!);
        }

        var scope = DashboardScope.For(await staff.GetAsync(ct));
        return TypedResults.Ok(new TimelinessReport(period, scope.TeamId, await query.ForAsync(period, scope, today, ct)));
    }

    private static async Task<IResult> ParticipationAsync(string? from, string? to, ParticipationQuery query, CurrentStaff staff, TimeProvider time, CancellationToken ct)
    {
        var (period, error) = Period.Read(from, to, Recording.Today(time));
        if (period is null)
        {
            return Invalid(error!);
        }

        var scope = DashboardScope.For(await staff.GetAsync(ct));
        return TypedResults.Ok(new ParticipationReport(period, scope.TeamId, await query.ForAsync(period, scope, ct)));
    }

    private static async Task<IResult> OverdueByTeamAsync(string? from, string? to, OverdueByTeamQuery query, CurrentStaff staff, TimeProvider time, CancellationToken ct)
    {
        if (from is not null || to is not null)
        {
            return ApiProblems.Validation(from is not null ? nameof(from) : nameof(to), "Overdue items are counted as of today, so this table takes no period: leave 'from' and 'to' out.");
        }

        var today = Recording.Today(time);
        var scope = DashboardScope.For(await staff.GetAsync(ct));
        return TypedResults.Ok(new OverdueReport(today, scope.TeamId, await query.ForAsync(scope, today, ct)));
    }

    private static IResult Invalid(ParameterError error) => ApiProblems.Validation(error.Parameter, error.Message);
}
