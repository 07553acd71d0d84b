using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Policy;
using Safeguard.Protection;

namespace Safeguard.Rules;

/// <summary>Every rule, bound to one council's policy settings and the calendar.</summary>
public sealed class RuleSet(WorkingDayCalendar calendar, PolicySettings policy)
{
    public Clock Clock { get; } = new(calendar);

    public PolicySettings Policy => policy;

    public ChildProtectionRules Children { get; } = new(new Clock(calendar), policy);

    public MeetingRules Meetings { get; } = new(new Clock(calendar), policy);

    public ComplaintRules Complaints { get; } = new(new Clock(calendar), policy);
}
