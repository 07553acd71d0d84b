using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_VISIT_INTERVAL: the child seen at least every N working days while on a plan.</summary>
public sealed class VisitIntervalRuleTests
{
    private static readonly DateOnly PlanStart = D(2022, 12, 21);

    /// <summary>Wed 21 Dec 2022 + 10 working days, skipping 26 and 27 Dec 2022 and 2 Jan 2023.</summary>
    private static readonly DateOnly FirstDue = D(2023, 1, 9);

    [Fact]
    public void Visit_on_the_10th_working_day_after_the_plan_started_is_met()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Seen(FirstDue).Evaluate(FirstDue);

        var met = Assert.Single(duties.Of(RuleIds.VisitInterval), d => d.Done is not null);
        AssertMet(met, FirstDue, FirstDue);
        Assert.Equal(PlanStart, met.StartedOn);
        Assert.Equal("10 working days after the start of the plan on 21 Dec 2022, skipping 26 Dec, 27 Dec and 2 Jan, bank holidays: due 9 Jan 2023", met.Counting);
    }

    [Fact]
    public void Visit_the_day_after_is_late()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Seen(D(2023, 1, 10)).Evaluate(D(2023, 1, 10));

        AssertLate(Assert.Single(duties.Of(RuleIds.VisitInterval), d => d.Done is not null), FirstDue, D(2023, 1, 10));
    }

    [Theory]
    [InlineData(2023, 1, 9, DutyStatus.Due)]
    [InlineData(2023, 1, 10, DutyStatus.Overdue)]
    public void No_visit_is_overdue_only_after_the_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().StartPlan(PlanStart).Evaluate(asOf).Only(RuleIds.VisitInterval);

        AssertOpen(duty, FirstDue, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void A_visit_without_access_does_not_count()
    {
        var duties = new ChildCase().StartPlan(PlanStart).NoAccess(D(2023, 1, 5)).Evaluate(D(2023, 1, 10));

        var duty = duties.Only(RuleIds.VisitInterval);
        AssertOpen(duty, FirstDue, D(2023, 1, 10));
        Assert.Equal(DutyStatus.Overdue, duty.StatusOn(D(2023, 1, 10)));
    }

    [Theory]
    [InlineData(SeenPurpose.Section47)]
    [InlineData(SeenPurpose.Assessment)]
    public void Seeing_the_child_for_another_purpose_does_not_count(SeenPurpose purpose)
    {
        var duties = new ChildCase().StartPlan(PlanStart).Seen(D(2023, 1, 5), purpose).Evaluate(D(2023, 1, 10));

        AssertOpen(duties.Only(RuleIds.VisitInterval), FirstDue, D(2023, 1, 10));
    }

    [Fact]
    public void The_next_gap_counts_from_the_visit()
    {
        // Thu 5 Jan 2023 + 10 working days: Thu 19 Jan 2023.
        var duties = new ChildCase().StartPlan(PlanStart).Seen(D(2023, 1, 5)).Evaluate(D(2023, 1, 19));

        var visits = duties.Of(RuleIds.VisitInterval);
        Assert.Equal(2, visits.Count);
        AssertMet(Assert.Single(visits, d => d.Done is not null), FirstDue, D(2023, 1, 5));
        var running = Assert.Single(visits, d => d.Done is null);
        Assert.Equal(D(2023, 1, 5), running.StartedOn);
        AssertOpen(running, D(2023, 1, 19), D(2023, 1, 19));
    }

    [Fact]
    public void A_no_access_visit_does_not_restart_the_gap()
    {
        var duties = new ChildCase().StartPlan(PlanStart).NoAccess(D(2023, 1, 5)).Seen(D(2023, 1, 9)).Evaluate(D(2023, 1, 9));

        AssertMet(Assert.Single(duties.Of(RuleIds.VisitInterval), d => d.Done is not null), FirstDue, D(2023, 1, 9));
        Assert.Equal(D(2023, 1, 23), Assert.Single(duties.Of(RuleIds.VisitInterval), d => d.Done is null).Due);
    }

    [Fact]
    public void The_plan_set_by_the_initial_conference_applies_its_own_frequency_from_the_start()
    {
        // Wed 21 Dec 2022 + 5 working days, skipping 26 and 27 Dec 2022: Fri 30 Dec 2022.
        var duties = new ChildCase().StartPlan(PlanStart, visitInterval: 5).Evaluate(PlanStart);

        Assert.Equal(D(2022, 12, 30), duties.Only(RuleIds.VisitInterval).Due);
    }

    [Fact]
    public void A_review_conferences_frequency_applies_after_the_next_visit_not_to_the_running_gap()
    {
        // Plan Fri 25 Mar 2022 at the default 10 working days; visit Fri 1 Apr 2022, so the next is due Tue 19 Apr 2022
        // (skipping Easter). The review on Tue 5 Apr 2022 sets 5 working days.
        var child = new ChildCase().StartPlan(D(2022, 3, 25)).Seen(D(2022, 4, 1)).Review(D(2022, 4, 5), visitInterval: 5);

        Assert.Equal(D(2022, 4, 19), Assert.Single(child.Evaluate(D(2022, 4, 5)).Of(RuleIds.VisitInterval), d => d.Done is null).Due);

        // The visit on 19 Apr 2022 is on time against the gap that was running; the next gap is 5 working days.
        var duties = child.Seen(D(2022, 4, 19)).Evaluate(D(2022, 4, 19));
        Assert.Contains(duties.Of(RuleIds.VisitInterval), d => d.Outcome == DutyOutcome.Met && d.Done == D(2022, 4, 19) && d.Due == D(2022, 4, 19));
        var running = Assert.Single(duties.Of(RuleIds.VisitInterval), d => d.Done is null);
        Assert.Equal(D(2022, 4, 26), running.Due);
    }

    [Fact]
    public void A_review_conference_without_a_frequency_keeps_the_plans_frequency()
    {
        // Plan at 5 working days from Fri 25 Mar 2022: due 1 Apr; then 8 Apr; then 19 Apr 2022 (skipping Easter).
        var duties = new ChildCase().StartPlan(D(2022, 3, 25), visitInterval: 5)
            .Seen(D(2022, 4, 1)).Review(D(2022, 4, 5)).Seen(D(2022, 4, 8))
            .Evaluate(D(2022, 4, 8));

        var visits = duties.Of(RuleIds.VisitInterval);
        Assert.Contains(visits, d => d.Outcome == DutyOutcome.Met && d.Due == D(2022, 4, 1));
        Assert.Contains(visits, d => d.Outcome == DutyOutcome.Met && d.Due == D(2022, 4, 8));
        Assert.Equal(D(2022, 4, 19), Assert.Single(visits, d => d.Done is null).Due);
    }

    [Fact]
    public void The_visit_clock_stops_when_the_case_closes_on_its_due_day()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Closed(FirstDue).Evaluate(D(2023, 2, 1));

        AssertNone(duties, RuleIds.VisitInterval);
    }

    [Fact]
    public void A_visit_overdue_when_the_case_closes_stays_overdue()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Closed(D(2023, 1, 10)).Evaluate(D(2023, 2, 1));

        AssertOpen(duties.Only(RuleIds.VisitInterval), FirstDue, D(2023, 2, 1));
    }

    [Fact]
    public void Visits_before_or_after_a_plan_create_no_duty()
    {
        var duties = new ChildCase().Seen(D(2022, 12, 1)).StartPlan(PlanStart).Closed(D(2023, 1, 5)).Seen(D(2023, 1, 6)).Evaluate(D(2023, 2, 1));

        AssertNone(duties, RuleIds.VisitInterval);
    }
}
