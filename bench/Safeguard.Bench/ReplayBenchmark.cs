using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Safeguard.Calendar;
using Safeguard.Replay;

namespace Safeguard.Bench;

/// <summary>Replays one scenario file in-process, through the same runner as the CLI, and times it.</summary>
public static class ReplayBenchmark
{
    public static async Task<int> RunAsync(string file, bool profile, int progressSeconds, int maxSeconds)
    {
        var output = Console.Out;
        var started = Stopwatch.GetTimestamp();
        Scenario scenario;
        try
        {
            scenario = ScenarioReader.Read(file);
        }
        catch (ScenarioException e)
        {
            await Console.Error.WriteLineAsync($"{file}: {e.Message}");
            return 2;
        }

        var readSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var events = scenario.Events.Count;
        if (events == 0)
        {
            await Console.Error.WriteLineAsync($"{file}: no events to replay");
            return 2;
        }

        Line(output, $"file: {file}");
        Line(output, $"scenario: {scenario.Name}: {scenario.People.Count} people, {events} events, {scenario.Events[0].On:yyyy-MM-dd} to {scenario.Events[^1].On:yyyy-MM-dd}");
        Line(output, $"read and parse: {readSeconds:0.00} s");

        using var cancel = maxSeconds > 0 ? new CancellationTokenSource(TimeSpan.FromSeconds(maxSeconds)) : new CancellationTokenSource();
        using var listener = new EfListener(profile, progressSeconds, events);
        var runner = new ReplayRunner(TimeProvider.System, WorkingDayCalendar.EnglandAndWales);
        listener.Start();
        ReplayedScenario replayed;
        try
        {
            replayed = await runner.ReplayAsync(scenario, cancel.Token);
        }
        catch (ScenarioException e)
        {
            var where = e.EventIndex is { } index ? $" event {index}" : string.Empty;
            await Console.Error.WriteLineAsync($"{file}:{where} ({e.Field}): {e.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            var elapsed = listener.Elapsed.TotalSeconds;
            Line(output, $"STOPPED after {elapsed:0.0} s (--max-seconds {maxSeconds}): {listener.EventsApplied} of {events} events applied, {listener.EventsApplied / listener.EventsSeconds:0.0} events/s after setup (setup: migrate and people {listener.SetupSeconds:0.0} s)");
            listener.Report(output, elapsed);
            return 3;
        }

        var replaySeconds = listener.Elapsed.TotalSeconds;
        await using (replayed)
        {
            Line(output, $"replay: {replaySeconds:0.00} s for {events} events = {events / replaySeconds:0.0} events/s (setup: migrate and people {listener.SetupSeconds:0.00} s; events alone {events / listener.EventsSeconds:0.0} events/s)");
            var tracked = replayed.Database.ChangeTracker.Entries()
                .GroupBy(e => $"{e.Metadata.ClrType.Name} {e.State}")
                .Select(g => (Name: g.Key, Count: g.Count()))
                .OrderByDescending(g => g.Count)
                .ToList();
            listener.Report(output, replaySeconds);
            listener.Stop();

            var findingsStarted = Stopwatch.GetTimestamp();
            var findings = await replayed.FindingsOnAsync(replayed.LastEventDate);
            var findingsSeconds = Stopwatch.GetElapsedTime(findingsStarted).TotalSeconds;
            Line(output, $"findings: {findings.Count} as of {replayed.LastEventDate:yyyy-MM-dd} in {findingsSeconds:0.00} s");
            foreach (var group in findings.GroupBy(f => (f.Rule, f.Status)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Rule, StringComparer.Ordinal))
            {
                Line(output, $"  {group.Count(),6}  {group.Key.Rule} {group.Key.Status}");
            }

            using var process = Process.GetCurrentProcess();
            var byType = tracked.Count == 0 ? string.Empty : $" ({string.Join(", ", tracked.Select(t => $"{t.Name} {t.Count}"))})";
            Line(output, $"entities tracked by the replay's DbContext at the end: {tracked.Sum(t => t.Count)}{byType}");
            Line(output, $"memory: peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB, GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
            Line(output, $"total: {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s");
        }

        return 0;
    }

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Listens to EF Core's DiagnosticListener: counts the facts inserted (one per event applied) for progress, and
    /// with --profile times every SQL command and SaveChanges. No package beyond EF Core itself.
    /// </summary>
    private sealed class EfListener(bool profile, int progressSeconds, int totalEvents) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly string CommandExecuted = RelationalEventId.CommandExecuted.Name!;
        private static readonly string SaveChangesStarting = CoreEventId.SaveChangesStarting.Name!;
        private static readonly string SaveChangesCompleted = CoreEventId.SaveChangesCompleted.Name!;
        private static readonly string DetectChangesStarting = CoreEventId.DetectChangesStarting.Name!;
        private static readonly string DetectChangesCompleted = CoreEventId.DetectChangesCompleted.Name!;

        private readonly Dictionary<string, (int Count, TimeSpan Total)> _commands = new(StringComparer.Ordinal);
        private readonly List<IDisposable> _subscriptions = [];
        private IDisposable? _all;
        private long _started;
        private long _firstEvent;
        private long _lastProgress;
        private int _eventsAtLastProgress;
        private long _saveStarted;
        private long _detectStarted;
        private TimeSpan _saveTotal;
        private int _saves;
        private TimeSpan _detectTotal;
        private int _detects;
        private TimeSpan _sqlTotal;
        private int _sqlCount;
        private bool _stopped;

        public int EventsApplied { get; private set; }

        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

        public double SetupSeconds => _firstEvent == 0 ? Elapsed.TotalSeconds : Stopwatch.GetElapsedTime(_started, _firstEvent).TotalSeconds;

        public double EventsSeconds => _firstEvent == 0 ? double.NaN : Stopwatch.GetElapsedTime(_firstEvent).TotalSeconds;

        public void Start()
        {
            _started = Stopwatch.GetTimestamp();
            _lastProgress = _started;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public void Stop() => _stopped = true;

        public void Dispose()
        {
            _all?.Dispose();
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this, IsEnabled));
            }
        }

        private bool IsEnabled(string name) =>
            name == CommandExecuted
            || (profile && (name == SaveChangesStarting || name == SaveChangesCompleted || name == DetectChangesStarting || name == DetectChangesCompleted));

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (_stopped)
            {
                return;
            }

            var now = Stopwatch.GetTimestamp();
            if (value.Key == CommandExecuted && value.Value is CommandExecutedEventData executed)
            {
                var text = executed.Command.CommandText;
                if (text.Contains("INSERT INTO \"facts\"", StringComparison.Ordinal))
                {
                    if (EventsApplied++ == 0)
                    {
                        _firstEvent = now;
                    }

                    if (progressSeconds > 0 && Stopwatch.GetElapsedTime(_lastProgress, now).TotalSeconds >= progressSeconds)
                    {
                        var window = Stopwatch.GetElapsedTime(_lastProgress, now).TotalSeconds;
                        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  [{Stopwatch.GetElapsedTime(_started, now).TotalSeconds,7:0} s] {EventsApplied,7} of {totalEvents} events applied, {(EventsApplied - _eventsAtLastProgress) / window,7:0.0} events/s over the last {window:0} s"));
                        _lastProgress = now;
                        _eventsAtLastProgress = EventsApplied;
                    }
                }

                if (profile)
                {
                    var key = Normalise(text);
                    var (count, total) = _commands.GetValueOrDefault(key);
                    _commands[key] = (count + 1, total + executed.Duration);
                    _sqlTotal += executed.Duration;
                    _sqlCount++;
                }
            }
            else if (value.Key == SaveChangesStarting)
            {
                _saveStarted = now;
            }
            else if (value.Key == SaveChangesCompleted)
            {
                _saveTotal += Stopwatch.GetElapsedTime(_saveStarted, now);
                _saves++;
            }
            else if (value.Key == DetectChangesStarting)
            {
                _detectStarted = now;
            }
            else if (value.Key == DetectChangesCompleted)
            {
                _detectTotal += Stopwatch.GetElapsedTime(_detectStarted, now);
                _detects++;
            }
        }

        public void Report(TextWriter output, double seconds)
        {
            if (!profile)
            {
                return;
            }

            Line(output, $"profile (EF Core diagnostics, whole replay including setup, {seconds:0.0} s):");
            Line(output, $"  SQL commands: {_sqlCount} taking {_sqlTotal.TotalSeconds:0.0} s ({100 * _sqlTotal.TotalSeconds / seconds:0}% of the replay), the rest is EF Core, rules and JSON in .NET");
            Line(output, $"  SaveChanges: {_saves} calls taking {_saveTotal.TotalSeconds:0.0} s (including their SQL); DetectChanges events: {_detects} taking {_detectTotal.TotalSeconds:0.0} s");
            Line(output, $"  SQL statements by total time (count, total s, mean ms, statement):");
            foreach (var (text, (count, total)) in _commands.OrderByDescending(c => c.Value.Total).Take(15))
            {
                Line(output, $"    {count,8} {total.TotalSeconds,8:0.0} {total.TotalMilliseconds / count,8:0.000}  {text}");
            }
        }

        private static string Normalise(string sql)
        {
            var flat = string.Join(' ', sql.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
            return flat.Length > 170 ? flat[..170] + "..." : flat;
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
