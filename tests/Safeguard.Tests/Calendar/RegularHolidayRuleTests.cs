using Safeguard.Calendar;
using Xunit;

namespace Safeguard.Tests.Calendar;

public sealed class RegularHolidayRuleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    public static TheoryData<int> YearsAfterTheFixture => new(Enumerable.Range(2029, 32));

    [Fact]
    public void No_shipped_one_off_change_falls_after_2028()
    {
        Assert.All(ShippedBankHolidayChanges.All, c => Assert.True(c.Date.Year <= 2028, $"{c.Date:yyyy-MM-dd} {c.Name}"));
    }

    [Theory]
    [MemberData(nameof(YearsAfterTheFixture))]
    public void Later_year_has_eight_distinct_holidays_all_on_weekdays(int year)
    {
        var holidays = Calendar.HolidaysIn(year);

        Assert.Equal(8, holidays.Count);
        Assert.Equal(8, holidays.Select(h => h.Date).Distinct().Count());
        Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
        Assert.All(holidays, h => Assert.False(IsWeekend(h.Date), $"{h.Name} on {h.Date:yyyy-MM-dd} is at a weekend"));
    }

    [Theory]
    [MemberData(nameof(YearsAfterTheFixture))]
    public void Later_year_follows_the_regular_pattern(int year)
    {
        var dates = Calendar.HolidaysIn(year).Select(h => h.Date).ToList();
        var easter = RegularHolidays.EasterSunday(year);

        Assert.Equal(FirstWeekdayFrom(new DateOnly(year, 1, 1)), dates[0]);
        Assert.Equal(easter.AddDays(-2), dates[1]);
        Assert.Equal(easter.AddDays(1), dates[2]);
        Assert.Equal(DayOfWeek.Monday, dates[3].DayOfWeek);
        Assert.Equal((5, true), (dates[3].Month, dates[3].Day <= 7));
        Assert.Equal(DayOfWeek.Monday, dates[4].DayOfWeek);
        Assert.Equal((5, true), (dates[4].Month, dates[4].Day >= 25));
        Assert.Equal(DayOfWeek.Monday, dates[5].DayOfWeek);
        Assert.Equal((8, true), (dates[5].Month, dates[5].Day >= 25));
        Assert.Equal(FirstTwoWeekdaysFrom(new DateOnly(year, 12, 25)), dates[6..]);
    }

    [Theory]
    [MemberData(nameof(YearsAfterTheFixture))]
    public void Easter_sunday_is_a_sunday_between_22_march_and_25_april(int year)
    {
        var easter = RegularHolidays.EasterSunday(year);

        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
        Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
    }

    [Theory]
    [InlineData(2029, 4, 1)]
    [InlineData(2030, 4, 21)]
    [InlineData(2032, 3, 28)]
    [InlineData(2035, 3, 25)]
    [InlineData(2038, 4, 25)]
    [InlineData(2049, 4, 18)]
    [InlineData(2057, 4, 22)]
    public void Easter_sunday_matches_the_published_date(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), RegularHolidays.EasterSunday(year));
    }

    [Fact]
    public void Christmas_on_a_saturday_moves_christmas_and_boxing_day_to_27_and_28_december()
    {
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(2032, 12, 25).DayOfWeek);

        Assert.Equal(
            [new DateOnly(2032, 12, 27), new DateOnly(2032, 12, 28)],
            DecemberHolidays(2032));
    }

    [Fact]
    public void Christmas_on_a_sunday_gives_26_and_27_december()
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2033, 12, 25).DayOfWeek);

        Assert.Equal(
            [new DateOnly(2033, 12, 26), new DateOnly(2033, 12, 27)],
            DecemberHolidays(2033));
    }

    [Fact]
    public void Christmas_on_a_friday_moves_boxing_day_to_the_monday()
    {
        Assert.Equal(DayOfWeek.Friday, new DateOnly(2037, 12, 25).DayOfWeek);

        Assert.Equal(
            [new DateOnly(2037, 12, 25), new DateOnly(2037, 12, 28)],
            DecemberHolidays(2037));
    }

    [Fact]
    public void Christmas_on_a_sunday_names_26_december_boxing_day_and_27_the_christmas_substitute()
    {
        var december = Calendar.HolidaysIn(2033).Where(h => h.Date.Month == 12).ToList();

        Assert.Equal(
            [
                new BankHoliday(new DateOnly(2033, 12, 26), "Boxing Day"),
                new BankHoliday(new DateOnly(2033, 12, 27), "Christmas Day (substitute day)"),
            ],
            december);
    }

    [Fact]
    public void Substitute_days_in_2022_carry_the_published_names()
    {
        var holidays = Calendar.HolidaysIn(2022);

        Assert.Contains(new BankHoliday(new DateOnly(2022, 1, 3), "New Year's Day (substitute day)"), holidays);
        Assert.Contains(new BankHoliday(new DateOnly(2022, 12, 26), "Boxing Day"), holidays);
        Assert.Contains(new BankHoliday(new DateOnly(2022, 12, 27), "Christmas Day (substitute day)"), holidays);
    }

    [Theory]
    [InlineData(2033, 3)]
    [InlineData(2034, 2)]
    [InlineData(2039, 3)]
    [InlineData(2045, 2)]
    public void New_years_day_at_a_weekend_moves_to_the_monday(int year, int expectedDay)
    {
        Assert.True(IsWeekend(new DateOnly(year, 1, 1)));

        var newYear = Calendar.HolidaysIn(year)[0];

        Assert.Equal(new BankHoliday(new DateOnly(year, 1, expectedDay), "New Year's Day (substitute day)"), newYear);
        Assert.Equal(DayOfWeek.Monday, newYear.Date.DayOfWeek);
    }

    private static List<DateOnly> DecemberHolidays(int year) =>
        Calendar.HolidaysIn(year).Select(h => h.Date).Where(d => d.Month == 12).ToList();

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstWeekdayFrom(DateOnly date)
    {
        while (IsWeekend(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static List<DateOnly> FirstTwoWeekdaysFrom(DateOnly date)
    {
        var first = FirstWeekdayFrom(date);
        return [first, FirstWeekdayFrom(first.AddDays(1))];
    }
}
