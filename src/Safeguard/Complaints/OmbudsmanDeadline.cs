using Safeguard.Calendar;
using Safeguard.Rules;

namespace Safeguard.Complaints;

/// <summary>The deadlines the Ombudsman's decisions give for the council's remedies and actions.</summary>
public enum OmbudsmanPeriod { TwentyWorkingDays, OneMonth, ThreeMonths }

/// <summary>A deadline counted from the Ombudsman's decision: the date, and the deadline as the decision states it.</summary>
public sealed record OmbudsmanDue(DateOnly Due, string Basis);

/// <summary>
/// Turns "within 20 working days", "within one month" or "within three months" of the Ombudsman's decision into a
/// date: working days by the council's calendar (the decision date is day 0), months as calendar months clamped to
/// the end of a shorter month (31 January + one month = the last day of February).
/// </summary>
public static class OmbudsmanDeadline
{
    public static OmbudsmanDue Of(WorkingDayCalendar calendar, DateOnly decision, OmbudsmanPeriod period)
    {
        var (due, within) = period switch
        {
            OmbudsmanPeriod.TwentyWorkingDays => (calendar.AddWorkingDays(decision, 20), "within 20 working days"),
            OmbudsmanPeriod.OneMonth => (WorkingDayCalendar.AddCalendarMonths(decision, 1), "within one month"),
            OmbudsmanPeriod.ThreeMonths => (WorkingDayCalendar.AddCalendarMonths(decision, 3), "within three months"),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Not a period the Ombudsman gives."),
        };
        return new OmbudsmanDue(due, $"{within} of the Ombudsman's decision of {Clock.Words(decision)}");
    }

    /// <summary>The period as a person chooses it on a form.</summary>
    public static string Words(OmbudsmanPeriod period) => period switch
    {
        OmbudsmanPeriod.TwentyWorkingDays => "Within 20 working days",
        OmbudsmanPeriod.OneMonth => "Within one month",
        OmbudsmanPeriod.ThreeMonths => "Within three months",
        _ => period.ToString(),
    };
}
