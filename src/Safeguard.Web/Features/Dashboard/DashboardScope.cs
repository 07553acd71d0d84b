using Safeguard.Access;

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
}
