using Safeguard.Calendar;
using Xunit;

namespace Safeguard.Tests.Calendar;

public sealed class AdministratorChangeTests
{
    private static WorkingDayCalendar ShippedPlus(params BankHolidayChange[] changes) =>
        new(ShippedBankHolidayChanges.All.Concat(changes));

    [Fact]
    public void Extra_change_makes_its_date_a_holiday()
    {
        var extra = new BankHolidayChange(new DateOnly(2030, 5, 13), BankHolidayChangeKind.Extra, "Test day");

        var calendar = ShippedPlus(extra);

        Assert.True(calendar.IsBankHoliday(new DateOnly(2030, 5, 13)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 5, 13)));
        Assert.Contains(new BankHoliday(new DateOnly(2030, 5, 13), "Test day"), calendar.HolidaysIn(2030));
        Assert.Equal(9, calendar.HolidaysIn(2030).Count);
        Assert.Equal(new DateOnly(2030, 5, 14), calendar.AddWorkingDays(new DateOnly(2030, 5, 10), 1));
    }

    [Fact]
    public void Extra_change_leaves_the_shipped_calendar_alone()
    {
        _ = ShippedPlus(new BankHolidayChange(new DateOnly(2030, 5, 13), BankHolidayChangeKind.Extra, "Test day"));

        Assert.True(WorkingDayCalendar.EnglandAndWales.IsWorkingDay(new DateOnly(2030, 5, 13)));
        Assert.Equal(8, WorkingDayCalendar.EnglandAndWales.HolidaysIn(2030).Count);
    }

    [Fact]
    public void Moved_change_removes_the_from_date_and_adds_the_new_date()
    {
        var moved = new BankHolidayChange(
            new DateOnly(2030, 5, 10), BankHolidayChangeKind.Moved, "Early May bank holiday (moved)", new DateOnly(2030, 5, 6));
        Assert.True(WorkingDayCalendar.EnglandAndWales.IsBankHoliday(new DateOnly(2030, 5, 6)));

        var calendar = ShippedPlus(moved);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 5, 6)));
        Assert.True(calendar.IsBankHoliday(new DateOnly(2030, 5, 10)));
        Assert.DoesNotContain(calendar.HolidaysIn(2030), h => h.Date == new DateOnly(2030, 5, 6));
        Assert.Contains(new BankHoliday(new DateOnly(2030, 5, 10), "Early May bank holiday (moved)"), calendar.HolidaysIn(2030));
        Assert.Equal(8, calendar.HolidaysIn(2030).Count);
    }

    [Fact]
    public void Moved_change_across_a_year_end_updates_both_years()
    {
        var moved = new BankHolidayChange(
            new DateOnly(2031, 1, 2), BankHolidayChangeKind.Moved, "Boxing Day (moved)", new DateOnly(2030, 12, 26));

        var calendar = ShippedPlus(moved);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 12, 26)));
        Assert.True(calendar.IsBankHoliday(new DateOnly(2031, 1, 2)));
        Assert.Equal(7, calendar.HolidaysIn(2030).Count);
        Assert.Equal(9, calendar.HolidaysIn(2031).Count);
    }

    [Fact]
    public void Holidays_in_a_year_with_a_change_stay_in_date_order()
    {
        var calendar = ShippedPlus(new BankHolidayChange(new DateOnly(2030, 2, 4), BankHolidayChangeKind.Extra, "Test day"));

        var dates = calendar.HolidaysIn(2030).Select(h => h.Date).ToList();

        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public void Moved_change_without_a_from_date_is_rejected()
    {
        var invalid = new BankHolidayChange(new DateOnly(2030, 5, 10), BankHolidayChangeKind.Moved, "Early May bank holiday");

        Assert.Throws<ArgumentException>(() => ShippedPlus(invalid));
    }

    [Fact]
    public void Extra_change_with_a_from_date_is_rejected()
    {
        var invalid = new BankHolidayChange(
            new DateOnly(2030, 5, 13), BankHolidayChangeKind.Extra, "Test day", new DateOnly(2030, 5, 6));

        Assert.Throws<ArgumentException>(() => ShippedPlus(invalid));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Change_without_a_name_is_rejected(string name)
    {
        var invalid = new BankHolidayChange(new DateOnly(2030, 5, 13), BankHolidayChangeKind.Extra, name);

        Assert.Throws<ArgumentException>(() => ShippedPlus(invalid));
    }
}
