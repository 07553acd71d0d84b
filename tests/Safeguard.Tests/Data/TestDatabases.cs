using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Safeguard.Data;
using Safeguard.Replay;
using Xunit;

namespace Safeguard.Tests.Data;

/// <summary>
/// Fresh, real databases for tests: a SQLite file, or a new database on the throwaway PostgreSQL cluster that
/// ./test.sh starts (its connection string is in SAFEGUARD_TEST_POSTGRES).
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "SAFEGUARD_TEST_POSTGRES";

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    public static IScratchDatabase Scratch(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteFileDatabase(),
        _ => new PostgresDatabase(),
    };

    /// <summary>A new, migrated database.</summary>
    public static async Task<(SafeguardDbContext Db, IAsyncDisposable Lifetime)> CreateMigratedAsync(DatabaseProvider provider)
    {
        var (db, lifetime) = await Scratch(provider).CreateAsync(CancellationToken.None);
        await db.Database.MigrateAsync();
        return (db, lifetime);
    }

    private sealed class SqliteFileDatabase : IScratchDatabase
    {
        public Task<(SafeguardDbContext Db, IAsyncDisposable Lifetime)> CreateAsync(CancellationToken ct)
        {
            var path = Path.Combine(Path.GetTempPath(), $"safeguard-test-{Guid.NewGuid():N}.db");
            var db = SafeguardDatabase.Create(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");
            return Task.FromResult<(SafeguardDbContext, IAsyncDisposable)>((db, new DeleteFile(path)));
        }
    }

    private sealed class DeleteFile(string path) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresDatabase : IScratchDatabase
    {
        public async Task<(SafeguardDbContext Db, IAsyncDisposable Lifetime)> CreateAsync(CancellationToken ct)
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster.");
            var name = $"safeguard_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync(ct);
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync(ct);
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
            return (SafeguardDatabase.Create(DatabaseProvider.Postgres, builder.ConnectionString), new DropDatabase(admin, name));
        }
    }

    private sealed class DropDatabase(string admin, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
