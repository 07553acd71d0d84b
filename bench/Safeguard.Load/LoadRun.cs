using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Safeguard.Load;

public sealed record LoadResult(long Requests, long Errors, double Seconds, double[] SortedMilliseconds)
{
    public double Percentile(double p)
    {
        if (SortedMilliseconds.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * SortedMilliseconds.Length) - 1;
        return SortedMilliseconds[Math.Clamp(rank, 0, SortedMilliseconds.Length - 1)];
    }
}

/// <summary>
/// Concurrent users, each signed in with its own session, asking for pages one after another (a closed loop, as
/// people at desks do) for a fixed time after a warm-up. Latency is the time to the last byte of each response.
/// </summary>
public static partial class LoadRun
{
    public static async Task<LoadResult> RunAsync(LoadOptions options)
    {
        var sessions = new List<Session>();
        for (var i = 0; i < options.Users; i++)
        {
            sessions.Add(await Session.SignInAsync(options));
        }

        var next = -1L;
        string NextPath()
        {
            var n = Interlocked.Increment(ref next);
            var path = options.Paths[(int)(n % options.Paths.Count)];
            return options.Ids.Count == 0 ? path : path.Replace("{id}", options.Ids[(int)(n / options.Paths.Count % options.Ids.Count)], StringComparison.Ordinal);
        }

        await RunForAsync(sessions, TimeSpan.FromSeconds(options.WarmupSeconds), NextPath, record: null);
        var latencies = sessions.Select(_ => new List<double>()).ToArray();
        var errors = 0L;
        var clock = Stopwatch.StartNew();
        await RunForAsync(sessions, TimeSpan.FromSeconds(options.Seconds), NextPath, (user, ms, ok) =>
        {
            latencies[user].Add(ms);
            if (!ok)
            {
                Interlocked.Increment(ref errors);
            }
        });
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, errors, elapsed, all);
    }

    private static Task RunForAsync(List<Session> sessions, TimeSpan duration, Func<string> nextPath, Action<int, double, bool>? record)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(sessions.Select((session, user) => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var path = nextPath();
                var started = Stopwatch.GetTimestamp();
                var ok = await session.GetAsync(path);
                record?.Invoke(user, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok);
            }
        })));
    }

    private sealed partial class Session(HttpClient client)
    {
        private readonly Dictionary<string, string> _cookies = [];

        public static async Task<Session> SignInAsync(LoadOptions options)
        {
            // Cookies are kept by hand: the app's cookies are Secure, and the load runs over plain http on loopback.
            var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 1 };
            var session = new Session(new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) });
            var page = await session.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/sign-in"));
            var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = options.Email,
                ["Password"] = options.Password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            });
            var signedIn = await session.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/sign-in") { Content = form });
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Signing in as {options.Email} failed: {(int)signedIn.StatusCode}.");
            }

            return session;
        }

        public async Task<bool> GetAsync(string path)
        {
            using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
            await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode == HttpStatusCode.OK;
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await client.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    var pair = setCookie.Split(';', 2)[0];
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    _cookies[pair[..equals]] = pair[(equals + 1)..];
                }
            }

            return response;
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();
    }
}
