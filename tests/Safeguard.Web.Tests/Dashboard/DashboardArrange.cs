using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Dashboard;

public static class DashboardArrange
{
    /// <summary>
    /// From <paramref name="monday"/>: three North referrals decided on time, late and never, one South referral never
    /// decided, and an initial conference 39 days later for the first North child to which the mother was invited
    /// (and came) and the father was not.
    /// </summary>
    public static async Task ReferralsAndConferenceAsync(this SafeguardApp app, DateOnly monday)
    {
        var onTime = await app.ChildAsync("amara.okafor", referredOn: monday);
        await app.RecordAsync(new ReferralDecided { On = monday.AddDays(1), ChildId = onTime.Id, Decision = ReferralDecision.NoFurtherAction });
        var late = await app.ChildAsync("amara.okafor", referredOn: monday);
        await app.RecordAsync(new ReferralDecided { On = monday.AddDays(3), ChildId = late.Id, Decision = ReferralDecision.NoFurtherAction });
        await app.ChildAsync("amara.okafor", referredOn: monday);
        await app.ChildAsync("chloe.patel", referredOn: monday);

        var scheduled = await app.RecordAsync(
            new ConferenceScheduled { On = monday.AddDays(30), MeetingId = 0, ChildIds = [onTime.Id], Kind = ConferenceKind.Initial, Date = monday.AddDays(39) },
            newReference: $"ICPC-{Guid.NewGuid():N}"[..20]);
        var meeting = scheduled.NewSubjectId!.Value;
        await app.RecordAsync(new InvitationSent { On = monday.AddDays(31), MeetingId = meeting, PersonId = onTime.Mother });
        await app.RecordAsync(new ConferenceHeld { On = monday.AddDays(39), MeetingId = meeting, Outcome = ConferenceOutcome.Plan, Category = AbuseCategory.Neglect, Attended = [onTime.Mother] });
    }
}
