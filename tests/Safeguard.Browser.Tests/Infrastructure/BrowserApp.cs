using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Safeguard.Browser.Tests.Infrastructure;

/// <summary>
/// The real application on Kestrel, over https on a free port of 127.0.0.1, so that a real browser can use it: a
/// SQLite file of its own, the demo accounts, and a clock fixed at <see cref="Now"/>. It is https because the app's
/// cookies are Secure and its anti-forgery tokens refuse plain http; the certificate is made for the run and the
/// browser contexts accept it.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    /// <summary>"Now" for every test: a Tuesday in term time, 10:00 UTC (the same as the HTTP tests).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    private readonly string _sqliteFile = Path.Combine(Path.GetTempPath(), $"safeguard-browser-test-{Guid.NewGuid():N}.db");

    private readonly int? _mailPort;

    /// <param name="mailPort">An SMTP server on 127.0.0.1 (no TLS) for the app's email; none by default.</param>
    public BrowserApp(int? mailPort = null)
    {
        _mailPort = mailPort;
        var certificate = LocalhostCertificate();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
    }

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Where the browser finds the app (localhost, the name on the certificate).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts Kestrel (which migrates and seeds the database) and learns the port it was given.</summary>
    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri($"https://localhost:{new Uri(address).Port}/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Safeguard:Database:Provider", "sqlite");
        builder.UseSetting("Safeguard:Database:ConnectionString", $"Data Source={_sqliteFile}");
        builder.UseSetting("Safeguard:Demo:Seed", "true");
        if (_mailPort is { } port)
        {
            builder.UseSetting("Safeguard:Mail:Host", "127.0.0.1");
            builder.UseSetting("Safeguard:Mail:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Safeguard:Mail:Security", "None");
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    private static X509Certificate2 LocalhostCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_sqliteFile);
    }
}
