using Safeguard.Access;
using Safeguard.Web.Components;

namespace Safeguard.Web.Features.Dashboard;

/// <summary>Whose figures a manager sees: a senior manager every team's (and the complaints), a team manager their own team's.</summary>
public sealed record DashboardScope(long? TeamId)
{
    public bool AllTeams => TeamId is null;

    public static DashboardScope For(StaffMember staff) =>
        staff.IsIn(StaffRoles.SeniorManager) ? new DashboardScope((long?)null) : new DashboardScope(staff.TeamId ?? -1);
}

/// <summary>The days a dashboard covers, both included.</summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    public static Period LastThreeMonths(DateOnly today) => new(today.AddMonths(-3), today);

    /// <summary>The period an address asks for with from and to (yyyy-mm-dd; the last 3 months for what is left out), or what is wrong with it.</summary>
    public static (Period? Period, ParameterError? Error) Read(string? from, string? to, DateOnly today)
    {
        var defaults = LastThreeMonths(today);
        var (start, startError) = QueryDates.Read(nameof(from), from, defaults.From);
        var (end, endError) = QueryDates.Read(nameof(to), to, defaults.To);
        if ((startError ?? endError) is { } error)
        {
            return (null, error);
        }

        return start > end
            ? (null, new ParameterError(nameof(to), "to, the end of the period, must be the same as or after from, its start."))
            : (new Period(start, end), null);
    }
}
