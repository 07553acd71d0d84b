using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Policy;

namespace Safeguard.Cli;

/// <summary>`safeguard migrate`: applies the migrations of the chosen provider.</summary>
public static class DatabaseCommands
{
    public static Command CreateMigrate()
    {
        var provider = new Option<string>("--provider") { Description = "sqlite (default) or postgres.", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string>("--connection") { Description = "The connection string.", DefaultValueFactory = _ => "Data Source=safeguard.db" };
        var council = new Option<string>("--council") { Description = "The council's name, stored with its policy settings.", DefaultValueFactory = _ => "Safeguard demonstration council" };
        var command = new Command("migrate", "Create or upgrade the database and store the council's policy settings.") { provider, connection, council };
        command.SetAction(async (result, ct) =>
        {
            DatabaseProvider chosen;
            try
            {
                chosen = SafeguardDatabase.ParseProvider(result.GetValue(provider)!);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            try
            {
                await using var db = SafeguardDatabase.Create(chosen, result.GetValue(connection)!);
                await db.Database.MigrateAsync(ct);
                await CouncilSetup.EnsureCouncilAsync(db, result.GetValue(council)!, ct: ct);
            }
            catch (Exception e) when (IsDatabaseProblem(e))
            {
                Console.Error.WriteLine($"The database could not be opened or upgraded: {e.Message}");
                return 2;
            }

            Console.WriteLine($"The {chosen} database is up to date.");
            return 0;
        });
        return command;
    }

    /// <summary>A wrong connection string or an unreachable server: a person's mistake to report, not a crash.</summary>
    public static bool IsDatabaseProblem(Exception e) =>
        e is System.Data.Common.DbException or ArgumentException or InvalidOperationException or TimeoutException;
}
