using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Safeguard.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Builds the DbContext for either provider, each with its own migration assembly.</summary>
public static class SafeguardDatabase
{
    public const string SqliteMigrationsAssembly = "Safeguard.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Safeguard.Migrations.Postgres";

    public static DbContextOptionsBuilder<SafeguardDbContext> Configure(DbContextOptionsBuilder<SafeguardDbContext> builder, DatabaseProvider provider, string connectionString)
    {
        Configure((DbContextOptionsBuilder)builder, provider, connectionString);
        return builder;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };

    public static DbContextOptions<SafeguardDbContext> Options(DatabaseProvider provider, string connectionString) =>
        Configure(new DbContextOptionsBuilder<SafeguardDbContext>(), provider, connectionString).Options;

    /// <summary>Options for an open SQLite connection (an in-memory database lives as long as its connection).</summary>
    public static DbContextOptions<SafeguardDbContext> Options(SqliteConnection connection) =>
        new DbContextOptionsBuilder<SafeguardDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
            .Options;

    public static SafeguardDbContext Create(DatabaseProvider provider, string connectionString) => new(Options(provider, connectionString));

    /// <summary>Parses "sqlite" or "postgres" (also "postgresql").</summary>
    public static DatabaseProvider ParseProvider(string value) => value.ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Unknown database provider '{value}': use sqlite or postgres."),
    };
}
