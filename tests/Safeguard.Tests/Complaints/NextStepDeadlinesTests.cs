using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Tests.Rules;
using Xunit;

namespace Safeguard.Tests.Complaints;

public sealed class NextStepDeadlinesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    // Four whole weeks with no bank holiday, from a Monday to a Monday, across the end of February.
    [InlineData("2025-02-03", "2025-03-03", "20 working days after the response of 3 Feb 2025: by 3 Mar 2025")]
    // From a Friday at the end of January to the last day of February.
    [InlineData("2025-01-31", "2025-02-28", "20 working days after the response of 31 Jan 2025: by 28 Feb 2025")]
    // Sent on a Saturday, which is day 0 all the same: the same date as from the Friday before.
    [InlineData("2025-02-01", "2025-02-28", "20 working days after the response of 1 Feb 2025: by 28 Feb 2025")]
    // Easter and the early May bank holiday.
    [InlineData("2025-04-15", "2025-05-16", "20 working days after the response of 15 Apr 2025, skipping 18 Apr, 21 Apr and 5 May, bank holidays: by 16 May 2025")]
    // Christmas, Boxing Day and New Year's Day, across the end of the year.
    [InlineData("2025-12-19", "2026-01-21", "20 working days after the response of 19 Dec 2025, skipping 25 Dec, 26 Dec and 1 Jan, bank holidays: by 21 Jan 2026")]
    // One bank holiday.
    [InlineData("2025-07-31", "2025-08-29", "20 working days after the response of 31 Jul 2025, skipping 25 Aug, bank holiday: by 29 Aug 2025")]
    public void The_next_stage_is_asked_for_within_20_working_days_of_the_response(string sent, string by, string counting)
    {
        var deadline = NextStepDeadlines.NextStageBy(Calendar, DateOnly.Parse(sent));

        Assert.Equal(DateOnly.Parse(by), deadline.By);
        Assert.Equal(counting, deadline.Counting);
    }

    [Fact]
    public void A_request_on_the_date_the_letter_gives_is_not_late_and_one_the_next_working_day_is()
    {
        var response = new DateOnly(2025, 4, 15);
        var by = NextStepDeadlines.NextStageBy(Calendar, response).By;

        bool Flagged(DateOnly requested) => new ComplaintCase()
            .Received(new DateOnly(2025, 4, 1)).Stage1Response(response).Stage2Requested(requested)
            .Evaluation(requested).Flags.Any(f => f.Kind == "late-request");

        Assert.False(Flagged(by));
        Assert.True(Flagged(Calendar.AddWorkingDays(by, 1)));
    }

    [Theory]
    [InlineData("2025-02-03", "2026-02-03", "12 months after the final letter of 3 Feb 2025: by 3 Feb 2026")]
    // Calendar months, not working days: a date on a Saturday stays on the Saturday.
    [InlineData("2025-02-07", "2026-02-07", "12 months after the final letter of 7 Feb 2025: by 7 Feb 2026")]
    // 29 February has no twin the next year: the last day of February.
    [InlineData("2024-02-29", "2025-02-28", "12 months after the final letter of 29 Feb 2024: by 28 Feb 2025")]
    // Into a leap year: 28 February stays 28 February.
    [InlineData("2023-02-28", "2024-02-28", "12 months after the final letter of 28 Feb 2023: by 28 Feb 2024")]
    [InlineData("2025-12-31", "2026-12-31", "12 months after the final letter of 31 Dec 2025: by 31 Dec 2026")]
    public void The_Ombudsman_is_normally_contacted_within_12_calendar_months(string sent, string by, string counting)
    {
        var deadline = NextStepDeadlines.OmbudsmanBy(DateOnly.Parse(sent));

        Assert.Equal(DateOnly.Parse(by), deadline.By);
        Assert.Equal(counting, deadline.Counting);
    }
}
