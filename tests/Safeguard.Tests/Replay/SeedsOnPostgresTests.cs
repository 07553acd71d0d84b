using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Replay;
using Safeguard.Tests.Data;
using Xunit;

namespace Safeguard.Tests.Replay;

/// <summary>The seed scenarios give the same findings when replayed into PostgreSQL as into SQLite.</summary>
public sealed class SeedsOnPostgresTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "scenarios", "seeds"), "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Seed_meets_its_expectations_on_postgres_with_the_same_findings_as_sqlite(string seed)
    {
        var scenario = ScenarioReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "scenarios", "seeds", seed));
        await using var onPostgres = await new ReplayRunner(TimeProvider.System, WorkingDayCalendar.EnglandAndWales, TestDatabases.Scratch(DatabaseProvider.Postgres)).ReplayAsync(scenario);
        await using var onSqlite = await new ReplayRunner(TimeProvider.System, WorkingDayCalendar.EnglandAndWales).ReplayAsync(scenario);

        Assert.Empty(await onPostgres.CheckAsync());
        var postgresLines = (await onPostgres.FindingsOnAsync(onPostgres.LastEventDate)).Select(f => f.ToJsonLine()).ToList();
        var sqliteLines = (await onSqlite.FindingsOnAsync(onSqlite.LastEventDate)).Select(f => f.ToJsonLine()).ToList();
        Assert.Equal(sqliteLines, postgresLines);
        Assert.NotEmpty(postgresLines);
    }
}
