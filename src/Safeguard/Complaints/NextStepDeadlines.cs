using Safeguard.Calendar;
using Safeguard.Rules;

namespace Safeguard.Complaints;

/// <summary>A date a complainant is told to act by, and how it was counted.</summary>
public sealed record NextStepDeadline(DateOnly By, string Counting);

/// <summary>
/// The dates a complaint letter gives for the complainant's next step: asking for the next stage of the
/// procedure, or going to the Local Government and Social Care Ombudsman once it is complete.
/// </summary>
public static class NextStepDeadlines
{
    /// <summary>The same 20 working days after which a request for the next stage is flagged as late.</summary>
    public const int NextStageWorkingDays = ComplaintRules.LateRequestWorkingDays;

    /// <summary>The Ombudsman normally expects a complaint within 12 months (Local Government Act 1974 s26B).</summary>
    public const int OmbudsmanMonths = 12;

    /// <summary>The date by which to ask for stage 2 or stage 3: 20 working days after the response was sent.</summary>
    public static NextStepDeadline NextStageBy(WorkingDayCalendar calendar, DateOnly responseSent)
    {
        var by = calendar.AddWorkingDays(responseSent, NextStageWorkingDays);
        var skipping = new Clock(calendar).Skipping(responseSent, by);
        return new NextStepDeadline(by, $"{NextStageWorkingDays} working days after the response of {Clock.Words(responseSent)}{skipping}: by {Clock.Words(by)}");
    }

    /// <summary>The date by which to go to the Ombudsman: 12 calendar months after the council's final letter, clamped to a shorter month's end.</summary>
    public static NextStepDeadline OmbudsmanBy(DateOnly sent)
    {
        var by = WorkingDayCalendar.AddCalendarMonths(sent, OmbudsmanMonths);
        return new NextStepDeadline(by, $"{OmbudsmanMonths} months after the final letter of {Clock.Words(sent)}: by {Clock.Words(by)}");
    }
}
