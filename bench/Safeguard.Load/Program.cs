using System.Globalization;
using Safeguard.Load;

// Usage: Safeguard.Load --base-url URL --email E --password P --path P [--path P ...] [--users 20] [--seconds 60] [--warmup-seconds 10]
// Each path may contain {id}, replaced in turn by the ids given with --ids-file (one per line). --trust-certificate
// names a PEM certificate to accept from the server although no authority signed it (the benchmark's own).
// Exit code 0 when every response, warm-up included, was a 200; 1 when any was not; an exception when signing in fails.
var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Safeguard.Load --base-url URL --email EMAIL --password PASSWORD --path PATH [--path PATH...] [--ids-file FILE] [--trust-certificate PEM] [--users 20] [--seconds 60] [--warmup-seconds 10]");
    return 2;
}

var result = await LoadRun.RunAsync(options);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests={result.Requests} errors={result.Errors} seconds={result.Seconds:F1} rps={result.Requests / result.Seconds:F1} warmup_requests={result.WarmupRequests} warmup_errors={result.WarmupErrors}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median_ms={result.Percentile(50):F1} p95_ms={result.Percentile(95):F1} p99_ms={result.Percentile(99):F1} max_ms={result.Percentile(100):F1}"));
foreach (var (failure, count) in result.Failures.OrderByDescending(f => f.Value))
{
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  failed: {count} x {failure}"));
}

return result.Errors == 0 && result.WarmupErrors == 0 ? 0 : 1;
