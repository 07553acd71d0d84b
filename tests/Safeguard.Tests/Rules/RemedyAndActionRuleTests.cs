using Safeguard.Complaints;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CX_REMEDY_CONSIDERED, CX_ACTION_SMART, CX_ACTION_OVERDUE and CX_REMEDY_OVERDUE.</summary>
public sealed class RemedyAndActionRuleTests
{
    private static readonly DateOnly Adjudication = D(2021, 4, 30);

    private static ComplaintCase UpheldAtStage2(PointOutcome outcome = PointOutcome.Upheld) =>
        new ComplaintCase().StatementAgreed(D(2021, 3, 24)).Adjudication(Adjudication, outcome, PointOutcome.NotUpheld);

    [Fact]
    public void A_remedy_agreed_on_the_day_of_an_upholding_adjudication_counts()
    {
        var duties = UpheldAtStage2().RemedyAgreed(Adjudication, 81, D(2021, 6, 1)).Evaluate(D(2021, 5, 3));

        AssertNone(duties, RuleIds.RemedyConsidered);
    }

    [Fact]
    public void A_remedy_agreed_the_day_after_the_adjudication_leaves_the_remedy_decision_missing()
    {
        var duties = UpheldAtStage2().RemedyAgreed(D(2021, 5, 1), 81, D(2021, 6, 1)).Evaluate(D(2021, 5, 3));

        var duty = duties.Only(RuleIds.RemedyConsidered);
        AssertMissing(duty);
        Assert.Equal(ComplaintCase.ComplaintId, duty.Subjects.ComplaintId);
        Assert.Equal(Adjudication, duty.StartedOn);
        Assert.Equal("the stage 2 adjudication", duty.StartedBy);
    }

    [Fact]
    public void A_remedy_declined_with_reasons_on_the_day_counts()
    {
        var duties = UpheldAtStage2().RemedyDeclined(Adjudication).Evaluate(D(2021, 5, 3));

        AssertNone(duties, RuleIds.RemedyConsidered);
    }

    [Fact]
    public void A_partly_upheld_point_needs_a_remedy_decision_too()
    {
        var duties = UpheldAtStage2(PointOutcome.PartlyUpheld).Evaluate(Adjudication);

        AssertMissing(duties.Only(RuleIds.RemedyConsidered));
    }

    [Theory]
    [InlineData(PointOutcome.NotUpheld)]
    [InlineData(PointOutcome.Excluded)]
    public void No_remedy_decision_is_needed_when_nothing_is_upheld(PointOutcome outcome)
    {
        var duties = UpheldAtStage2(outcome).Evaluate(D(2021, 5, 3));

        AssertNone(duties, RuleIds.RemedyConsidered);
    }

    [Fact]
    public void A_stage_3_panel_report_upholding_a_point_needs_a_remedy_decision()
    {
        var duties = new ComplaintCase().PanelHeld(D(2022, 4, 1)).PanelReport(D(2022, 4, 8), PointOutcome.NotUpheld, PointOutcome.PartlyUpheld)
            .Evaluate(D(2022, 4, 11));

        var duty = duties.Only(RuleIds.RemedyConsidered);
        AssertMissing(duty);
        Assert.Equal(D(2022, 4, 8), duty.StartedOn);
        Assert.Equal("the stage 3 panel report", duty.StartedBy);
    }

    [Fact]
    public void A_stage_1_response_upholding_a_point_needs_no_remedy_decision()
    {
        var duties = new ComplaintCase().Received(D(2021, 3, 24)).Stage1Response(D(2021, 4, 1), PointOutcome.Upheld).Evaluate(D(2021, 5, 3));

        AssertNone(duties, RuleIds.RemedyConsidered);
    }

    [Fact]
    public void An_action_with_owner_due_date_and_measure_is_smart()
    {
        var duties = new ComplaintCase().Action(D(2022, 5, 20), 71, D(2022, 6, 6)).Evaluate(D(2022, 5, 20));

        AssertNone(duties, RuleIds.ActionSmart);
    }

    [Fact]
    public void An_action_with_no_owner_due_date_or_measure_is_one_breach_naming_all_three()
    {
        var duties = new ComplaintCase().Action(D(2022, 5, 20), 71, due: null, owner: null, measure: null).Evaluate(D(2022, 5, 20));

        var duty = duties.Only(RuleIds.ActionSmart);
        AssertBreach(duty);
        Assert.Equal(71, duty.Subjects.ActionId);
        Assert.Equal(ComplaintCase.ComplaintId, duty.Subjects.ComplaintId);
        Assert.Equal(new[] { "owner", "due", "measure" }, duty.MissingParts);
        Assert.Equal("The action agreed on 20 May 2022 has no owner, no due date, no measure of done.", duty.Detail);
    }

    [Fact]
    public void An_owner_written_as_a_role_counts_as_an_owner()
    {
        var duties = new ComplaintCase().Action(D(2022, 5, 20), 71, D(2022, 6, 6), owner: null, ownerDescription: "Team manager", measure: " ")
            .Evaluate(D(2022, 5, 20));

        Assert.Equal(new[] { "measure" }, duties.Only(RuleIds.ActionSmart).MissingParts);
    }

    [Fact]
    public void An_action_without_a_due_date_lists_only_that_part()
    {
        var duties = new ComplaintCase().Action(D(2022, 5, 20), 71, due: null).Evaluate(D(2022, 5, 20));

        Assert.Equal(new[] { "due" }, duties.Only(RuleIds.ActionSmart).MissingParts);
        AssertNone(duties, RuleIds.ActionOverdue);
    }

    [Fact]
    public void Each_action_that_is_not_smart_is_its_own_breach()
    {
        var duties = new ComplaintCase()
            .Action(D(2022, 5, 20), 71, due: null).Action(D(2022, 5, 20), 72, D(2022, 6, 6), measure: null)
            .Evaluate(D(2022, 5, 20));

        Assert.Equal(new long[] { 71, 72 }, duties.Of(RuleIds.ActionSmart).Select(d => d.Subjects.ActionId!.Value).Order());
    }

    [Theory]
    [InlineData(2022, 6, 6, DutyOutcome.Met)]
    [InlineData(2022, 6, 7, DutyOutcome.Late)]
    public void An_action_is_due_on_its_own_due_date(int year, int month, int day, DutyOutcome expected)
    {
        var completed = D(year, month, day);

        var duty = ComplaintCase.Standalone().Action(D(2022, 5, 20), 71, D(2022, 6, 6)).ActionCompleted(completed, 71)
            .Evaluate(completed).Only(RuleIds.ActionOverdue);

        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2022, 6, 6), duty.Due);
        Assert.Equal(completed, duty.Done);
        Assert.Equal(71, duty.Subjects.ActionId);
        Assert.Null(duty.Subjects.ComplaintId);
    }

    [Theory]
    [InlineData(2022, 6, 6, DutyStatus.Due)]
    [InlineData(2022, 6, 7, DutyStatus.Overdue)]
    public void An_action_not_completed_is_overdue_only_after_its_due_date(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ComplaintCase().Action(D(2022, 5, 20), 71, D(2022, 6, 6)).Evaluate(asOf).Only(RuleIds.ActionOverdue);

        AssertOpen(duty, D(2022, 6, 6), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
        Assert.Equal(ComplaintCase.ComplaintId, duty.Subjects.ComplaintId);
    }

    [Theory]
    [InlineData(2021, 6, 1, DutyOutcome.Met)]
    [InlineData(2021, 6, 2, DutyOutcome.Late)]
    public void A_remedy_is_due_on_its_agreed_date(int year, int month, int day, DutyOutcome expected)
    {
        var delivered = D(year, month, day);

        var duty = UpheldAtStage2().RemedyAgreed(Adjudication, 81, D(2021, 6, 1)).RemedyDelivered(delivered, 81)
            .Evaluate(delivered).Only(RuleIds.RemedyOverdue);

        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2021, 6, 1), duty.Due);
        Assert.Equal(delivered, duty.Done);
        Assert.Equal(81, duty.Subjects.RemedyId);
    }

    [Theory]
    [InlineData(2021, 6, 1, DutyStatus.Due)]
    [InlineData(2021, 6, 2, DutyStatus.Overdue)]
    public void A_remedy_not_delivered_is_overdue_only_after_its_due_date(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = UpheldAtStage2().RemedyAgreed(Adjudication, 81, D(2021, 6, 1)).Evaluate(asOf).Only(RuleIds.RemedyOverdue);

        AssertOpen(duty, D(2021, 6, 1), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void A_deadline_given_in_words_is_shown_with_the_due_date_it_came_to()
    {
        var duties = ComplaintCase.Standalone().With(new ActionAgreed
        {
            On = D(2021, 3, 1),
            ActionId = 7,
            Text = "Apologise to Mr Q",
            OwnerPersonId = 41,
            Due = D(2021, 4, 1),
            Measure = "Letter sent",
            DueBasis = "within one month of the Ombudsman's decision of 1 Mar 2021",
        }).Evaluate(D(2021, 3, 2));

        var action = duties.Only(RuleIds.ActionOverdue);
        Assert.Equal(D(2021, 4, 1), action.Due);
        Assert.Equal("within one month of the Ombudsman's decision of 1 Mar 2021: due 1 Apr 2021", action.Counting);
    }
}
