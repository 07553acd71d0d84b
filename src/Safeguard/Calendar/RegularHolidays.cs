namespace Safeguard.Calendar;

/// <summary>
/// The regular England and Wales bank holidays (Banking and Financial Dealings Act 1971 and the annual
/// proclamations), computed by rule. Weekend substitutes follow the published practice: New Year's Day moves to
/// the Monday; Christmas Day and Boxing Day move to the next weekdays not already a holiday.
/// </summary>
public static class RegularHolidays
{
    public static IEnumerable<BankHoliday> For(int year)
    {
        var newYear = new DateOnly(year, 1, 1);
        var newYearObserved = NextWeekday(newYear);
        yield return new BankHoliday(newYearObserved, newYearObserved == newYear ? "New Year's Day" : "New Year's Day (substitute day)");

        var easter = EasterSunday(year);
        yield return new BankHoliday(easter.AddDays(-2), "Good Friday");
        yield return new BankHoliday(easter.AddDays(1), "Easter Monday");

        yield return new BankHoliday(FirstMonday(year, 5), "Early May bank holiday");
        yield return new BankHoliday(LastMonday(year, 5), "Spring bank holiday");
        yield return new BankHoliday(LastMonday(year, 8), "Summer bank holiday");

        var christmas = new DateOnly(year, 12, 25);
        var boxingDay = christmas.AddDays(1);
        var firstObserved = NextWeekday(christmas);
        var secondObserved = NextWeekday(firstObserved.AddDays(1));
        if (christmas.DayOfWeek == DayOfWeek.Sunday)
        {
            // Boxing Day keeps its own date (a Monday), so Christmas Day takes the substitute on the Tuesday.
            yield return new BankHoliday(boxingDay, "Boxing Day");
            yield return new BankHoliday(secondObserved, "Christmas Day (substitute day)");
            yield break;
        }

        yield return new BankHoliday(firstObserved, firstObserved == christmas ? "Christmas Day" : "Christmas Day (substitute day)");
        yield return new BankHoliday(secondObserved, secondObserved == boxingDay ? "Boxing Day" : "Boxing Day (substitute day)");
    }

    /// <summary>Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
