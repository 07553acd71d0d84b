using Safeguard.Calendar;
using Xunit;

namespace Safeguard.Tests.Calendar;

public sealed class WorkingDayArithmeticTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData("2021-03-26", true)]
    [InlineData("2021-03-27", false)]
    [InlineData("2021-03-28", false)]
    [InlineData("2021-04-02", false)]
    [InlineData("2021-04-05", false)]
    [InlineData("2021-04-06", true)]
    [InlineData("2021-12-27", false)]
    [InlineData("2021-12-28", false)]
    [InlineData("2021-12-29", true)]
    [InlineData("2022-01-03", false)]
    [InlineData("2022-09-19", false)]
    [InlineData("2022-09-20", true)]
    [InlineData("2020-05-04", true)]
    [InlineData("2020-05-08", false)]
    [InlineData("2012-05-28", true)]
    [InlineData("2012-06-04", false)]
    public void Is_working_day(string date, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(BankHolidayFixture.ParseDate(date)));
    }

    [Theory]
    [InlineData("2021-03-24")]
    [InlineData("2021-03-27")]
    [InlineData("2021-04-02")]
    public void Adding_zero_working_days_returns_the_date_even_when_it_is_not_a_working_day(string date)
    {
        var start = BankHolidayFixture.ParseDate(date);

        Assert.Equal(start, Calendar.AddWorkingDays(start, 0));
        Assert.Equal(start, Calendar.WorkingDaysBefore(start, 0));
        Assert.Equal(0, Calendar.WorkingDaysBetween(start, start));
    }

    [Fact]
    public void Start_on_a_saturday_is_day_zero_so_one_working_day_later_is_the_monday()
    {
        Assert.Equal(D(2021, 3, 29), Calendar.AddWorkingDays(D(2021, 3, 27), 1));
        Assert.Equal(D(2021, 3, 29), Calendar.AddWorkingDays(D(2021, 3, 28), 1));
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2021, 3, 27), D(2021, 3, 29)));
    }

    [Fact]
    public void Start_on_a_sunday_counting_back_one_working_day_is_the_friday()
    {
        Assert.Equal(D(2021, 3, 26), Calendar.AddWorkingDays(D(2021, 3, 28), -1));
        Assert.Equal(D(2021, 3, 26), Calendar.WorkingDaysBefore(D(2021, 3, 28), 1));
        Assert.Equal(-1, Calendar.WorkingDaysBetween(D(2021, 3, 28), D(2021, 3, 26)));
    }

    [Fact]
    public void Fifteen_working_days_over_easter_skip_good_friday_and_easter_monday()
    {
        Assert.Equal(D(2021, 4, 16), Calendar.AddWorkingDays(D(2021, 3, 24), 15));
        Assert.Equal(15, Calendar.WorkingDaysBetween(D(2021, 3, 24), D(2021, 4, 16)));
        Assert.Equal(D(2021, 3, 24), Calendar.AddWorkingDays(D(2021, 4, 16), -15));
    }

    [Fact]
    public void Working_days_over_christmas_and_new_year_skip_the_substitute_days()
    {
        Assert.Equal(D(2021, 12, 30), Calendar.AddWorkingDays(D(2021, 12, 23), 3));
        Assert.Equal(D(2022, 1, 5), Calendar.AddWorkingDays(D(2021, 12, 24), 5));
        Assert.Equal(D(2021, 12, 24), Calendar.AddWorkingDays(D(2022, 1, 4), -4));
        Assert.Equal(5, Calendar.WorkingDaysBetween(D(2021, 12, 24), D(2022, 1, 5)));
    }

    [Fact]
    public void Working_days_skip_the_state_funeral()
    {
        Assert.Equal(D(2022, 9, 20), Calendar.AddWorkingDays(D(2022, 9, 16), 1));
        Assert.Equal(D(2022, 9, 16), Calendar.AddWorkingDays(D(2022, 9, 20), -1));
        Assert.Equal(5, Calendar.WorkingDaysBetween(D(2022, 9, 16), D(2022, 9, 26)));
    }

    [Fact]
    public void Working_days_skip_the_moved_ve_day_holiday_but_not_the_regular_early_may_monday()
    {
        Assert.Equal(D(2020, 5, 4), Calendar.AddWorkingDays(D(2020, 5, 1), 1));
        Assert.Equal(D(2020, 5, 11), Calendar.AddWorkingDays(D(2020, 5, 7), 1));
        Assert.Equal(4, Calendar.WorkingDaysBetween(D(2020, 5, 1), D(2020, 5, 8)));
    }

    [Fact]
    public void Negative_working_days_count_backwards()
    {
        Assert.Equal(D(2021, 4, 1), Calendar.AddWorkingDays(D(2021, 4, 6), -1));
        Assert.Equal(D(2021, 3, 24), Calendar.AddWorkingDays(D(2021, 4, 16), -15));
        Assert.Equal(-1, Calendar.WorkingDaysBetween(D(2021, 4, 6), D(2021, 4, 1)));
    }

    [Fact]
    public void Three_working_days_before_a_tuesday_reach_back_over_the_weekend()
    {
        Assert.Equal(D(2019, 8, 1), Calendar.WorkingDaysBefore(D(2019, 8, 6), 3));
    }

    [Fact]
    public void Working_days_before_rejects_a_negative_count()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBefore(D(2019, 8, 6), -1));
    }

    [Theory]
    [InlineData("2021-01-31", 1, "2021-02-28")]
    [InlineData("2020-01-31", 1, "2020-02-29")]
    [InlineData("2020-11-30", 3, "2021-02-28")]
    [InlineData("2021-03-31", -1, "2021-02-28")]
    [InlineData("2021-03-15", 0, "2021-03-15")]
    [InlineData("2021-12-27", 1, "2022-01-27")]
    public void Adding_calendar_months_clamps_to_the_end_of_a_shorter_month(string date, int months, string expected)
    {
        Assert.Equal(
            BankHolidayFixture.ParseDate(expected),
            WorkingDayCalendar.AddCalendarMonths(BankHolidayFixture.ParseDate(date), months));
    }

    [Fact]
    public void Weekday_holidays_between_lists_the_holidays_a_count_skipped_over_easter()
    {
        var skipped = Calendar.WeekdayHolidaysBetween(D(2021, 3, 24), D(2021, 4, 16));

        Assert.Equal([D(2021, 4, 2), D(2021, 4, 5)], skipped.Select(h => h.Date));
        Assert.Equal(["Good Friday", "Easter Monday"], skipped.Select(h => h.Name));
    }

    [Fact]
    public void Weekday_holidays_between_spans_the_year_end()
    {
        var skipped = Calendar.WeekdayHolidaysBetween(D(2021, 12, 24), D(2022, 1, 5));

        Assert.Equal([D(2021, 12, 27), D(2021, 12, 28), D(2022, 1, 3)], skipped.Select(h => h.Date));
    }

    [Fact]
    public void Weekday_holidays_between_excludes_the_start_and_includes_the_end()
    {
        Assert.Equal([D(2021, 4, 5)], Calendar.WeekdayHolidaysBetween(D(2021, 4, 2), D(2021, 4, 5)).Select(h => h.Date));
        Assert.Empty(Calendar.WeekdayHolidaysBetween(D(2021, 4, 2), D(2021, 4, 2)));
    }

    [Fact]
    public void Weekday_holidays_between_leaves_out_a_holiday_at_a_weekend()
    {
        var calendar = new WorkingDayCalendar(
            [new BankHolidayChange(D(2030, 5, 11), BankHolidayChangeKind.Extra, "Saturday test day")]);

        Assert.True(calendar.IsBankHoliday(D(2030, 5, 11)));
        Assert.Empty(calendar.WeekdayHolidaysBetween(D(2030, 5, 9), D(2030, 5, 13)));
    }
}
