using System.Globalization;
using Safeguard.Bench;

const string Usage = """
    usage:
      Safeguard.Bench generate --children N --seed S --out FILE
      Safeguard.Bench replay FILE [--profile] [--progress-seconds N] [--max-seconds N]
      Safeguard.Bench demo --children N --database FILE [--today YYYY-MM-DD] [--seed S]

    generate  writes one scenario file with N fictional children and about a year of child protection history each
    replay    replays FILE in-process into a fresh in-memory SQLite database and prints how long it took
              --profile           also time every SQL command and SaveChanges (EF Core diagnostics; adds a little overhead)
              --progress-seconds  print events applied and the recent rate every N seconds (default 60; 0 = never)
              --max-seconds       give up after N seconds and report how far the replay got
    demo      creates FILE, a migrated SQLite database with the demo council and N children (default 24) whose
              histories are dated up to today (or --today), through the real services, and prints how long it took
    """;

if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    var options = Options.Parse(args[1..]);
    switch (args[0])
    {
        case "generate":
            {
                var children = options.Int("--children", 1000);
                var seed = options.Int("--seed", 42);
                var output = options.Required("--out");
                options.NoneLeft();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var generated = new HistoryGenerator(children, seed).WriteTo(output);
                var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {output}: {generated.Children} children, {generated.People} people, {generated.Events} events from {generated.First:yyyy-MM-dd} to {generated.Last:yyyy-MM-dd}, {generated.Complaints} complaints ({generated.Stage2Complaints} to stage 2), seed {seed}, in {seconds:0.0} s"));
                return 0;
            }

        case "replay":
            {
                var file = options.Positional();
                var profile = options.Flag("--profile");
                var progress = options.Int("--progress-seconds", 60);
                var maxSeconds = options.Int("--max-seconds", 0);
                options.NoneLeft();
                return await ReplayBenchmark.RunAsync(file, profile, progress, maxSeconds);
            }

        case "demo":
            {
                var children = options.Int("--children", Safeguard.Demo.DemoCouncil.HandShapedChildren);
                var database = options.Required("--database");
                var today = options.Date("--today");
                var seed = options.Int("--seed", new Safeguard.Demo.DemoOptions().Seed);
                options.NoneLeft();
                return await DemoCommand.RunAsync(children, database, today, seed);
            }

        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}
