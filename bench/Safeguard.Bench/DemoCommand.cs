using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Demo;

namespace Safeguard.Bench;

/// <summary>Creates a migrated SQLite file with the demo council's data, through the real services, and times it.</summary>
public static class DemoCommand
{
    public static async Task<int> RunAsync(int children, string database, DateOnly? today, int seed)
    {
        if (File.Exists(database))
        {
            await Console.Error.WriteLineAsync($"{database} already exists: the demo data goes into a new file");
            return 2;
        }

        var time = today is { } day ? new FixedTimeProvider(day) : TimeProvider.System;
        var started = Stopwatch.GetTimestamp();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database }.ToString());
        await connection.OpenAsync();

        // One writer and a throwaway file: write-ahead logging without a sync on every commit.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var db = new SafeguardDbContext(SafeguardDatabase.Options(connection));
        await db.Database.MigrateAsync();
        var migrated = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var lastReport = Stopwatch.GetTimestamp();
        var progress = new SynchronousProgress(p =>
        {
            if (Stopwatch.GetElapsedTime(lastReport).TotalSeconds >= 30 || p.ChildrenDone == p.Children)
            {
                lastReport = Stopwatch.GetTimestamp();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{elapsed,6:0} s] {p.ChildrenDone} of {p.Children} children, {p.Facts} facts, {p.Facts / (elapsed - migrated):0} facts/s"));
            }
        });

        var seeding = Stopwatch.GetTimestamp();
        var summary = await DemoCouncil.SeedAsync(db, time, WorkingDayCalendar.EnglandAndWales, new DemoOptions { Children = children, Seed = seed, Progress = progress });
        var seconds = Stopwatch.GetElapsedTime(seeding).TotalSeconds;
        var duties = await db.Duties.CountAsync();
        var overdue = await db.Duties.CountAsync(d => d.Outcome == Rules.DutyOutcome.Open && d.Due < summary.Today);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {database}: today {summary.Today:yyyy-MM-dd}, {summary.Children} children, {summary.People} people, {summary.Facts} facts, {summary.Refusals} refused, {summary.Complaints} complaints, {duties} duty rows ({overdue} overdue)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeding: {seconds:0.0} s = {summary.Facts / seconds:0} facts/s ({summary.Children / seconds:0.0} children/s); migrate {migrated:0.0} s; total {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s"));
        return 0;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<DemoProgress> report) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => report(value);
    }

    /// <summary>"Today" fixed at 09:00 UTC on the given day, for a demo file dated as if made then.</summary>
    private sealed class FixedTimeProvider(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
