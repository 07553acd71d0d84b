using System.Globalization;
using Safeguard.Calendar;

namespace Safeguard.Rules;

/// <summary>Counts due dates on the working-day calendar and says, in words, how each was counted.</summary>
public sealed class Clock(WorkingDayCalendar calendar)
{
    public WorkingDayCalendar Calendar => calendar;

    /// <summary>"Within N working days of X": the N-th working day after X.</summary>
    public Duty WithinWorkingDays(string rule, DutySubjects subjects, DateOnly start, string startedBy, int workingDays, DateOnly? done = null)
    {
        var due = calendar.AddWorkingDays(start, workingDays);
        var counting = $"{workingDays} working days after {startedBy} on {Words(start)}{Skipping(start, due)}: due {Words(due)}";
        return Clocked(rule, subjects, due, done, start, startedBy, counting);
    }

    /// <summary>"At least N working days before C": the N-th working day before C.</summary>
    public Duty WorkingDaysBefore(string rule, DutySubjects subjects, DateOnly date, string before, int workingDays, DateOnly? done = null)
    {
        var due = calendar.WorkingDaysBefore(date, workingDays);
        var counting = $"{workingDays} working days before {before} on {Words(date)}{Skipping(due.AddDays(-1), date.AddDays(-1))}: due {Words(due)}";
        return Clocked(rule, subjects, due, done, date, before, counting);
    }

    /// <summary>"Within M months of X": the same day M calendar months later, clamped to a shorter month's end.</summary>
    public static Duty WithinMonths(string rule, DutySubjects subjects, DateOnly start, string startedBy, int months, DateOnly? done = null)
    {
        var due = WorkingDayCalendar.AddCalendarMonths(start, months);
        var counting = $"{months} months after {startedBy} on {Words(start)}: due {Words(due)}";
        return Clocked(rule, subjects, due, done, start, startedBy, counting);
    }

    public static Duty Clocked(string rule, DutySubjects subjects, DateOnly due, DateOnly? done, DateOnly start, string startedBy, string counting) =>
        new(rule, subjects, done is null ? DutyOutcome.Open : done <= due ? DutyOutcome.Met : DutyOutcome.Late, due, done)
        {
            StartedOn = start,
            StartedBy = startedBy,
            Counting = counting,
        };

    /// <summary>The same duty, done on the given date.</summary>
    public static Duty Complete(Duty duty, DateOnly done) => duty with
    {
        Done = done,
        Outcome = duty.Due is { } due && done > due ? DutyOutcome.Late : DutyOutcome.Met,
    };

    public static string Words(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>", skipping 25 Dec and 26 Dec, bank holidays": the weekday bank holidays after <paramref name="after"/> up to and including <paramref name="upTo"/>; empty when there are none.</summary>
    public string Skipping(DateOnly after, DateOnly upTo)
    {
        var holidays = calendar.WeekdayHolidaysBetween(after, upTo);
        if (holidays.Count == 0)
        {
            return string.Empty;
        }

        var days = holidays.Select(h => h.Date.ToString("d MMM", CultureInfo.InvariantCulture)).ToList();
        var list = days.Count == 1 ? days[0] : string.Join(", ", days[..^1]) + " and " + days[^1];
        return $", skipping {list}, bank {(days.Count == 1 ? "holiday" : "holidays")}";
    }
}
