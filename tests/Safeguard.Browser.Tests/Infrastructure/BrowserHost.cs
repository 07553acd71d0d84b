using Microsoft.Playwright;

namespace Safeguard.Browser.Tests.Infrastructure;

/// <summary>
/// One running app and one headless Chromium (Debian's, never a downloaded one) for every test in the
/// <see cref="BrowserCollection"/>. Each test gets a browser context of its own (<see cref="BrowserTest"/>), so
/// cookies and storage never leak from one test to the next.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    // Generous: ./test.sh runs these alongside the other test projects, on what may be a busy machine.
    private const float ActionTimeoutMs = 30_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserApp App { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ChromiumPath}. Install Debian's chromium package (./test.sh does this when it runs as root): apt-get install chromium");
        }

        App.Start();
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(ActionTimeoutMs);

        // Playwright gives the browser a fresh temporary profile (--user-data-dir) and deletes it on close.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new, empty browser context (no cookies) on the app (or on <paramref name="app"/>, one a test started itself), with a page open in it.</summary>
    public async Task<IPage> NewPageAsync(BrowserApp? app = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (app ?? App).BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(ActionTimeoutMs);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser";
}

/// <summary>A browser test: a fresh browser context and page for each test, closed after it.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserHost host) : IAsyncLifetime
{
    protected BrowserHost Host { get; } = host;

    protected BrowserApp App => Host.App;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync() => Page = await Host.NewPageAsync();

    public async Task DisposeAsync() => await Page.Context.CloseAsync();
}
