using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Text.RegularExpressions;

namespace Safeguard.Load;

public sealed record LoadResult(long Requests, long Errors, long WarmupRequests, long WarmupErrors, double Seconds, double[] SortedMilliseconds, IReadOnlyDictionary<string, long> Failures)
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
/// Anything but a 200 (a redirect to the sign-in page, a 403, a 500, a timeout or a dropped connection) is an error,
/// in the warm-up as well as in the timed run.
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

        var failures = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var warmupRequests = 0L;
        var warmupErrors = 0L;
        await RunForAsync(sessions, TimeSpan.FromSeconds(options.WarmupSeconds), NextPath, (_, _, failure) =>
        {
            Interlocked.Increment(ref warmupRequests);
            if (failure is not null)
            {
                Interlocked.Increment(ref warmupErrors);
                failures.AddOrUpdate($"warm-up {failure}", 1, (_, n) => n + 1);
            }
        });

        var latencies = sessions.Select(_ => new List<double>()).ToArray();
        var errors = 0L;
        var clock = Stopwatch.StartNew();
        await RunForAsync(sessions, TimeSpan.FromSeconds(options.Seconds), NextPath, (user, ms, failure) =>
        {
            latencies[user].Add(ms);
            if (failure is not null)
            {
                Interlocked.Increment(ref errors);
                failures.AddOrUpdate(failure, 1, (_, n) => n + 1);
            }
        });
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, errors, warmupRequests, warmupErrors, elapsed, all, failures);
    }

    /// <summary>Each user asks for the next page as soon as the last one arrived; <paramref name="record"/> gets the user, the milliseconds and what went wrong (null for a 200).</summary>
    private static Task RunForAsync(List<Session> sessions, TimeSpan duration, Func<string> nextPath, Action<int, double, string?> record)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(sessions.Select((session, user) => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var path = nextPath();
                var started = Stopwatch.GetTimestamp();
                var failure = await session.GetAsync(path);
                record(user, Stopwatch.GetElapsedTime(started).TotalMilliseconds, failure);
            }
        })));
    }

    private sealed partial class Session(HttpClient client)
    {
        private const string AuthenticationCookie = "Safeguard.SignIn";
        private readonly Dictionary<string, string> _cookies = [];

        public static async Task<Session> SignInAsync(LoadOptions options)
        {
            // Cookies are kept by hand, one jar per user. The app serves its forms over HTTPS only; a benchmark's
            // self-signed certificate is trusted when it is exactly the one given with --trust-certificate.
            var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 1 };
            if (options.TrustedCertificate is { } trusted)
            {
                handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None || (certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(trusted.RawData));
            }

            var session = new Session(new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) });
            using var page = await session.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/sign-in"));
            var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
            if (page.StatusCode != HttpStatusCode.OK || token.Length == 0)
            {
                throw new InvalidOperationException($"The sign-in page did not come back with a form: {(int)page.StatusCode}.");
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = options.Email,
                ["Password"] = options.Password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            });
            using var signedIn = await session.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/sign-in") { Content = form });
            if (signedIn.StatusCode != HttpStatusCode.Redirect || !session._cookies.ContainsKey(AuthenticationCookie))
            {
                throw new InvalidOperationException($"Signing in as {options.Email} failed: {(int)signedIn.StatusCode}, {(session._cookies.ContainsKey(AuthenticationCookie) ? "with" : "without")} a sign-in cookie.");
            }

            return session;
        }

        /// <summary>Null for a 200, else the status code or the exception's type.</summary>
        public async Task<string?> GetAsync(string path)
        {
            try
            {
                using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
                await response.Content.ReadAsByteArrayAsync();
                return response.StatusCode == HttpStatusCode.OK ? null : $"{(int)response.StatusCode} {response.Headers.Location}".TrimEnd();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return e.GetType().Name;
            }
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            using (request)
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
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();
    }
}
