using Safeguard.Calendar;
using Xunit;

namespace Safeguard.Tests.Calendar;

public sealed class FixtureMatchTests
{
    public static TheoryData<int> FixtureYears => new(Enumerable.Range(2010, 19));

    [Fact]
    public void Fixture_covers_every_year_from_2010_to_2028()
    {
        Assert.Equal(Enumerable.Range(2010, 19), BankHolidayFixture.Years.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(FixtureYears))]
    public void Holidays_in_year_equal_the_published_dates(int year)
    {
        var expected = BankHolidayFixture.Years[year];

        var actual = WorkingDayCalendar.EnglandAndWales.HolidaysIn(year).Select(h => h.Date);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Shipped_one_off_changes_equal_the_fixture_changes()
    {
        var expected = BankHolidayFixture.OneOffChanges.Select(c => new BankHolidayChange(
            BankHolidayFixture.ParseDate(c.Date),
            c.Change switch
            {
                "extra" => BankHolidayChangeKind.Extra,
                "moved" => BankHolidayChangeKind.Moved,
                _ => throw new InvalidOperationException($"Unknown change '{c.Change}' in the fixture."),
            },
            c.Name,
            c.From is null ? null : BankHolidayFixture.ParseDate(c.From)));

        Assert.Equal(expected, ShippedBankHolidayChanges.All);
    }

    [Fact]
    public void Default_calendar_uses_the_shipped_changes()
    {
        Assert.Equal(ShippedBankHolidayChanges.All, WorkingDayCalendar.EnglandAndWales.OneOffChanges);
    }
}
