using Safeguard.Calendar;
using Safeguard.Complaints;
using Xunit;

namespace Safeguard.Tests.Complaints;

public sealed class OmbudsmanDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    // Four whole weeks with no bank holiday.
    [InlineData("2026-02-03", "2026-03-03")]
    // Good Friday (3 Apr) and Easter Monday (6 Apr 2026) are not counted.
    [InlineData("2026-03-20", "2026-04-21")]
    // The early May bank holiday (4 May 2026).
    [InlineData("2026-04-13", "2026-05-12")]
    // A decision on a Saturday is day 0 all the same.
    [InlineData("2026-02-07", "2026-03-06")]
    // Christmas, Boxing Day (substitute, 28 Dec) and New Year's Day across the year's end.
    [InlineData("2026-12-18", "2027-01-20")]
    public void Twenty_working_days_skip_weekends_and_bank_holidays(string decision, string due)
    {
        var deadline = OmbudsmanDeadline.Of(Calendar, DateOnly.Parse(decision), OmbudsmanPeriod.TwentyWorkingDays);

        Assert.Equal(DateOnly.Parse(due), deadline.Due);
        Assert.Equal(20, Calendar.WorkingDaysBetween(DateOnly.Parse(decision), deadline.Due));
    }

    [Theory]
    [InlineData("2026-02-03", "2026-03-03")]
    // No 31 February: the last day of the month, 28 in 2026 and 29 in a leap year.
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-03-31", "2026-04-30")]
    // Calendar months, not working days: a date on a bank holiday stays on it.
    [InlineData("2026-11-25", "2026-12-25")]
    [InlineData("2026-12-15", "2027-01-15")]
    public void One_month_is_the_same_day_next_month_or_its_last_day(string decision, string due) =>
        Assert.Equal(DateOnly.Parse(due), OmbudsmanDeadline.Of(Calendar, DateOnly.Parse(decision), OmbudsmanPeriod.OneMonth).Due);

    [Theory]
    [InlineData("2026-02-03", "2026-05-03")]
    [InlineData("2025-11-30", "2026-02-28")]
    [InlineData("2027-11-30", "2028-02-29")]
    [InlineData("2026-10-31", "2027-01-31")]
    public void Three_months_are_calendar_months_clamped_to_a_shorter_month(string decision, string due) =>
        Assert.Equal(DateOnly.Parse(due), OmbudsmanDeadline.Of(Calendar, DateOnly.Parse(decision), OmbudsmanPeriod.ThreeMonths).Due);

    [Theory]
    [InlineData(OmbudsmanPeriod.TwentyWorkingDays, "within 20 working days of the Ombudsman's decision of 3 Feb 2026")]
    [InlineData(OmbudsmanPeriod.OneMonth, "within one month of the Ombudsman's decision of 3 Feb 2026")]
    [InlineData(OmbudsmanPeriod.ThreeMonths, "within three months of the Ombudsman's decision of 3 Feb 2026")]
    public void The_basis_says_the_deadline_as_the_decision_states_it(OmbudsmanPeriod period, string basis) =>
        Assert.Equal(basis, OmbudsmanDeadline.Of(Calendar, new DateOnly(2026, 2, 3), period).Basis);
}
