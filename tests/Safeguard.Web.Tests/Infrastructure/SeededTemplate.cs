using Microsoft.Data.Sqlite;
using Npgsql;
using Safeguard.Data;

namespace Safeguard.Web.Tests.Infrastructure;

/// <summary>
/// Migrating and seeding the demo council takes seconds, so it is done once per provider per run into a template
/// database; every app then starts on a copy (a file copy for SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL).
/// </summary>
internal static class SeededTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<int, string> SqliteTemplates = [];
    private static readonly Dictionary<int, string> PostgresTemplates = [];

    public static async Task CopyToAsync(SafeguardApp app)
    {
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            File.Copy(await SqliteTemplateAsync(app.DemoChildren), app.SqliteFile!);
            return;
        }

        var template = await PostgresTemplateAsync(app.DemoChildren);
        await using var connection = new NpgsqlConnection(SafeguardApp.AdminConnection());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{app.PostgresDatabase}\" TEMPLATE \"{template}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> SqliteTemplateAsync(int demoChildren)
    {
        await Gate.WaitAsync();
        try
        {
            if (!SqliteTemplates.TryGetValue(demoChildren, out var template))
            {
                var path = Path.Combine(Path.GetTempPath(), $"safeguard-web-template-{Guid.NewGuid():N}.db");
                await SeedAsync(new SafeguardApp.Seeding(DatabaseProvider.Sqlite, $"Data Source={path}", demoChildren));
                SqliteConnection.ClearAllPools();

                // Everything written must be in the main file before it is copied.
                await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    await connection.OpenAsync();
                    await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", connection);
                    await checkpoint.ExecuteNonQueryAsync();
                }

                AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
                SqliteTemplates[demoChildren] = template = path;
            }

            return template;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> PostgresTemplateAsync(int demoChildren)
    {
        await Gate.WaitAsync();
        try
        {
            if (!PostgresTemplates.TryGetValue(demoChildren, out var template))
            {
                var name = $"safeguard_web_template_{Guid.NewGuid():N}";
                await using (var connection = new NpgsqlConnection(SafeguardApp.AdminConnection()))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                    await command.ExecuteNonQueryAsync();
                }

                var connectionString = new NpgsqlConnectionStringBuilder(SafeguardApp.AdminConnection()) { Database = name }.ConnectionString;
                await SeedAsync(new SafeguardApp.Seeding(DatabaseProvider.Postgres, connectionString, demoChildren));

                // A template must have no open connections when it is copied.
                NpgsqlConnection.ClearAllPools();
                PostgresTemplates[demoChildren] = template = name;
            }

            return template;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task SeedAsync(SafeguardApp seeding)
    {
        await using var app = seeding;
        _ = app.Server;
    }
}
