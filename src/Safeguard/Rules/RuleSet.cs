using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Policy;
using Safeguard.Protection;

namespace Safeguard.Rules;

/// <summary>Every rule, bound to one council's policy settings and the calendar.</summary>
public sealed class RuleSet
{
    public RuleSet(WorkingDayCalendar calendar, PolicySettings policy)
    {
        var clock = new Clock(calendar);
        Children = new ChildProtectionRules(clock, policy);
        Meetings = new MeetingRules(clock, policy);
        Complaints = new ComplaintRules(clock, policy);
    }

    public ChildProtectionRules Children { get; }

    public MeetingRules Meetings { get; }

    public ComplaintRules Complaints { get; }
}
