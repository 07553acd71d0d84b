using Safeguard.Data;

namespace Safeguard.Web.Tests.Infrastructure;

/// <summary>
/// One running app per provider, shared by every test in the run (starting one migrates and seeds a database).
/// Tests on the shared apps must not depend on what other tests record; a test that needs a clean slate makes its
/// own with <see cref="FreshAsync"/>.
/// </summary>
public static class Apps
{
    private static readonly Lazy<Task<SafeguardApp>> SqliteShared = new(() => StartAsync(DatabaseProvider.Sqlite));
    private static readonly Lazy<Task<SafeguardApp>> PostgresShared = new(() => StartAsync(DatabaseProvider.Postgres));

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    public static Task<SafeguardApp> SharedAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? SqliteShared.Value : PostgresShared.Value;

    /// <summary>A new app of its own; <paramref name="demoChildren"/> 0 gives the demo staff and accounts but no children, for exact counts.</summary>
    public static Task<SafeguardApp> FreshAsync(DatabaseProvider provider, int demoChildren = Safeguard.Demo.DemoCouncil.HandShapedChildren, IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync(provider, demoChildren, settings);

    private static async Task<SafeguardApp> StartAsync(DatabaseProvider provider, int demoChildren = Safeguard.Demo.DemoCouncil.HandShapedChildren, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new SafeguardApp(provider, demoChildren);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            app.Settings[key] = value;
        }

        await ((IAsyncLifetime)app).InitializeAsync();
        return app;
    }
}
