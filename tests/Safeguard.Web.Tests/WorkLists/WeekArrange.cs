using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.WorkLists;

/// <summary>One child for each place on a due list on Tuesday 10 March, each with a referral to decide.</summary>
public sealed record ArrangedWeek(ArrangedChild Overdue, ArrangedChild Today, ArrangedChild ThisWeek, ArrangedChild NextWeek);

public static class WeekArrange
{
    // A referral must be decided within 1 working day, so the referral date places each child's duty:
    // Friday 6 March is due Monday 9 March (overdue on Tuesday 10 March), Monday 9 March is due today,
    // today is due Wednesday 11 March (this week), and Friday 13 March is due Monday 16 March: next week, after
    // Sunday 15 March, although within seven days.
    public static readonly DateOnly Friday = SafeguardApp.Today.AddDays(-4);
    public static readonly DateOnly Monday = SafeguardApp.Today.AddDays(-1);
    public static readonly DateOnly NextFriday = SafeguardApp.Today.AddDays(3);

    public static async Task<ArrangedWeek> WeekAsync(this SafeguardApp app, string worker) => new(
        await app.ChildAsync(worker, referredOn: Friday),
        await app.ChildAsync(worker, referredOn: Monday),
        await app.ChildAsync(worker, referredOn: SafeguardApp.Today),
        await app.ChildAsync(worker, referredOn: NextFriday));
}
