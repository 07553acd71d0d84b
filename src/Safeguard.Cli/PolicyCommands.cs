using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Policy;
using Safeguard.Recording;

namespace Safeguard.Cli;

/// <summary>`safeguard policy show|set`: the council's local policy settings (rules.md §3).</summary>
public static class PolicyCommands
{
    public static Command Create()
    {
        var policy = new Command("policy", "The council's local policy settings.");
        var provider = new Option<string>("--provider") { Description = "sqlite (default) or postgres.", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string>("--connection") { Description = "The council's database.", DefaultValueFactory = _ => "Data Source=safeguard.db" };

        var show = new Command("show", "Print each setting and its value.") { provider, connection };
        show.SetAction((result, ct) => RunAsync(result.GetValue(provider)!, result.GetValue(connection)!, async (db, calendar) =>
        {
            foreach (var (name, value) in (await new PolicyService(db, TimeProvider.System, calendar).CurrentAsync(ct)).ToDictionary().OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"{name} {value}");
            }

            return 0;
        }));
        policy.Subcommands.Add(show);

        var name = new Argument<string>("NAME") { Description = "The setting, e.g. visitIntervalWorkingDays." };
        var value = new Argument<string>("VALUE") { Description = "Working days, 1 to 400." };
        var reason = new Option<string?>("--reason") { Description = "Why it changed, for the audit log." };
        var set = new Command("set", "Change a setting and recount every clock it governs.") { name, value, reason, provider, connection };
        set.SetAction((result, ct) => RunAsync(result.GetValue(provider)!, result.GetValue(connection)!, async (db, calendar) =>
        {
            if (!int.TryParse(result.GetValue(value), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                Console.Error.WriteLine($"VALUE must be a whole number of working days, not '{result.GetValue(value)}'.");
                return 2;
            }

            var outcome = await new PolicyService(db, TimeProvider.System, calendar)
                .ChangeAsync(result.GetValue(name)!, days, new Recorder(Environment.UserName, "cli", result.GetValue(reason)), ct);
            if (outcome is Rejected rejected)
            {
                Console.Error.WriteLine($"{rejected.Field}: {rejected.Message}");
                return 2;
            }

            Console.WriteLine($"{result.GetValue(name)} is now {days}; every clock it governs has been recounted.");
            return 0;
        }));
        policy.Subcommands.Add(set);
        return policy;
    }

    private static async Task<int> RunAsync(string providerText, string connection, Func<SafeguardDbContext, WorkingDayCalendar, Task<int>> action)
    {
        try
        {
            await using var db = SafeguardDatabase.Create(SafeguardDatabase.ParseProvider(providerText), connection);
            await db.Database.MigrateAsync();
            return await action(db, await new CalendarAdministration(db, TimeProvider.System).CalendarAsync());
        }
        catch (Exception e) when (DatabaseCommands.IsDatabaseProblem(e))
        {
            Console.Error.WriteLine($"The council's database could not be opened: {e.Message}");
            return 2;
        }
    }
}
