using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_FIRST_REVIEW_3M and CP_REVIEW_6M: calendar-month clocks, clamped to the end of a shorter month.</summary>
public sealed class ReviewConferenceRuleTests
{
    private static readonly DateOnly PlanStart = D(2021, 8, 31);

    /// <summary>31 Aug 2021 + 3 months, clamped to the end of November.</summary>
    private static readonly DateOnly FirstDue = D(2021, 11, 30);

    [Fact]
    public void First_review_held_on_its_due_day_is_met()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Review(FirstDue).Evaluate(FirstDue);

        var duty = duties.Only(RuleIds.FirstReview3Months);
        AssertMet(duty, FirstDue, FirstDue);
        Assert.Equal("3 months after the conference that started the plan on 31 Aug 2021: due 30 Nov 2021", duty.Counting);
    }

    [Fact]
    public void First_review_held_the_day_after_is_late()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Review(D(2021, 12, 1)).Evaluate(D(2021, 12, 1));

        AssertLate(duties.Only(RuleIds.FirstReview3Months), FirstDue, D(2021, 12, 1));
    }

    [Theory]
    [InlineData(2021, 11, 30, DutyStatus.Due)]
    [InlineData(2021, 12, 1, DutyStatus.Overdue)]
    public void First_review_not_held_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().StartPlan(PlanStart).Evaluate(asOf).Only(RuleIds.FirstReview3Months);

        AssertOpen(duty, FirstDue, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Theory]
    [InlineData("2021-08-31", "2021-11-30")] // 31 Aug: November has 30 days
    [InlineData("2022-11-30", "2023-02-28")] // 30 Nov: February of a common year
    [InlineData("2023-11-30", "2024-02-29")] // 30 Nov: February of a leap year
    [InlineData("2023-11-29", "2024-02-29")]
    [InlineData("2022-11-28", "2023-02-28")]
    [InlineData("2022-12-31", "2023-03-31")] // no clamping needed
    [InlineData("2022-09-17", "2022-12-17")] // a due date on a Saturday stays a Saturday: months are calendar months
    public void First_review_is_due_three_calendar_months_after_the_plan_started_clamped_to_month_end(string start, string due)
    {
        var duty = new ChildCase().StartPlan(DateOnly.Parse(start)).Evaluate(DateOnly.Parse(start)).Only(RuleIds.FirstReview3Months);

        Assert.Equal(DateOnly.Parse(due), duty.Due);
    }

    [Theory]
    [InlineData("2023-05-31", "2023-08-31", "2024-02-29")] // 31 Aug + 6 months in a leap year
    [InlineData("2022-05-31", "2022-08-31", "2023-02-28")] // 31 Aug + 6 months in a common year
    [InlineData("2023-03-31", "2023-06-30", "2023-12-30")]
    public void Later_review_is_due_six_months_after_the_previous_review(string start, string firstReview, string due)
    {
        var held = DateOnly.Parse(firstReview);

        var duties = new ChildCase().StartPlan(DateOnly.Parse(start)).Review(held).Evaluate(held);

        AssertMet(duties.Only(RuleIds.FirstReview3Months), held, held);
        var later = duties.Only(RuleIds.Review6Months);
        Assert.Equal(DateOnly.Parse(due), later.Due);
        Assert.Equal(held, later.StartedOn);
    }

    [Theory]
    [InlineData(2024, 2, 29, DutyOutcome.Met)]
    [InlineData(2024, 3, 1, DutyOutcome.Late)]
    public void Later_review_held_on_or_after_its_due_day(int year, int month, int day, DutyOutcome expected)
    {
        var held = D(year, month, day);

        var duties = new ChildCase().StartPlan(D(2023, 5, 31)).Review(D(2023, 8, 31)).Review(held).Evaluate(held);

        var done = Assert.Single(duties.Of(RuleIds.Review6Months), d => d.Done is not null);
        Assert.Equal(expected, done.Outcome);
        Assert.Equal(D(2024, 2, 29), done.Due);
        Assert.Equal(held, done.Done);
    }

    [Theory]
    [InlineData(2024, 2, 29, DutyStatus.Due)]
    [InlineData(2024, 3, 1, DutyStatus.Overdue)]
    public void Later_review_not_held_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().StartPlan(D(2023, 5, 31)).Review(D(2023, 8, 31)).Evaluate(asOf).Only(RuleIds.Review6Months);

        AssertOpen(duty, D(2024, 2, 29), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Each_later_review_counts_from_the_review_actually_held()
    {
        // Held on 29 Feb 2024: six months later is 29 Aug 2024, not the end of August.
        var duties = new ChildCase().StartPlan(D(2023, 5, 31)).Review(D(2023, 8, 31)).Review(D(2024, 2, 29)).Evaluate(D(2024, 3, 1));

        AssertOpen(Assert.Single(duties.Of(RuleIds.Review6Months), d => d.Done is null), D(2024, 8, 29), D(2024, 3, 1));
    }

    [Fact]
    public void A_review_that_ends_the_plan_satisfies_the_review_duty()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Review(FirstDue, ConferenceOutcome.EndPlan).Evaluate(D(2022, 6, 1));

        AssertMet(duties.Only(RuleIds.FirstReview3Months), FirstDue, FirstDue);
        AssertNone(duties, RuleIds.Review6Months);
    }

    [Fact]
    public void A_later_review_that_ends_the_plan_satisfies_the_later_review_duty()
    {
        var duties = new ChildCase().StartPlan(D(2023, 5, 31)).Review(D(2023, 8, 31)).Review(D(2024, 2, 29), ConferenceOutcome.ChildInNeed)
            .Evaluate(D(2024, 12, 1));

        AssertMet(duties.Only(RuleIds.Review6Months), D(2024, 2, 29), D(2024, 2, 29));
    }

    [Theory]
    [InlineData(2021, 11, 29)]
    [InlineData(2021, 11, 30)]
    public void A_plan_ended_on_or_before_the_first_review_due_date_drops_it(int year, int month, int day)
    {
        var duties = new ChildCase().StartPlan(PlanStart).Closed(D(year, month, day)).Evaluate(D(2022, 6, 1));

        AssertNone(duties, RuleIds.FirstReview3Months);
    }

    [Fact]
    public void A_plan_ended_after_the_first_review_due_date_keeps_it_overdue()
    {
        var duties = new ChildCase().StartPlan(PlanStart).Closed(D(2021, 12, 1)).Evaluate(D(2022, 6, 1));

        var duty = duties.Only(RuleIds.FirstReview3Months);
        AssertOpen(duty, FirstDue, D(2022, 6, 1));
        Assert.Equal(DutyStatus.Overdue, duty.StatusOn(D(2022, 6, 1)));
    }

    [Fact]
    public void A_plan_ended_after_a_later_review_due_date_keeps_it_overdue_and_before_drops_it()
    {
        var kept = new ChildCase().StartPlan(D(2023, 5, 31)).Review(D(2023, 8, 31)).Closed(D(2024, 3, 1)).Evaluate(D(2024, 12, 1));
        var dropped = new ChildCase().StartPlan(D(2023, 5, 31)).Review(D(2023, 8, 31)).Closed(D(2024, 2, 29)).Evaluate(D(2024, 12, 1));

        AssertOpen(kept.Only(RuleIds.Review6Months), D(2024, 2, 29), D(2024, 12, 1));
        AssertNone(dropped, RuleIds.Review6Months);
    }

    [Fact]
    public void No_review_is_due_for_a_conference_that_did_not_start_a_plan()
    {
        var duties = new ChildCase().Conference(PlanStart, ConferenceKind.Initial, ConferenceOutcome.ChildInNeed).Evaluate(D(2022, 6, 1));

        AssertNone(duties, RuleIds.FirstReview3Months);
        AssertNone(duties, RuleIds.VisitInterval);
        AssertNone(duties, RuleIds.FirstCoreGroup10);
        AssertNone(duties, RuleIds.ManagementReview);
    }
}
