using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_ICPC_15WD: the initial conference within 15 working days of the strategy discussion that started the enquiry.</summary>
public sealed class InitialConferenceRuleTests
{
    private static readonly DateOnly Strategy = D(2021, 3, 24);

    /// <summary>24 Mar 2021 + 15 working days, skipping Good Friday (2 Apr) and Easter Monday (5 Apr).</summary>
    private static readonly DateOnly Due = D(2021, 4, 16);

    private static ChildCase EnquiryToConference() =>
        new ChildCase().Strategy(Strategy).EnquiryCompleted(D(2021, 4, 9), Section47Outcome.Conference);

    [Fact]
    public void Initial_conference_held_on_the_15th_working_day_is_met()
    {
        var duties = EnquiryToConference().StartPlan(Due).Evaluate(D(2021, 5, 1));

        AssertMet(duties.Only(RuleIds.InitialConference15), Due, Due);
    }

    [Fact]
    public void Initial_conference_held_the_day_after_is_late()
    {
        var duties = EnquiryToConference().StartPlan(D(2021, 4, 17)).Evaluate(D(2021, 5, 1));

        AssertLate(duties.Only(RuleIds.InitialConference15), Due, D(2021, 4, 17));
    }

    [Theory]
    [InlineData(2021, 4, 16, DutyStatus.Due)]
    [InlineData(2021, 4, 17, DutyStatus.Overdue)]
    [InlineData(2021, 4, 19, DutyStatus.Overdue)]
    public void Initial_conference_not_held_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = EnquiryToConference().Evaluate(asOf).Only(RuleIds.InitialConference15);

        AssertOpen(duty, Due, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Counting_names_the_strategy_discussion_and_the_Easter_bank_holidays_it_skipped()
    {
        var duty = EnquiryToConference().Evaluate(D(2021, 4, 9)).Only(RuleIds.InitialConference15);

        Assert.Equal(Strategy, duty.StartedOn);
        Assert.Equal("the strategy discussion", duty.StartedBy);
        Assert.Equal("15 working days after the strategy discussion on 24 Mar 2021, skipping 2 Apr and 5 Apr, bank holidays: due 16 Apr 2021", duty.Counting);
        Assert.Contains("2 Apr", duty.Counting, StringComparison.Ordinal);
        Assert.Contains("5 Apr", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void Counting_across_the_moved_VE_day_and_the_spring_bank_holiday_names_both()
    {
        // Fri 1 May 2020 + 15 working days: Fri 8 May (VE day, moved from Mon 4 May) and Mon 25 May are skipped.
        var duty = new ChildCase().Strategy(D(2020, 5, 1)).EnquiryCompleted(D(2020, 5, 12))
            .Evaluate(D(2020, 5, 12)).Only(RuleIds.InitialConference15);

        Assert.Equal(D(2020, 5, 26), duty.Due);
        Assert.Contains("skipping 8 May and 25 May, bank holidays", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void Counting_across_the_state_funeral_names_it()
    {
        // Mon 12 Sep 2022 + 15 working days, skipping Mon 19 Sep 2022.
        var duty = new ChildCase().Strategy(D(2022, 9, 12)).EnquiryCompleted(D(2022, 9, 20))
            .Evaluate(D(2022, 9, 20)).Only(RuleIds.InitialConference15);

        Assert.Equal(D(2022, 10, 4), duty.Due);
        Assert.Contains("skipping 19 Sep, bank holiday:", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_strategy_discussion_while_the_enquiry_is_open_does_not_restart_the_clock()
    {
        var duty = new ChildCase().Strategy(Strategy).Strategy(D(2021, 4, 1)).EnquiryCompleted(D(2021, 4, 9))
            .Evaluate(D(2021, 4, 9)).Only(RuleIds.InitialConference15);

        Assert.Equal(Due, duty.Due);
        Assert.Equal(Strategy, duty.StartedOn);
    }

    [Theory]
    [InlineData(Section47Outcome.ChildInNeed)]
    [InlineData(Section47Outcome.NoFurtherAction)]
    public void No_initial_conference_is_due_when_the_enquiry_concludes_otherwise(Section47Outcome outcome)
    {
        var duties = new ChildCase().Strategy(Strategy).EnquiryCompleted(D(2021, 4, 9), outcome).Evaluate(D(2021, 5, 1));

        AssertNone(duties, RuleIds.InitialConference15);
    }

    [Fact]
    public void No_initial_conference_is_due_while_the_enquiry_is_open()
    {
        var duties = new ChildCase().Strategy(Strategy).Evaluate(D(2021, 5, 1));

        AssertNone(duties, RuleIds.InitialConference15);
    }

    [Fact]
    public void Initial_conference_held_before_the_enquiry_was_recorded_as_completed_counts()
    {
        var duties = new ChildCase().Strategy(Strategy).StartPlan(D(2021, 4, 14)).EnquiryCompleted(D(2021, 4, 15))
            .Evaluate(D(2021, 5, 1));

        AssertMet(duties.Only(RuleIds.InitialConference15), Due, D(2021, 4, 14));
    }

    [Fact]
    public void A_later_enquiry_concluding_conference_gets_its_own_clock_after_an_earlier_conference_held_during_its_enquiry()
    {
        // First enquiry: strategy Mon 11 Jan 2021, initial conference held on 25 Jan 2021 while the enquiry was still
        // open (deciding no plan), enquiry recorded as completed ("conference") on 26 Jan 2021. Second enquiry: strategy
        // 24 Mar 2021, completed ("conference") on 9 Apr 2021 with no conference yet: its ICPC is due 16 Apr 2021.
        var duties = new ChildCase()
            .Strategy(D(2021, 1, 11)).Conference(D(2021, 1, 25), ConferenceKind.Initial, ConferenceOutcome.ChildInNeed)
            .EnquiryCompleted(D(2021, 1, 26))
            .Strategy(Strategy).EnquiryCompleted(D(2021, 4, 9))
            .Evaluate(D(2021, 4, 19));

        var icpcs = duties.Of(RuleIds.InitialConference15);
        AssertMet(Assert.Single(icpcs, d => d.StartedOn == D(2021, 1, 11)), D(2021, 2, 1), D(2021, 1, 25));
        var second = Assert.Single(icpcs, d => d.StartedOn == Strategy);
        AssertOpen(second, Due, D(2021, 4, 19));
        Assert.Equal(DutyStatus.Overdue, second.StatusOn(D(2021, 4, 19)));
    }

    [Fact]
    public void A_later_enquiry_concluding_conference_gets_its_own_clock_after_an_earlier_conference_held_after_its_enquiry()
    {
        var duties = new ChildCase()
            .Strategy(D(2021, 1, 11)).EnquiryCompleted(D(2021, 1, 22))
            .Conference(D(2021, 1, 25), ConferenceKind.Initial, ConferenceOutcome.ChildInNeed)
            .Strategy(Strategy).EnquiryCompleted(D(2021, 4, 9))
            .Evaluate(D(2021, 4, 19));

        var icpcs = duties.Of(RuleIds.InitialConference15);
        AssertMet(Assert.Single(icpcs, d => d.StartedOn == D(2021, 1, 11)), D(2021, 2, 1), D(2021, 1, 25));
        AssertOpen(Assert.Single(icpcs, d => d.StartedOn == Strategy), Due, D(2021, 4, 19));
    }

    [Fact]
    public void A_new_enquiry_after_an_earlier_one_closed_starts_its_own_clock()
    {
        var duty = new ChildCase()
            .Strategy(D(2021, 1, 11)).EnquiryCompleted(D(2021, 1, 29), Section47Outcome.ChildInNeed)
            .Strategy(Strategy).EnquiryCompleted(D(2021, 4, 9))
            .Evaluate(D(2021, 4, 9)).Only(RuleIds.InitialConference15);

        Assert.Equal(Strategy, duty.StartedOn);
        Assert.Equal(Due, duty.Due);
    }
}
