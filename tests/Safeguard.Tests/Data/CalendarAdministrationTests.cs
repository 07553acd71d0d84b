using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Recording;
using Xunit;

namespace Safeguard.Tests.Data;

public sealed class CalendarAdministrationTests
{
    private static readonly Recorder Administrator = new("admin", "cli", "Proclamation published");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_added_extra_day_becomes_a_bank_holiday_for_the_council(DatabaseProvider provider)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(provider);
        await using var _ = lifetime;
        await using var __ = db;
        var administration = new CalendarAdministration(db, new FakeTimeProvider());

        var result = await administration.AddChangeAsync(new BankHolidayChange(new DateOnly(2029, 6, 15), BankHolidayChangeKind.Extra, "Proclaimed day"), Administrator);

        Assert.IsType<Recorded>(result);
        var calendar = await administration.CalendarAsync();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2029, 6, 15)));
        Assert.Equal(new DateOnly(2029, 6, 18), calendar.AddWorkingDays(new DateOnly(2029, 6, 14), 1));
        Assert.True(WorkingDayCalendar.EnglandAndWales.IsWorkingDay(new DateOnly(2029, 6, 15)));
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "add bank holiday change").ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_moved_holiday_frees_its_regular_date(DatabaseProvider provider)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(provider);
        await using var _ = lifetime;
        await using var __ = db;
        var administration = new CalendarAdministration(db, new FakeTimeProvider());

        await administration.AddChangeAsync(new BankHolidayChange(new DateOnly(2030, 5, 10), BankHolidayChangeKind.Moved, "Early May bank holiday", new DateOnly(2030, 5, 6)), Administrator);

        var calendar = await administration.CalendarAsync();
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 5, 6)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 5, 10)));
    }

    [Theory]
    [InlineData("2030-12-25", null, "date")]
    [InlineData("2030-06-14", "2030-06-13", "movedFrom")]
    public async Task A_change_that_makes_no_sense_is_rejected_and_nothing_is_stored(string date, string? movedFrom, string field)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var _ = lifetime;
        await using var __ = db;
        var from = movedFrom is null ? (DateOnly?)null : DateOnly.Parse(movedFrom, System.Globalization.CultureInfo.InvariantCulture);
        var change = new BankHolidayChange(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), from is null ? BankHolidayChangeKind.Extra : BankHolidayChangeKind.Moved, "Test", from);

        var result = await new CalendarAdministration(db, new FakeTimeProvider()).AddChangeAsync(change, Administrator);

        Assert.Equal(field, Assert.IsType<Rejected>(result).Field);
        Assert.Equal(0, await db.BankHolidayChanges.CountAsync());
    }
}
