using Safeguard.Web.Features.Complaints.DueList;
using Safeguard.Web.Features.Complaints.Register;
using Safeguard.Web.Features.Complaints.Responses;
using Safeguard.Web.Features.Escalation;

namespace Safeguard.Web.Features.Complaints;

public static class ComplaintsSetup
{
    public static IServiceCollection AddComplaints(this IServiceCollection services) => services
        .AddScoped<ComplaintGate>()
        .AddScoped<ComplaintQuery>()
        .AddScoped<Steps.StepLookups>()
        .AddScoped<Remedies.RemedyRecords>()
        .AddScoped<ComplaintRegisterQuery>()
        .AddScoped<ComplaintDueListQuery>()
        .AddScoped<ComplaintLetters>()
        .AddEscalation()
        .AddScoped<Dashboard.ComplaintDashboardQuery>()
        .AddScoped<Dashboard.ComplaintDashboardTables>();
}
