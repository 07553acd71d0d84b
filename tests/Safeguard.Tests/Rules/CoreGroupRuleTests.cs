using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_FIRST_CORE_GROUP_10WD and CP_CORE_GROUP_INTERVAL (20 working days from the previous core group).</summary>
public sealed class CoreGroupRuleTests
{
    /// <summary>Mon 12 Sep 2022 + 10 working days, skipping the state funeral on Mon 19 Sep 2022.</summary>
    private static readonly DateOnly FirstDue = D(2022, 9, 27);

    [Fact]
    public void First_core_group_on_the_10th_working_day_after_the_plan_started_is_met()
    {
        var duties = new ChildCase().StartPlan(D(2022, 9, 12)).CoreGroup(FirstDue).Evaluate(FirstDue);

        var duty = duties.Only(RuleIds.FirstCoreGroup10);
        AssertMet(duty, FirstDue, FirstDue);
        Assert.Contains("skipping 19 Sep, bank holiday", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void First_core_group_the_day_after_is_late()
    {
        var duties = new ChildCase().StartPlan(D(2022, 9, 12)).CoreGroup(D(2022, 9, 28)).Evaluate(D(2022, 9, 28));

        AssertLate(duties.Only(RuleIds.FirstCoreGroup10), FirstDue, D(2022, 9, 28));
    }

    [Theory]
    [InlineData(2022, 9, 27, DutyStatus.Due)]
    [InlineData(2022, 9, 28, DutyStatus.Overdue)]
    public void First_core_group_not_held_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().StartPlan(D(2022, 9, 12)).Evaluate(asOf).Only(RuleIds.FirstCoreGroup10);

        AssertOpen(duty, FirstDue, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void No_core_group_interval_runs_before_the_first_core_group()
    {
        var duties = new ChildCase().StartPlan(D(2022, 9, 12)).Evaluate(D(2022, 12, 1));

        AssertNone(duties, RuleIds.CoreGroupInterval);
    }

    [Theory]
    [InlineData(2022, 5, 11, DutyOutcome.Met)]
    [InlineData(2022, 5, 12, DutyOutcome.Late)]
    public void Next_core_group_is_due_20_working_days_after_the_first(int year, int month, int day, DutyOutcome expected)
    {
        // Fri 8 Apr 2022 + 20 working days, skipping Good Friday 15 Apr, Easter Monday 18 Apr and 2 May: Wed 11 May 2022.
        var held = D(year, month, day);

        var duties = new ChildCase().StartPlan(D(2022, 3, 25)).CoreGroup(D(2022, 4, 8)).CoreGroup(held).Evaluate(held);

        AssertMet(duties.Only(RuleIds.FirstCoreGroup10), D(2022, 4, 8), D(2022, 4, 8));
        var interval = Assert.Single(duties.Of(RuleIds.CoreGroupInterval), d => d.Done is not null);
        Assert.Equal(expected, interval.Outcome);
        Assert.Equal(D(2022, 5, 11), interval.Due);
        Assert.Equal(held, interval.Done);
        Assert.Equal(D(2022, 4, 8), interval.StartedOn);
    }

    [Theory]
    [InlineData(2022, 5, 11, DutyStatus.Due)]
    [InlineData(2022, 5, 12, DutyStatus.Overdue)]
    public void Next_core_group_not_held_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().StartPlan(D(2022, 3, 25)).CoreGroup(D(2022, 4, 8)).Evaluate(asOf).Only(RuleIds.CoreGroupInterval);

        AssertOpen(duty, D(2022, 5, 11), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Each_gap_counts_from_the_previous_core_group()
    {
        // Wed 11 May 2022 + 20 working days, skipping 2 and 3 Jun 2022: Fri 10 Jun 2022.
        var duties = new ChildCase().StartPlan(D(2022, 3, 25)).CoreGroup(D(2022, 4, 8)).CoreGroup(D(2022, 5, 11)).Evaluate(D(2022, 5, 12));

        var running = Assert.Single(duties.Of(RuleIds.CoreGroupInterval), d => d.Outcome == DutyOutcome.Open);
        Assert.Equal(D(2022, 5, 11), running.StartedOn);
        AssertOpen(running, D(2022, 6, 10), D(2022, 5, 12));
    }

    [Fact]
    public void Core_group_clocks_stop_when_the_plan_ends_before_they_fall_due()
    {
        var duties = new ChildCase().StartPlan(D(2022, 3, 25)).CoreGroup(D(2022, 4, 8)).Review(D(2022, 5, 11), ConferenceOutcome.ChildInNeed)
            .Evaluate(D(2022, 7, 1));

        AssertNone(duties, RuleIds.CoreGroupInterval);
    }

    [Fact]
    public void A_core_group_overdue_before_the_plan_ended_stays_overdue()
    {
        var duties = new ChildCase().StartPlan(D(2022, 3, 25)).CoreGroup(D(2022, 4, 8)).Review(D(2022, 5, 12), ConferenceOutcome.ChildInNeed)
            .Evaluate(D(2022, 7, 1));

        AssertOpen(duties.Only(RuleIds.CoreGroupInterval), D(2022, 5, 11), D(2022, 7, 1));
    }
}
