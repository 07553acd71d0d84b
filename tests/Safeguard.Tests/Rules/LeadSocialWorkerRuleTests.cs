using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_LEAD_SOCIAL_WORKER: the lead for a child on a plan is qualified and past the assessed first year.</summary>
public sealed class LeadSocialWorkerRuleTests
{
    private static readonly DateOnly PlanStart = D(2022, 6, 6);

    [Theory]
    [InlineData(ChildCase.FirstYearWorker, "is in the assessed and supported first year")]
    [InlineData(ChildCase.UnqualifiedWorker, "is not a qualified social worker")]
    public void Allocating_a_first_year_or_unqualified_worker_to_a_child_on_a_plan_is_a_breach(long worker, string reason)
    {
        var duties = new ChildCase().StartPlan(PlanStart).Lead(D(2022, 6, 8), worker).Evaluate(D(2022, 6, 8));

        var duty = duties.Only(RuleIds.LeadSocialWorker);
        AssertBreach(duty);
        Assert.Equal(ChildCase.Child, duty.Subjects.ChildId);
        Assert.Equal(worker, duty.Subjects.PersonId);
        Assert.Equal(D(2022, 6, 8), duty.StartedOn);
        Assert.Null(duty.Due);
        Assert.Contains(reason, duty.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocating_a_qualified_experienced_worker_is_no_breach()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Lead(D(2022, 6, 8), ChildCase.ExperiencedWorker).Evaluate(D(2022, 6, 8));

        AssertNone(duties, RuleIds.LeadSocialWorker);
    }

    [Fact]
    public void Allocating_a_first_year_worker_to_a_child_not_on_a_plan_is_no_breach()
    {
        var duties = new ChildCase().Lead(D(2022, 5, 20), ChildCase.FirstYearWorker).Evaluate(D(2022, 6, 3));

        AssertNone(duties, RuleIds.LeadSocialWorker);
    }

    [Fact]
    public void A_plan_starting_for_a_child_whose_first_year_lead_is_already_allocated_is_a_breach_on_the_plan_start()
    {
        var duties = new ChildCase().Lead(D(2022, 5, 20), ChildCase.FirstYearWorker).StartPlan(PlanStart).Evaluate(PlanStart);

        var duty = duties.Only(RuleIds.LeadSocialWorker);
        AssertBreach(duty);
        Assert.Equal(ChildCase.FirstYearWorker, duty.Subjects.PersonId);
        Assert.Equal(PlanStart, duty.StartedOn);
    }

    [Fact]
    public void A_plan_starting_when_the_lead_was_replaced_by_an_experienced_worker_is_no_breach()
    {
        var duties = new ChildCase()
            .Lead(D(2022, 5, 20), ChildCase.FirstYearWorker).Lead(D(2022, 5, 27), ChildCase.ExperiencedWorker)
            .StartPlan(PlanStart).Evaluate(PlanStart);

        AssertNone(duties, RuleIds.LeadSocialWorker);
    }

    [Fact]
    public void Allocating_a_first_year_worker_after_the_plan_ended_is_no_breach()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Review(D(2022, 9, 5), ConferenceOutcome.ChildInNeed)
            .Lead(D(2022, 9, 6), ChildCase.FirstYearWorker).Evaluate(D(2022, 9, 6));

        AssertNone(duties, RuleIds.LeadSocialWorker);
    }
}
