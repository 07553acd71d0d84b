using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Safeguard.Data;

namespace Safeguard.Web.Tests.Infrastructure;

/// <summary>
/// The real application on a real database: a SQLite file, or a new database on the throwaway PostgreSQL cluster
/// that ./test.sh starts (SAFEGUARD_TEST_POSTGRES). It is seeded with the demo council as of <see cref="Today"/>.
/// </summary>
public class SafeguardApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PostgresVariable = "SAFEGUARD_TEST_POSTGRES";

    /// <summary>"Now" for every test: a Tuesday in term time, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private readonly string _connectionString;
    private readonly string? _postgresDatabase;
    private readonly string? _sqliteFile;

    public SafeguardApp(DatabaseProvider provider, int demoChildren = Safeguard.Demo.DemoCouncil.HandShapedChildren)
    {
        Provider = provider;
        DemoChildren = demoChildren;
        if (provider == DatabaseProvider.Sqlite)
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"safeguard-web-test-{Guid.NewGuid():N}.db");
            _connectionString = $"Data Source={_sqliteFile}";
        }
        else
        {
            var admin = AdminConnection();
            _postgresDatabase = $"safeguard_web_{Guid.NewGuid():N}";
            _connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _postgresDatabase }.ConnectionString;
        }
    }

    /// <summary>An app on a given database, kept when the app is disposed: the one that seeds a template.</summary>
    private SafeguardApp(DatabaseProvider provider, string connectionString, int demoChildren)
    {
        Provider = provider;
        DemoChildren = demoChildren;
        _connectionString = connectionString;
        _keepDatabase = true;
    }

    private readonly bool _keepDatabase;

    public DatabaseProvider Provider { get; }

    /// <summary>How many demo children the database starts with: the hand-shaped 24, or 0 for staff only.</summary>
    public int DemoChildren { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Configuration for this app alone, applied when it starts (the mail server of an app that sends email, say).</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    public string ConnectionString => _connectionString;

    public static string AdminConnection() =>
        Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster.");

    public async Task InitializeAsync()
    {
        await SeededTemplate.CopyToAsync(this);

        // Starting the server applies any migrations and seeds the demo council if the copy is empty.
        _ = Server;
    }

    internal string? SqliteFile => _sqliteFile;

    internal string? PostgresDatabase => _postgresDatabase;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepDatabase)
        {
            return;
        }

        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(AdminConnection());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Safeguard:Database:Provider", Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres");
        builder.UseSetting("Safeguard:Database:ConnectionString", _connectionString);
        builder.UseSetting("Safeguard:Demo:Seed", "true");
        builder.UseSetting("Safeguard:Demo:Children", DemoChildren.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>A client that keeps cookies, does not follow redirects, and talks https (the cookies are Secure).</summary>
    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>Signs in as a demo account (its reference, e.g. "amara.okafor") through the sign-in page.</summary>
    public async Task<HttpClient> SignedInAsync(string reference)
    {
        var client = Anonymous();
        var response = await Forms.PostAsync(client, "/sign-in", new Dictionary<string, string>
        {
            ["Email"] = $"{reference}@northbrook.example",
            ["Password"] = Safeguard.Web.Infrastructure.DemoSeeding.Password,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {reference} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    internal sealed class Seeding(DatabaseProvider provider, string connectionString, int demoChildren) : SafeguardApp(provider, connectionString, demoChildren);

    /// <summary>A database context on the app's database, for arranging and checking state directly.</summary>
    public SafeguardDbContext Database() => SafeguardDatabase.Create(Provider, _connectionString);
}

