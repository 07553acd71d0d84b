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
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;

    public static async Task CopyToAsync(SafeguardApp app)
    {
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            File.Copy(await SqliteTemplateAsync(), app.SqliteFile!);
            return;
        }

        var template = await PostgresTemplateAsync();
        await using var connection = new NpgsqlConnection(SafeguardApp.AdminConnection());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{app.PostgresDatabase}\" TEMPLATE \"{template}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> SqliteTemplateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var path = Path.Combine(Path.GetTempPath(), $"safeguard-web-template-{Guid.NewGuid():N}.db");
                await SeedAsync(new SafeguardApp.Seeding(DatabaseProvider.Sqlite, $"Data Source={path}"));
                SqliteConnection.ClearAllPools();

                // Everything written must be in the main file before it is copied.
                await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    await connection.OpenAsync();
                    await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", connection);
                    await checkpoint.ExecuteNonQueryAsync();
                }

                AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
                _sqliteTemplate = path;
            }

            return _sqliteTemplate;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> PostgresTemplateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_postgresTemplate is null)
            {
                var name = $"safeguard_web_template_{Guid.NewGuid():N}";
                await using (var connection = new NpgsqlConnection(SafeguardApp.AdminConnection()))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                    await command.ExecuteNonQueryAsync();
                }

                var connectionString = new NpgsqlConnectionStringBuilder(SafeguardApp.AdminConnection()) { Database = name }.ConnectionString;
                await SeedAsync(new SafeguardApp.Seeding(DatabaseProvider.Postgres, connectionString));

                // A template must have no open connections when it is copied.
                NpgsqlConnection.ClearAllPools();
                _postgresTemplate = name;
            }

            return _postgresTemplate;
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
