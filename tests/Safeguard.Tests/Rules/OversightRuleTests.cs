using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_MANAGEMENT_REVIEW (20 working days, from the plan start then each review) and CP_QUALITY_ALERT_RESPONSE (5 working days).</summary>
public sealed class OversightRuleTests
{
    private static readonly DateOnly PlanStart = D(2022, 4, 8);

    /// <summary>Fri 8 Apr 2022 + 20 working days, skipping 15 and 18 Apr and 2 May 2022.</summary>
    private static readonly DateOnly ReviewDue = D(2022, 5, 11);

    /// <summary>Wed 20 Dec 2023 + 5 working days, skipping Christmas Day and Boxing Day.</summary>
    private static readonly DateOnly AlertDue = D(2023, 12, 29);

    [Fact]
    public void Management_review_on_the_20th_working_day_after_the_plan_started_is_met()
    {
        var duties = new ChildCase().StartPlan(PlanStart).ManagementReview(ReviewDue).Evaluate(ReviewDue);

        var duty = Assert.Single(duties.Of(RuleIds.ManagementReview), d => d.Done is not null);
        AssertMet(duty, ReviewDue, ReviewDue);
        Assert.Equal(PlanStart, duty.StartedOn);
        Assert.Contains("skipping 15 Apr, 18 Apr and 2 May, bank holidays", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void Management_review_the_day_after_is_late()
    {
        var duties = new ChildCase().StartPlan(PlanStart).ManagementReview(D(2022, 5, 12)).Evaluate(D(2022, 5, 12));

        AssertLate(Assert.Single(duties.Of(RuleIds.ManagementReview), d => d.Done is not null), ReviewDue, D(2022, 5, 12));
    }

    [Theory]
    [InlineData(2022, 5, 11, DutyStatus.Due)]
    [InlineData(2022, 5, 12, DutyStatus.Overdue)]
    public void Management_review_not_recorded_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().StartPlan(PlanStart).Evaluate(asOf).Only(RuleIds.ManagementReview);

        AssertOpen(duty, ReviewDue, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void The_next_management_review_counts_from_the_last_one()
    {
        // Wed 11 May 2022 + 20 working days, skipping the jubilee holidays 2 and 3 Jun 2022: Fri 10 Jun 2022.
        var duties = new ChildCase().StartPlan(PlanStart).ManagementReview(ReviewDue).Evaluate(D(2022, 6, 13));

        var running = Assert.Single(duties.Of(RuleIds.ManagementReview), d => d.Done is null);
        Assert.Equal(ReviewDue, running.StartedOn);
        AssertOpen(running, D(2022, 6, 10), D(2022, 6, 13));
        Assert.Equal(DutyStatus.Overdue, running.StatusOn(D(2022, 6, 13)));
    }

    [Fact]
    public void Management_reviews_of_a_child_not_on_a_plan_create_no_duty()
    {
        var duties = new ChildCase().ManagementReview(PlanStart).Evaluate(D(2022, 12, 1));

        AssertNone(duties, RuleIds.ManagementReview);
    }

    [Fact]
    public void Quality_alert_resolved_on_the_5th_working_day_is_met()
    {
        var duties = new ChildCase().AlertRaised(D(2023, 12, 20), 61).AlertResolved(AlertDue, 61).Evaluate(AlertDue);

        var duty = duties.Only(RuleIds.QualityAlertResponse);
        AssertMet(duty, AlertDue, AlertDue);
        Assert.Equal(61, duty.Subjects.AlertId);
        Assert.Equal(ChildCase.Child, duty.Subjects.ChildId);
        Assert.Contains("skipping 25 Dec and 26 Dec, bank holidays", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void Quality_alert_resolved_the_day_after_is_late()
    {
        var duties = new ChildCase().AlertRaised(D(2023, 12, 20), 61).AlertResolved(D(2023, 12, 30), 61).Evaluate(D(2024, 1, 2));

        AssertLate(duties.Only(RuleIds.QualityAlertResponse), AlertDue, D(2023, 12, 30));
    }

    [Theory]
    [InlineData(2023, 12, 29, DutyStatus.Due)]
    [InlineData(2023, 12, 30, DutyStatus.Overdue)]
    public void Quality_alert_not_resolved_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().AlertRaised(D(2023, 12, 20), 61).Evaluate(asOf).Only(RuleIds.QualityAlertResponse);

        AssertOpen(duty, AlertDue, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Each_quality_alert_has_its_own_clock()
    {
        // Thu 21 Dec 2023 + 5 working days: Tue 2 Jan 2024, skipping 25 and 26 Dec 2023 and 1 Jan 2024.
        var duties = new ChildCase()
            .AlertRaised(D(2023, 12, 20), 61).AlertRaised(D(2023, 12, 21), 62).AlertResolved(D(2023, 12, 22), 61)
            .Evaluate(D(2024, 1, 2));

        var alerts = duties.Of(RuleIds.QualityAlertResponse);
        AssertMet(Assert.Single(alerts, d => d.Subjects.AlertId == 61), AlertDue, D(2023, 12, 22));
        AssertOpen(Assert.Single(alerts, d => d.Subjects.AlertId == 62), D(2024, 1, 2), D(2024, 1, 2));
    }
}
