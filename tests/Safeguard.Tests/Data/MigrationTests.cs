using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Xunit;

namespace Safeguard.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Migrations_create_the_whole_model_and_nothing_is_left_pending(DatabaseProvider provider)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(provider);
        await using var _ = lifetime;
        await using var __ = db;

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: add one with tools/Safeguard.DesignTime.");
        Assert.Equal(0, await db.Facts.CountAsync());
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = SafeguardDatabase.Create(DatabaseProvider.Sqlite, "Data Source=:memory:");
        using var postgres = SafeguardDatabase.Create(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused");

        Assert.Equal(sqlite.Database.GetMigrations(), postgres.Database.GetMigrations());
        Assert.NotEmpty(sqlite.Database.GetMigrations());
    }
}
