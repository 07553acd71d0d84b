namespace Safeguard.Web.Features.Complaints;

public static class ComplaintsSetup
{
    public static IServiceCollection AddComplaints(this IServiceCollection services) => services
        .AddScoped<ComplaintGate>()
        .AddScoped<ComplaintQuery>()
        .AddScoped<Dashboard.ComplaintDashboardQuery>()
        .AddScoped<Dashboard.ComplaintDashboardTables>();
}
