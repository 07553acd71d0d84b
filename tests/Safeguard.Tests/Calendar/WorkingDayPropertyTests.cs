using FsCheck.Xunit;
using Safeguard.Calendar;

namespace Safeguard.Tests.Calendar;

[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
public sealed class WorkingDayPropertyTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Property]
    public bool Adding_working_days_lands_on_a_later_working_day(CalendarDate date, WorkingDayCount n)
    {
        var result = Calendar.AddWorkingDays(date.Value, n.Value);

        return Calendar.IsWorkingDay(result) && result > date.Value;
    }

    [Property]
    public bool Subtracting_working_days_lands_on_an_earlier_working_day(CalendarDate date, WorkingDayCount n)
    {
        var result = Calendar.AddWorkingDays(date.Value, -n.Value);

        return Calendar.IsWorkingDay(result) && result < date.Value;
    }

    [Property]
    public bool Adding_then_subtracting_working_days_returns_to_a_working_day(WorkingDate date, WorkingDayCount n)
    {
        var there = Calendar.AddWorkingDays(date.Value, n.Value);

        return Calendar.AddWorkingDays(there, -n.Value) == date.Value;
    }

    [Property]
    public bool Subtracting_then_adding_working_days_returns_to_a_working_day(WorkingDate date, WorkingDayCount n)
    {
        var there = Calendar.AddWorkingDays(date.Value, -n.Value);

        return Calendar.AddWorkingDays(there, n.Value) == date.Value;
    }

    [Property]
    public bool Working_days_between_inverts_adding_working_days(CalendarDate date, WorkingDayCount n)
    {
        return Calendar.WorkingDaysBetween(date.Value, Calendar.AddWorkingDays(date.Value, n.Value)) == n.Value
            && Calendar.WorkingDaysBetween(date.Value, Calendar.AddWorkingDays(date.Value, -n.Value)) == -n.Value;
    }

    [Property]
    public bool Counting_back_differs_from_counting_forwards_only_by_the_two_end_days(CalendarDate a, CalendarDate b)
    {
        var (start, end) = a.Value <= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        var forwards = Calendar.WorkingDaysBetween(start, end);
        var backwards = Calendar.WorkingDaysBetween(end, start);

        return forwards + backwards == WorkingDayIndicator(end) - WorkingDayIndicator(start);
    }

    [Property]
    public bool Working_days_before_is_a_working_day_with_exactly_n_working_days_up_to_the_date(
        CalendarDate date, WorkingDayCount n)
    {
        var result = Calendar.WorkingDaysBefore(date.Value, n.Value);
        var workingDaysInRange = Enumerable.Range(0, date.Value.DayNumber - result.DayNumber)
            .Select(result.AddDays)
            .Count(Calendar.IsWorkingDay);

        return Calendar.IsWorkingDay(result) && result < date.Value && workingDaysInRange == n.Value;
    }

    [Property]
    public bool Working_days_before_is_the_latest_such_date(CalendarDate date, WorkingDayCount n)
    {
        var result = Calendar.WorkingDaysBefore(date.Value, n.Value);
        var dayAfter = result.AddDays(1);
        var workingDaysFromDayAfter = Enumerable.Range(0, date.Value.DayNumber - dayAfter.DayNumber)
            .Select(dayAfter.AddDays)
            .Count(Calendar.IsWorkingDay);

        return workingDaysFromDayAfter == n.Value - 1;
    }

    [Property]
    public bool Adding_working_days_is_strictly_increasing_in_n(CalendarDate date, WorkingDayCount n, WorkingDayCount m)
    {
        var (smaller, larger) = n.Value <= m.Value ? (n.Value, m.Value) : (m.Value, n.Value);
        var earlier = Calendar.AddWorkingDays(date.Value, smaller);
        var later = Calendar.AddWorkingDays(date.Value, larger);
        var earlierBack = Calendar.AddWorkingDays(date.Value, -larger);
        var laterBack = Calendar.AddWorkingDays(date.Value, -smaller);

        return smaller == larger
            ? earlier == later && earlierBack == laterBack
            : earlier < later && earlierBack < laterBack;
    }

    [Property]
    public bool Adding_one_more_working_day_moves_to_the_next_working_day(CalendarDate date, WorkingDayCount n)
    {
        var current = Calendar.AddWorkingDays(date.Value, n.Value);
        var next = Calendar.AddWorkingDays(date.Value, n.Value + 1);
        var between = Enumerable.Range(1, next.DayNumber - current.DayNumber - 1).Select(current.AddDays);

        return next > current && !between.Any(Calendar.IsWorkingDay);
    }

    private static int WorkingDayIndicator(DateOnly date) => Calendar.IsWorkingDay(date) ? 1 : 0;
}
