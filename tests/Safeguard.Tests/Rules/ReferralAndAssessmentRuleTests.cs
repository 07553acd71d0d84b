using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_REFERRAL_DECISION (1 working day) and CP_ASSESSMENT_45WD (45 working days from the referral).</summary>
public sealed class ReferralAndAssessmentRuleTests
{
    [Fact]
    public void Referral_decision_made_on_the_due_day_after_the_Christmas_substitute_days_is_met()
    {
        // Fri 23 Dec 2022; Mon 26 and Tue 27 Dec are bank holidays.
        var duties = new ChildCase().Referral(D(2022, 12, 23)).ReferralDecided(D(2022, 12, 28)).Evaluate(D(2023, 1, 31));

        AssertMet(duties.Only(RuleIds.ReferralDecision), due: D(2022, 12, 28), done: D(2022, 12, 28));
    }

    [Fact]
    public void Referral_decision_made_the_day_after_it_was_due_is_late()
    {
        var duties = new ChildCase().Referral(D(2022, 12, 23)).ReferralDecided(D(2022, 12, 29)).Evaluate(D(2023, 1, 31));

        AssertLate(duties.Only(RuleIds.ReferralDecision), due: D(2022, 12, 28), done: D(2022, 12, 29));
    }

    [Theory]
    [InlineData(2022, 12, 28, DutyStatus.Due)]
    [InlineData(2022, 12, 29, DutyStatus.Overdue)]
    public void Referral_decision_not_made_is_due_on_its_due_day_and_overdue_the_day_after(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().Referral(D(2022, 12, 23)).Evaluate(asOf).Only(RuleIds.ReferralDecision);

        AssertOpen(duty, D(2022, 12, 28), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Theory]
    [InlineData("2022-09-16", "2022-09-20")] // Fri before the state funeral, Mon 19 Sep 2022
    [InlineData("2021-04-03", "2021-04-06")] // a Saturday is day 0; Mon 5 Apr 2021 is Easter Monday
    [InlineData("2020-05-07", "2020-05-11")] // Fri 8 May 2020 is the moved VE day holiday
    [InlineData("2020-05-01", "2020-05-04")] // Mon 4 May 2020 was a working day (its holiday moved to 8 May)
    [InlineData("2019-12-24", "2019-12-27")] // Christmas Day and Boxing Day on weekdays
    public void Referral_decision_due_date_skips_weekends_and_bank_holidays(string referral, string due)
    {
        var duty = new ChildCase().Referral(DateOnly.Parse(referral)).Evaluate(DateOnly.Parse(referral)).Only(RuleIds.ReferralDecision);

        Assert.Equal(DateOnly.Parse(due), duty.Due);
        Assert.Equal(DateOnly.Parse(referral), duty.StartedOn);
    }

    [Fact]
    public void Assessment_completed_on_the_45th_working_day_after_the_referral_is_met()
    {
        // 24 Mar 2021 + 45 working days, skipping Easter (2, 5 Apr) and the May bank holidays (3, 31 May).
        var duties = new ChildCase()
            .Referral(D(2021, 3, 24)).ReferralDecided(D(2021, 3, 25))
            .AssessmentCompleted(D(2021, 6, 1))
            .Evaluate(D(2021, 7, 1));

        AssertMet(duties.Only(RuleIds.Assessment45), due: D(2021, 6, 1), done: D(2021, 6, 1));
    }

    [Fact]
    public void Assessment_completed_the_day_after_is_late()
    {
        var duties = new ChildCase()
            .Referral(D(2021, 3, 24)).ReferralDecided(D(2021, 3, 25))
            .AssessmentCompleted(D(2021, 6, 2))
            .Evaluate(D(2021, 7, 1));

        AssertLate(duties.Only(RuleIds.Assessment45), due: D(2021, 6, 1), done: D(2021, 6, 2));
    }

    [Theory]
    [InlineData(2021, 6, 1, DutyStatus.Due)]
    [InlineData(2021, 6, 2, DutyStatus.Overdue)]
    public void Assessment_not_completed_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().Referral(D(2021, 3, 24)).ReferralDecided(D(2021, 3, 25)).Evaluate(asOf).Only(RuleIds.Assessment45);

        AssertOpen(duty, D(2021, 6, 1), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Assessment_counts_from_the_referral_not_from_a_late_decision()
    {
        var duties = new ChildCase().Referral(D(2021, 3, 24)).ReferralDecided(D(2021, 3, 31)).Evaluate(D(2021, 4, 1));

        Assert.Equal(D(2021, 6, 1), duties.Only(RuleIds.Assessment45).Due);
        AssertLate(duties.Only(RuleIds.ReferralDecision), due: D(2021, 3, 25), done: D(2021, 3, 31));
    }

    [Fact]
    public void Assessment_for_a_referral_decided_strategy_discussion_is_satisfied_by_completing_the_section_47_enquiry()
    {
        var duties = new ChildCase()
            .Referral(D(2021, 3, 24)).ReferralDecided(D(2021, 3, 25), ReferralDecision.StrategyDiscussion)
            .Strategy(D(2021, 3, 26)).Seen(D(2021, 3, 29), SeenPurpose.Section47)
            .Consulted(D(2021, 3, 29), ChildCase.Mother).Consulted(D(2021, 3, 29), ChildCase.Father)
            .EnquiryCompleted(D(2021, 6, 1), Section47Outcome.ChildInNeed)
            .Evaluate(D(2021, 7, 1));

        AssertMet(duties.Only(RuleIds.Assessment45), due: D(2021, 6, 1), done: D(2021, 6, 1));
    }

    [Fact]
    public void Assessment_satisfied_by_a_section_47_enquiry_completed_the_day_after_is_late()
    {
        var duties = new ChildCase()
            .Referral(D(2021, 3, 24)).ReferralDecided(D(2021, 3, 25), ReferralDecision.StrategyDiscussion)
            .Strategy(D(2021, 3, 26))
            .EnquiryCompleted(D(2021, 6, 2), Section47Outcome.ChildInNeed)
            .Evaluate(D(2021, 7, 1));

        AssertLate(duties.Only(RuleIds.Assessment45), due: D(2021, 6, 1), done: D(2021, 6, 2));
    }

    [Theory]
    [InlineData(ReferralDecision.NoFurtherAction)]
    [InlineData(ReferralDecision.EarlyHelp)]
    public void No_assessment_is_due_for_a_referral_decided_otherwise(ReferralDecision decision)
    {
        var duties = new ChildCase().Referral(D(2021, 3, 24)).ReferralDecided(D(2021, 3, 25), decision).Evaluate(D(2021, 7, 1));

        AssertNone(duties, RuleIds.Assessment45);
        AssertMet(duties.Only(RuleIds.ReferralDecision), due: D(2021, 3, 25), done: D(2021, 3, 25));
    }

    [Fact]
    public void No_assessment_is_due_while_the_referral_is_undecided()
    {
        var duties = new ChildCase().Referral(D(2021, 3, 24)).Evaluate(D(2021, 7, 1));

        AssertNone(duties, RuleIds.Assessment45);
    }
}
