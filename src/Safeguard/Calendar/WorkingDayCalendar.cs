using System.Collections.Concurrent;

namespace Safeguard.Calendar;

/// <summary>
/// The England and Wales working-day calendar (SI 2006/1738 reg 2): Monday to Friday except bank holidays.
/// Regular holidays are computed by rule for any year; one-off changes come from data.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly ILookup<int, BankHolidayChange> _changesByYear;
    private readonly ConcurrentDictionary<int, YearHolidays> _years = new();

    public WorkingDayCalendar(IEnumerable<BankHolidayChange> oneOffChanges)
    {
        var changes = oneOffChanges.ToList();
        foreach (var change in changes)
        {
            change.EnsureValid();
        }

        OneOffChanges = changes;
        _changesByYear = changes
            .SelectMany(c => c.MovedFrom is { } from && from.Year != c.Date.Year
                ? new[] { (c.Date.Year, c), (from.Year, c) }
                : new[] { (c.Date.Year, c) })
            .ToLookup(x => x.Item1, x => x.c);
    }

    /// <summary>The calendar with the one-off changes the product ships.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(ShippedBankHolidayChanges.All);

    public IReadOnlyList<BankHolidayChange> OneOffChanges { get; }

    public IReadOnlyList<BankHoliday> HolidaysIn(int year) => Year(year).Holidays;

    public bool IsBankHoliday(DateOnly date) => Year(date.Year).Dates.Contains(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary>
    /// The N-th working day after <paramref name="from"/> (N &gt; 0), the N-th working day before it (N &lt; 0),
    /// or the date itself (N = 0). <paramref name="from"/> is day 0 whether or not it is a working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(workingDays);
        var date = from;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>The latest date that is at least N working days before <paramref name="date"/>.</summary>
    public DateOnly WorkingDaysBefore(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        return AddWorkingDays(date, -workingDays);
    }

    /// <summary>
    /// The number of working days after <paramref name="start"/> up to and including <paramref name="end"/>;
    /// negative when <paramref name="end"/> is before <paramref name="start"/>. It is the inverse of
    /// <see cref="AddWorkingDays"/>: WorkingDaysBetween(d, AddWorkingDays(d, n)) == n.
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        // Forwards: working days in (start, end]. Backwards: minus the working days in [end, start), which is
        // what counting back from start reaches.
        var (from, to, sign) = end >= start ? (start.AddDays(1), end, 1) : (end, start.AddDays(-1), -1);
        var count = 0;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return sign * count;
    }

    /// <summary>Bank holidays falling on weekdays after <paramref name="start"/> up to and including <paramref name="end"/>: the days a count of working days skipped.</summary>
    public IReadOnlyList<BankHoliday> WeekdayHolidaysBetween(DateOnly start, DateOnly end)
    {
        var result = new List<BankHoliday>();
        var (from, to) = start <= end ? (start.AddDays(1), end) : (end, start.AddDays(-1));
        for (var year = from.Year; year <= to.Year; year++)
        {
            result.AddRange(HolidaysIn(year).Where(h =>
                h.Date >= from && h.Date <= to && h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
        }

        return result;
    }

    /// <summary>The same day of the month M calendar months later, clamped to the end of a shorter month.</summary>
    public static DateOnly AddCalendarMonths(DateOnly date, int months) => date.AddMonths(months);

    private YearHolidays Year(int year) => _years.GetOrAdd(year, y => ComputeYear(y));

    private YearHolidays ComputeYear(int year)
    {
        var holidays = RegularHolidays.For(year).ToList();
        foreach (var change in _changesByYear[year])
        {
            if (change.Kind == BankHolidayChangeKind.Moved && change.MovedFrom is { } from && from.Year == year)
            {
                holidays.RemoveAll(h => h.Date == from);
            }

            if (change.Date.Year == year)
            {
                holidays.RemoveAll(h => h.Date == change.Date);
                holidays.Add(new BankHoliday(change.Date, change.Name));
            }
        }

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return new YearHolidays(holidays, holidays.Select(h => h.Date).ToHashSet());
    }

    private sealed record YearHolidays(IReadOnlyList<BankHoliday> Holidays, HashSet<DateOnly> Dates);
}
