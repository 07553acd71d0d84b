namespace Safeguard.Web.Features.Escalation;

public static class EscalationSetup
{
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        return services
            .AddSingleton<EscalationStatus>()
            .AddScoped<MailSender>()
            .AddScoped<TrackerQuery>()
            .AddScoped<EscalationRun>()
            .AddHostedService<EscalationService>();
    }
}
