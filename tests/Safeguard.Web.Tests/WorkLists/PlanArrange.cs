using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.WorkLists;

/// <summary>Puts a child on a child protection plan: an initial conference scheduled and held on the day given.</summary>
public static class PlanArrange
{
    public static async Task<long> OnPlanAsync(this SafeguardApp app, ArrangedChild child, DateOnly heldOn, string by = "amara.okafor")
    {
        var scheduled = await app.RecordAsync(
            new ConferenceScheduled { On = heldOn.AddDays(-7), MeetingId = 0, ChildIds = [child.Id], Kind = ConferenceKind.Initial, Date = heldOn },
            by,
            newReference: $"ICPC-{Guid.NewGuid():N}"[..20]);
        var meeting = scheduled.NewSubjectId!.Value;
        await app.RecordAsync(new ConferenceHeld { On = heldOn, MeetingId = meeting, Outcome = ConferenceOutcome.Plan, Category = AbuseCategory.Neglect }, by);
        return meeting;
    }
}
