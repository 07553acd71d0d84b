using FsCheck;
using FsCheck.Fluent;
using Safeguard.Calendar;

namespace Safeguard.Tests.Calendar;

public sealed record CalendarDate(DateOnly Value);

public sealed record WorkingDate(DateOnly Value);

public sealed record WorkingDayCount(int Value);

/// <summary>Dates in 2000-2060 and working-day counts in 1..400 for the calendar properties.</summary>
public static class CalendarArbitraries
{
    private static readonly DateOnly First = new(2000, 1, 1);
    private static readonly DateOnly Last = new(2060, 12, 31);

    private static Gen<DateOnly> Dates =>
        Gen.Choose(0, Last.DayNumber - First.DayNumber).Select(First.AddDays);

    public static Arbitrary<CalendarDate> CalendarDates() =>
        Dates.Select(d => new CalendarDate(d)).ToArbitrary();

    public static Arbitrary<WorkingDate> WorkingDates() =>
        Dates.Where(WorkingDayCalendar.EnglandAndWales.IsWorkingDay).Select(d => new WorkingDate(d)).ToArbitrary();

    public static Arbitrary<WorkingDayCount> WorkingDayCounts() =>
        Gen.Choose(1, 400).Select(n => new WorkingDayCount(n)).ToArbitrary();
}
