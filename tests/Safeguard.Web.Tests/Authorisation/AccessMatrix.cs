using System.Net;
using System.Text;
using Safeguard.Web.Tests.Infrastructure;
using static Safeguard.Web.Tests.Authorisation.AccessArrange;

namespace Safeguard.Web.Tests.Authorisation;

/// <summary>One cell of a matrix: a route asked by an account, and whether that account may use it.</summary>
public sealed record AccessCheck(string Key, SignedIn Who, string Role, bool Allowed);

/// <summary>
/// Asks every cell and collects every mismatch, so that one failure lists them all. Allowed: a GET answers 2xx or a
/// redirect, a POST of an empty form anything but 403 or 5xx. Refused: exactly 403 (problem details from the API),
/// and nothing is recorded about the case.
/// </summary>
public static class AccessMatrix
{
    public static async Task<List<string>> RunAsync(SafeguardApp app, AccessCase c, IEnumerable<AccessCheck> checks)
    {
        var failures = new List<string>();

        // Reads first, so that what an allowed empty POST may change cannot alter what a page shows.
        foreach (var check in checks.OrderBy(k => AccessTable.IsPost(k.Key)))
        {
            var before = check.Allowed || !AccessTable.IsPost(check.Key) ? default : await app.RecordedAsync(c);
            using var response = await SendAsync(check.Who, check.Key, c);
            var status = (int)response.StatusCode;
            var cell = $"{check.Key} as {check.Role} ({check.Who.Account}):";
            if (check.Allowed)
            {
                if (status == 403 || status >= 500 || (!AccessTable.IsPost(check.Key) && status >= 400))
                {
                    failures.Add($"{cell} expected allowed, got {status}");
                }

                continue;
            }

            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{cell} expected 403, got {status}");
                continue;
            }

            if (AccessTable.IsApi(check.Key) && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{cell} 403 but not problem details ({response.Content.Headers.ContentType?.MediaType})");
            }

            if (AccessTable.IsPost(check.Key) && await app.RecordedAsync(c) is var after && after != before)
            {
                failures.Add($"{cell} refused, but the record changed: facts and audit entries {before} -> {after}");
            }
        }

        return failures;
    }

    /// <summary>A GET, or a POST of an empty form (with its anti-forgery token) or an empty JSON object.</summary>
    public static Task<HttpResponseMessage> SendAsync(SignedIn who, string key, AccessCase c)
    {
        var url = c.Url(AccessTable.Route(key));
        if (!AccessTable.IsPost(key))
        {
            return who.Client.GetAsync(url);
        }

        HttpContent body = AccessTable.IsApi(key)
            ? new StringContent("{}", Encoding.UTF8, "application/json")
            : new FormUrlEncodedContent([new("__RequestVerificationToken", who.Token)]);
        return who.Client.PostAsync(url, body);
    }

    public static string Report(IReadOnlyCollection<string> failures) =>
        $"{failures.Count} mismatch(es):{Environment.NewLine}{string.Join(Environment.NewLine, failures)}";
}
