using Microsoft.Extensions.DependencyInjection;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Web.Features.Escalation;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Escalation;

/// <summary>
/// One app per provider whose mail goes to an SMTP sink, for the escalation tests in one class (they run one after
/// another, so no test moves another's clock); the apps and the sinks are stopped when the class is done.
/// </summary>
public sealed class MailApps : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Task<(SafeguardApp App, SmtpSink Sink)>> _started = [];
    private readonly Lock _lock = new();

    public Task<(SafeguardApp App, SmtpSink Sink)> GetAsync(DatabaseProvider provider)
    {
        lock (_lock)
        {
            if (!_started.TryGetValue(provider, out var started))
            {
                started = StartAsync(provider);
                _started[provider] = started;
            }

            return started;
        }
    }

    /// <summary>An app of its own whose mail goes to port <paramref name="port"/> (where a sink may or may not be listening).</summary>
    public static Task<SafeguardApp> StartAppAsync(DatabaseProvider provider, int port) =>
        Apps.FreshAsync(provider, settings: new Dictionary<string, string>
        {
            ["Safeguard:Mail:Host"] = "127.0.0.1",
            ["Safeguard:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Safeguard:Mail:Security"] = "None",
            ["Safeguard:Mail:PublicUrl"] = "https://safeguard.northbrook.example",
        });

    private static async Task<(SafeguardApp, SmtpSink)> StartAsync(DatabaseProvider provider)
    {
        var sink = await SmtpSink.StartAsync();
        return (await StartAppAsync(provider, sink.Port), sink);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var started in _started.Values)
        {
            var (app, sink) = await started;
            await ((IAsyncLifetime)app).DisposeAsync();
            await sink.DisposeAsync();
        }
    }
}

/// <summary>Complaints with agreed actions and remedies, made through the service, and the escalation run.</summary>
public static class EscalationArrange
{
    public const string Manager = "harry.evans";

    public static async Task<(long Id, string Reference)> ComplaintAsync(this SafeguardApp app, DateOnly receivedOn)
    {
        var child = await app.ChildAsync(referredOn: receivedOn.AddDays(-30));
        var reference = $"KT{Guid.NewGuid().ToString("N")[..8]}";
        var recorded = await app.RecordAsync(
            new ComplaintReceived { On = receivedOn, ComplaintId = 0, ComplainantId = child.Mother, ChildId = child.Id, Points = [new ComplaintPointInfo(0, "P1", "The visit was late")] },
            Manager,
            reference);
        return (recorded.NewSubjectId!.Value, reference);
    }

    /// <summary>An action agreed on <paramref name="on"/>, due on <paramref name="due"/>; its text is unique, to find its email.</summary>
    public static async Task<(long Id, string Text)> ActionAsync(this SafeguardApp app, long? complaintId, DateOnly on, DateOnly due, string? owner = "amara.okafor", string? ownerDescription = null)
    {
        var text = $"Brief the team on visit recording {Guid.NewGuid().ToString("N")[..8]}";
        var recorded = await app.RecordAsync(
            new ActionAgreed
            {
                On = on,
                ActionId = 0,
                ComplaintId = complaintId,
                Text = text,
                OwnerPersonId = owner is null ? null : await app.StaffIdAsync(owner),
                OwnerDescription = ownerDescription,
                Due = due,
                Measure = "A briefing note circulated to the team",
            },
            Manager,
            $"AT{Guid.NewGuid().ToString("N")[..8]}");
        return (recorded.NewSubjectId!.Value, text);
    }

    public static async Task<(long Id, string Description)> RemedyAsync(this SafeguardApp app, long complaintId, DateOnly on, DateOnly due, string owner = "ben.hughes")
    {
        var description = $"for the delay {Guid.NewGuid().ToString("N")[..8]}";
        var recorded = await app.RecordAsync(
            new RemedyAgreed { On = on, ComplaintId = complaintId, RemedyId = 0, Kind = RemedyKind.Payment, Amount = 250m, Due = due, Description = description, OwnerPersonId = await app.StaffIdAsync(owner) },
            Manager,
            $"RT{Guid.NewGuid().ToString("N")[..8]}");
        return (recorded.NewSubjectId!.Value, description);
    }

    public static async Task<EscalationResult> EscalateAsync(this SafeguardApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EscalationRun>().RunAsync();
    }

    public static DateOnly Today(this SafeguardApp app) => DateOnly.FromDateTime(app.Time.GetLocalNow().DateTime);
}
