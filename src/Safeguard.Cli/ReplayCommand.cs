using System.CommandLine;
using System.Globalization;
using Safeguard.Calendar;
using Safeguard.Replay;

namespace Safeguard.Cli;

/// <summary>`safeguard replay FILE... [--as-of DATE] [--check]`.</summary>
public static class ReplayCommand
{
    public const int Done = 0;
    public const int ExpectationNotMet = 1;
    public const int BadFile = 2;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Scenario files (safeguard-scenario/1)." };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate on this date (yyyy-mm-dd) instead of each file's last event." };
        var check = new Option<bool>("--check") { Description = "Compare with each scenario's expectations; exit 1 on a mismatch." };
        var command = new Command("replay", "Apply scenarios to a fresh database and print the findings as JSON lines.") { files, asOf, check };
        command.SetAction((result, ct) => RunAsync(result.GetValue(files)!, result.GetValue(asOf), result.GetValue(check), Console.Out, Console.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> files, string? asOfText, bool check, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error.WriteLine($"--as-of must be a date written yyyy-mm-dd, not '{asOfText}'.");
                return BadFile;
            }

            asOf = parsed;
        }

        var runner = new ReplayRunner(TimeProvider.System, WorkingDayCalendar.EnglandAndWales);
        var exitCode = Done;
        var several = files.Count > 1;
        foreach (var file in files)
        {
            try
            {
                var scenario = ScenarioReader.Read(file);
                await using var replayed = await runner.ReplayAsync(scenario, ct);
                if (check)
                {
                    var mismatches = await replayed.CheckAsync(ct);
                    foreach (var mismatch in mismatches)
                    {
                        output.WriteLine(mismatch);
                    }

                    if (mismatches.Count > 0 && exitCode == Done)
                    {
                        exitCode = ExpectationNotMet;
                    }

                    error.WriteLine($"{Path.GetFileName(file)}: {(mismatches.Count == 0 ? "every expectation met" : $"{mismatches.Count} mismatch(es)")} ({scenario.Expectations.Count} expectation(s))");
                }
                else
                {
                    foreach (var finding in await replayed.FindingsOnAsync(asOf ?? replayed.LastEventDate, ct))
                    {
                        output.WriteLine(finding.ToJsonLine(several ? scenario.FileName : null));
                    }
                }
            }
            catch (ScenarioException e)
            {
                var where = e.EventIndex is { } index ? $" event {index}" : string.Empty;
                var field = e.Field is not null ? $" ({e.Field})" : string.Empty;
                error.WriteLine($"{file}:{where}{field}: {e.Message}");
                exitCode = BadFile;
            }
        }

        return exitCode;
    }
}
