namespace Safeguard.Web.Features.Escalation;

/// <summary>Runs the escalation once the application has started and then every hour, on the application's clock.</summary>
public sealed class EscalationService(IServiceScopeFactory scopes, TimeProvider time, ILogger<EscalationService> log) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up finish before the first run.
        await Task.Yield();
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<EscalationRun>().RunAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Escalating overdue actions and remedies failed; it will be tried again on the next run.");
        }
    }
}
