using Safeguard.Complaints;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>
/// The statutory complaint clocks: CX_ACKNOWLEDGE, CX_STAGE1_RESPONSE (with extension, deferral and resumption),
/// CX_STAGE2_START, CX_STAGE2_RESPONSE (with extension), CX_STAGE3_PANEL, CX_STAGE3_REPORT, CX_STAGE3_RESPONSE,
/// CX_STAGE3_REFUSED, CX_DECISION_NOTICE, and closure ending the clocks.
/// </summary>
public sealed class ComplaintStageRuleTests
{
    /// <summary>Mon 12 Sep 2022; the state funeral on Mon 19 Sep 2022 is not a working day.</summary>
    private static readonly DateOnly Received = D(2022, 9, 12);

    /// <summary>The 10th working day after <see cref="Received"/>.</summary>
    private static readonly DateOnly Stage1Due = D(2022, 9, 27);

    /// <summary>The 20th working day after <see cref="Received"/>.</summary>
    private static readonly DateOnly Stage1ExtendedDue = D(2022, 10, 11);

    private static ComplaintCase Complaint() => new ComplaintCase().Received(Received).Acknowledged(Received);

    [Fact]
    public void Acknowledgement_on_the_3rd_working_day_after_Christmas_is_met()
    {
        // Wed 20 Dec 2023 + 3 working days, skipping Christmas Day and Boxing Day: Wed 27 Dec 2023.
        var duty = new ComplaintCase().Received(D(2023, 12, 20)).Acknowledged(D(2023, 12, 27)).Evaluate(D(2023, 12, 27)).Only(RuleIds.Acknowledge);

        AssertMet(duty, D(2023, 12, 27), D(2023, 12, 27));
        Assert.Equal(ComplaintCase.ComplaintId, duty.Subjects.ComplaintId);
    }

    [Fact]
    public void Acknowledgement_the_day_after_is_late()
    {
        var duty = new ComplaintCase().Received(D(2023, 12, 20)).Acknowledged(D(2023, 12, 28)).Evaluate(D(2023, 12, 28)).Only(RuleIds.Acknowledge);

        AssertLate(duty, D(2023, 12, 27), D(2023, 12, 28));
    }

    [Theory]
    [InlineData(2023, 12, 27, DutyStatus.Due)]
    [InlineData(2023, 12, 28, DutyStatus.Overdue)]
    public void Acknowledgement_not_sent_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ComplaintCase().Received(D(2023, 12, 20)).Evaluate(asOf).Only(RuleIds.Acknowledge);

        AssertOpen(duty, D(2023, 12, 27), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Closing_a_complaint_does_not_end_the_acknowledgement_clock()
    {
        var duties = new ComplaintCase().Received(D(2023, 12, 20)).Closed(D(2023, 12, 21), informed: true).Evaluate(D(2023, 12, 28));

        var duty = duties.Only(RuleIds.Acknowledge);
        AssertOpen(duty, D(2023, 12, 27), D(2023, 12, 28));
        Assert.Equal(DutyStatus.Overdue, duty.StatusOn(D(2023, 12, 28)));
    }

    [Fact]
    public void Stage_1_response_on_the_10th_working_day_is_met()
    {
        var duty = Complaint().Stage1Response(Stage1Due).Evaluate(Stage1Due).Only(RuleIds.Stage1Response);

        AssertMet(duty, Stage1Due, Stage1Due);
        Assert.Contains("skipping 19 Sep, bank holiday", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_1_response_the_day_after_is_late()
    {
        var duty = Complaint().Stage1Response(D(2022, 9, 28)).Evaluate(D(2022, 9, 28)).Only(RuleIds.Stage1Response);

        AssertLate(duty, Stage1Due, D(2022, 9, 28));
    }

    [Theory]
    [InlineData(2022, 9, 27, DutyStatus.Due)]
    [InlineData(2022, 9, 28, DutyStatus.Overdue)]
    public void Stage_1_response_not_sent_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = Complaint().Evaluate(asOf).Only(RuleIds.Stage1Response);

        AssertOpen(duty, Stage1Due, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Stage_1_extension_recorded_on_the_10th_working_day_makes_it_20()
    {
        var duty = Complaint().Stage1Extended(Stage1Due).Stage1Response(Stage1ExtendedDue).Evaluate(Stage1ExtendedDue).Only(RuleIds.Stage1Response);

        AssertMet(duty, Stage1ExtendedDue, Stage1ExtendedDue);
        Assert.Equal(Received, duty.StartedOn);
    }

    [Fact]
    public void Stage_1_extension_recorded_early_counts_20_from_the_complaint_not_from_the_extension()
    {
        var duty = Complaint().Stage1Extended(D(2022, 9, 13)).Evaluate(D(2022, 9, 13)).Only(RuleIds.Stage1Response);

        AssertOpen(duty, Stage1ExtendedDue, D(2022, 9, 13));
    }

    [Fact]
    public void Stage_1_extension_recorded_on_the_11th_working_day_has_no_effect()
    {
        var duty = Complaint().Stage1Extended(D(2022, 9, 28)).Stage1Response(Stage1ExtendedDue).Evaluate(Stage1ExtendedDue).Only(RuleIds.Stage1Response);

        AssertLate(duty, Stage1Due, Stage1ExtendedDue);
    }

    [Fact]
    public void Deferral_stops_the_stage_1_clock_and_resumption_restarts_it_in_full()
    {
        // Resumed Wed 21 Dec 2022: 10 working days, skipping 26 and 27 Dec 2022 and 2 Jan 2023, is Mon 9 Jan 2023.
        var duties = Complaint().Deferred(D(2022, 9, 14)).Resumed(D(2022, 12, 21)).Stage1Response(D(2023, 1, 9)).Evaluate(D(2023, 1, 9));

        var duty = duties.Only(RuleIds.Stage1Response);
        AssertMet(duty, D(2023, 1, 9), D(2023, 1, 9));
        Assert.Equal(D(2022, 12, 21), duty.StartedOn);
    }

    [Fact]
    public void After_resumption_a_response_the_day_after_the_new_due_date_is_late()
    {
        var duties = Complaint().Deferred(D(2022, 9, 14)).Resumed(D(2022, 12, 21)).Stage1Response(D(2023, 1, 10)).Evaluate(D(2023, 1, 10));

        AssertLate(duties.Only(RuleIds.Stage1Response), D(2023, 1, 9), D(2023, 1, 10));
    }

    [Fact]
    public void While_deferred_there_is_no_stage_1_clock()
    {
        var duties = Complaint().Deferred(D(2022, 9, 14)).Evaluate(D(2022, 12, 1));

        AssertNone(duties, RuleIds.Stage1Response);
    }

    [Fact]
    public void Deferral_on_the_due_day_drops_the_clock_but_a_deferral_after_it_leaves_it_overdue()
    {
        var onDue = Complaint().Deferred(Stage1Due).Evaluate(D(2022, 12, 1));
        var after = Complaint().Deferred(D(2022, 9, 28)).Evaluate(D(2022, 12, 1));

        AssertNone(onDue, RuleIds.Stage1Response);
        AssertOpen(after.Only(RuleIds.Stage1Response), Stage1Due, D(2022, 12, 1));
    }

    [Fact]
    public void Extension_after_resumption_counts_20_from_the_resumption()
    {
        // The 10th working day after resuming on 21 Dec 2022 is 9 Jan 2023; the 20th is Mon 23 Jan 2023.
        var onTenth = Complaint().Deferred(D(2022, 9, 14)).Resumed(D(2022, 12, 21)).Stage1Extended(D(2023, 1, 9)).Evaluate(D(2023, 1, 9));
        var onEleventh = Complaint().Deferred(D(2022, 9, 14)).Resumed(D(2022, 12, 21)).Stage1Extended(D(2023, 1, 10)).Evaluate(D(2023, 1, 10));

        AssertOpen(onTenth.Only(RuleIds.Stage1Response), D(2023, 1, 23), D(2023, 1, 9));
        AssertOpen(onEleventh.Only(RuleIds.Stage1Response), D(2023, 1, 9), D(2023, 1, 10));
    }

    [Fact]
    public void An_extension_before_a_deferral_does_not_carry_over_to_the_resumed_clock()
    {
        var duty = Complaint().Stage1Extended(D(2022, 9, 13)).Deferred(D(2022, 9, 14)).Resumed(D(2022, 12, 21))
            .Evaluate(D(2022, 12, 21)).Only(RuleIds.Stage1Response);

        AssertOpen(duty, D(2023, 1, 9), D(2022, 12, 21));
    }

    [Fact]
    public void Resuming_a_complaint_deferred_after_its_stage_1_response_starts_no_new_stage_1_clock()
    {
        // Stage 1 answered on 20 Sep 2022; deferred during stage 2 and resumed on 21 Dec 2022. The stage 1 duty is done:
        // only a running stage 1 clock stops and restarts.
        var duties = Complaint().Stage1Response(D(2022, 9, 20)).Stage2Requested(D(2022, 9, 21)).StatementAgreed(D(2022, 9, 22))
            .Deferred(D(2022, 9, 23)).Resumed(D(2022, 12, 21))
            .Evaluate(D(2023, 2, 1));

        AssertMet(duties.Only(RuleIds.Stage1Response), Stage1Due, D(2022, 9, 20));
    }

    [Theory]
    [InlineData(2022, 9, 26)]
    [InlineData(2022, 9, 27)]
    public void Closing_before_or_on_the_stage_1_due_day_drops_the_clock(int year, int month, int day)
    {
        var duties = Complaint().Closed(D(year, month, day), informed: true).Evaluate(D(2022, 12, 1));

        AssertNone(duties, RuleIds.Stage1Response);
    }

    [Fact]
    public void Closing_after_the_stage_1_due_day_leaves_it_overdue()
    {
        var duty = Complaint().Closed(D(2022, 9, 28), informed: true).Evaluate(D(2022, 12, 1)).Only(RuleIds.Stage1Response);

        AssertOpen(duty, Stage1Due, D(2022, 12, 1));
        Assert.Equal(DutyStatus.Overdue, duty.StatusOn(D(2022, 12, 1)));
    }

    [Theory]
    [InlineData(2021, 4, 9, DutyOutcome.Met)]
    [InlineData(2021, 4, 10, DutyOutcome.Late)]
    public void Stage_2_statement_agreed_by_the_10th_working_day_after_the_request(int year, int month, int day, DutyOutcome expected)
    {
        // Wed 24 Mar 2021 + 10 working days, skipping Good Friday and Easter Monday: Fri 9 Apr 2021.
        var agreed = D(year, month, day);

        var duty = new ComplaintCase().Stage2Requested(D(2021, 3, 24)).StatementAgreed(agreed).Evaluate(agreed).Only(RuleIds.Stage2Start);

        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2021, 4, 9), duty.Due);
        Assert.Equal(agreed, duty.Done);
    }

    [Theory]
    [InlineData(2021, 4, 9, DutyStatus.Due)]
    [InlineData(2021, 4, 10, DutyStatus.Overdue)]
    public void Stage_2_statement_not_agreed_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ComplaintCase().Stage2Requested(D(2021, 3, 24)).Evaluate(asOf).Only(RuleIds.Stage2Start);

        AssertOpen(duty, D(2021, 4, 9), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Theory]
    [InlineData(2021, 4, 30, DutyOutcome.Met)]
    [InlineData(2021, 5, 1, DutyOutcome.Late)]
    public void Stage_2_adjudication_is_due_25_working_days_after_the_statement(int year, int month, int day, DutyOutcome expected)
    {
        // Wed 24 Mar 2021 + 25 working days, skipping Easter: Fri 30 Apr 2021.
        var sent = D(year, month, day);

        var duty = new ComplaintCase().StatementAgreed(D(2021, 3, 24)).Adjudication(sent).Evaluate(sent).Only(RuleIds.Stage2Response);

        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2021, 4, 30), duty.Due);
        Assert.Equal(sent, duty.Done);
    }

    [Theory]
    [InlineData(2021, 4, 30, DutyStatus.Due)]
    [InlineData(2021, 5, 1, DutyStatus.Overdue)]
    public void Stage_2_adjudication_not_sent_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ComplaintCase().StatementAgreed(D(2021, 3, 24)).Evaluate(asOf).Only(RuleIds.Stage2Response);

        AssertOpen(duty, D(2021, 4, 30), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Stage_2_extension_recorded_on_the_25th_working_day_makes_it_65()
    {
        // Wed 24 Mar 2021 + 65 working days: Tue 29 Jun 2021.
        var duty = new ComplaintCase().StatementAgreed(D(2021, 3, 24)).Stage2Extended(D(2021, 4, 30)).Adjudication(D(2021, 6, 29))
            .Evaluate(D(2021, 6, 29)).Only(RuleIds.Stage2Response);

        AssertMet(duty, D(2021, 6, 29), D(2021, 6, 29));
        Assert.Equal(D(2021, 3, 24), duty.StartedOn);
    }

    [Fact]
    public void Stage_2_extended_adjudication_the_day_after_65_is_late()
    {
        var duty = new ComplaintCase().StatementAgreed(D(2021, 3, 24)).Stage2Extended(D(2021, 4, 30)).Adjudication(D(2021, 6, 30))
            .Evaluate(D(2021, 6, 30)).Only(RuleIds.Stage2Response);

        AssertLate(duty, D(2021, 6, 29), D(2021, 6, 30));
    }

    [Fact]
    public void Stage_2_extension_recorded_on_the_26th_working_day_has_no_effect()
    {
        // The 26th working day is Tue 4 May 2021 (Mon 3 May is the early May bank holiday).
        var duty = new ComplaintCase().StatementAgreed(D(2021, 3, 24)).Stage2Extended(D(2021, 5, 4))
            .Evaluate(D(2021, 5, 4)).Only(RuleIds.Stage2Response);

        AssertOpen(duty, D(2021, 4, 30), D(2021, 5, 4));
        Assert.Equal(DutyStatus.Overdue, duty.StatusOn(D(2021, 5, 4)));
    }

    [Theory]
    [InlineData(2020, 6, 16, DutyOutcome.Met)]
    [InlineData(2020, 6, 17, DutyOutcome.Late)]
    public void Stage_3_panel_is_due_30_working_days_after_the_request(int year, int month, int day, DutyOutcome expected)
    {
        // Fri 1 May 2020 + 30 working days, skipping the moved VE day (8 May) and 25 May: Tue 16 Jun 2020.
        var held = D(year, month, day);

        var duty = new ComplaintCase().Stage3Requested(D(2020, 5, 1)).PanelHeld(held).Evaluate(held).Only(RuleIds.Stage3Panel);

        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2020, 6, 16), duty.Due);
        Assert.Equal(held, duty.Done);
    }

    [Theory]
    [InlineData(2020, 6, 16, DutyStatus.Due)]
    [InlineData(2020, 6, 17, DutyStatus.Overdue)]
    public void Stage_3_panel_not_held_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ComplaintCase().Stage3Requested(D(2020, 5, 1)).Evaluate(asOf).Only(RuleIds.Stage3Panel);

        AssertOpen(duty, D(2020, 6, 16), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Theory]
    [InlineData(2022, 12, 30, DutyOutcome.Met)]
    [InlineData(2022, 12, 31, DutyOutcome.Late)]
    public void Stage_3_report_is_due_5_working_days_after_the_panel(int year, int month, int day, DutyOutcome expected)
    {
        // Wed 21 Dec 2022 + 5 working days, skipping 26 and 27 Dec 2022: Fri 30 Dec 2022.
        var issued = D(year, month, day);

        var duty = new ComplaintCase().PanelHeld(D(2022, 12, 21)).PanelReport(issued).Evaluate(issued).Only(RuleIds.Stage3Report);

        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2022, 12, 30), duty.Due);
        Assert.Equal(issued, duty.Done);
    }

    [Theory]
    [InlineData(2022, 12, 30, DutyStatus.Due)]
    [InlineData(2022, 12, 31, DutyStatus.Overdue)]
    public void Stage_3_report_not_issued_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ComplaintCase().PanelHeld(D(2022, 12, 21)).Evaluate(asOf).Only(RuleIds.Stage3Report);

        AssertOpen(duty, D(2022, 12, 30), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Theory]
    [InlineData(2022, 5, 4, DutyOutcome.Met)]
    [InlineData(2022, 5, 5, DutyOutcome.Late)]
    public void Stage_3_response_is_due_15_working_days_after_the_panel_report(int year, int month, int day, DutyOutcome expected)
    {
        // Fri 8 Apr 2022 + 15 working days, skipping 15 and 18 Apr and 2 May 2022: Wed 4 May 2022.
        var sent = D(year, month, day);

        var duty = new ComplaintCase().PanelReport(D(2022, 4, 8)).Stage3Response(sent).Evaluate(sent).Only(RuleIds.Stage3Response);

        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2022, 5, 4), duty.Due);
        Assert.Equal(sent, duty.Done);
    }

    [Theory]
    [InlineData(2022, 5, 4, DutyStatus.Due)]
    [InlineData(2022, 5, 5, DutyStatus.Overdue)]
    public void Stage_3_response_not_sent_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ComplaintCase().PanelReport(D(2022, 4, 8)).Evaluate(asOf).Only(RuleIds.Stage3Response);

        AssertOpen(duty, D(2022, 5, 4), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Declining_stage_3_with_exceptional_circumstances_and_the_complainants_agreement_is_allowed()
    {
        var duties = new ComplaintCase().Stage3Requested(D(2020, 5, 1)).Stage3Declined(D(2020, 5, 5), exceptional: true, agreed: true).Evaluate(D(2020, 7, 1));

        AssertNone(duties, RuleIds.Stage3Refused);
        AssertNone(duties, RuleIds.Stage3Panel);
    }

    [Theory]
    [InlineData(true, false, "the complainant did not agree")]
    [InlineData(false, true, "no exceptional circumstances were recorded")]
    [InlineData(false, false, "no exceptional circumstances were recorded and the complainant did not agree")]
    public void Declining_stage_3_without_both_exceptional_circumstances_and_agreement_is_a_breach(bool exceptional, bool agreed, string reason)
    {
        var duties = new ComplaintCase().Stage3Requested(D(2020, 5, 1)).Stage3Declined(D(2020, 5, 5), exceptional, agreed).Evaluate(D(2020, 7, 1));

        var duty = duties.Only(RuleIds.Stage3Refused);
        AssertBreach(duty);
        Assert.Equal(ComplaintCase.ComplaintId, duty.Subjects.ComplaintId);
        Assert.Equal(D(2020, 5, 5), duty.StartedOn);
        Assert.Contains(reason, duty.Detail, StringComparison.Ordinal);
        AssertNone(duties, RuleIds.Stage3Panel);
    }

    [Theory]
    [InlineData(2020, 6, 16, false)]
    [InlineData(2020, 6, 17, true)]
    public void Declining_stage_3_ends_the_panel_clock_unless_it_was_already_overdue(int year, int month, int day, bool staysOverdue)
    {
        var duties = new ComplaintCase().Stage3Requested(D(2020, 5, 1)).Stage3Declined(D(year, month, day), exceptional: true, agreed: true).Evaluate(D(2020, 7, 1));

        if (staysOverdue)
        {
            AssertOpen(duties.Only(RuleIds.Stage3Panel), D(2020, 6, 16), D(2020, 7, 1));
        }
        else
        {
            AssertNone(duties, RuleIds.Stage3Panel);
        }
    }

    [Fact]
    public void Decision_to_close_told_to_the_complainant_on_the_5th_working_day_is_met()
    {
        // Wed 20 Dec 2023 + 5 working days, skipping Christmas Day and Boxing Day: Fri 29 Dec 2023.
        var duty = Complaint().Closed(D(2023, 12, 20)).Informed(D(2023, 12, 29)).Evaluate(D(2023, 12, 29)).Only(RuleIds.DecisionNotice);

        AssertMet(duty, D(2023, 12, 29), D(2023, 12, 29));
    }

    [Fact]
    public void Decision_to_close_told_the_day_after_is_late()
    {
        var duty = Complaint().Closed(D(2023, 12, 20)).Informed(D(2023, 12, 30)).Evaluate(D(2024, 1, 2)).Only(RuleIds.DecisionNotice);

        AssertLate(duty, D(2023, 12, 29), D(2023, 12, 30));
    }

    [Theory]
    [InlineData(2023, 12, 29, DutyStatus.Due)]
    [InlineData(2023, 12, 30, DutyStatus.Overdue)]
    public void Decision_to_close_not_told_is_overdue_only_after_its_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = Complaint().Closed(D(2023, 12, 20)).Evaluate(asOf).Only(RuleIds.DecisionNotice);

        AssertOpen(duty, D(2023, 12, 29), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Closing_with_the_complainant_told_at_once_meets_the_decision_notice()
    {
        var duty = Complaint().Closed(D(2023, 12, 20), informed: true).Evaluate(D(2024, 1, 31)).Only(RuleIds.DecisionNotice);

        AssertMet(duty, D(2023, 12, 29), D(2023, 12, 20));
    }

    [Theory]
    [InlineData(2021, 4, 30, false)]
    [InlineData(2021, 5, 1, true)]
    public void Closing_ends_the_stage_2_response_clock_unless_it_was_already_overdue(int year, int month, int day, bool staysOverdue)
    {
        var duties = new ComplaintCase().StatementAgreed(D(2021, 3, 24)).Closed(D(year, month, day), informed: true).Evaluate(D(2021, 7, 1));

        if (staysOverdue)
        {
            AssertOpen(duties.Only(RuleIds.Stage2Response), D(2021, 4, 30), D(2021, 7, 1));
        }
        else
        {
            AssertNone(duties, RuleIds.Stage2Response);
        }
    }

    [Fact]
    public void Closing_ends_every_stage_clock_not_yet_due()
    {
        var duties = new ComplaintCase().Stage2Requested(D(2021, 3, 24)).Stage3Requested(D(2021, 3, 24))
            .PanelReport(D(2021, 3, 26)).Closed(D(2021, 3, 29), informed: true).Evaluate(D(2021, 12, 1));

        AssertNone(duties, RuleIds.Stage2Start);
        AssertNone(duties, RuleIds.Stage3Panel);
        AssertNone(duties, RuleIds.Stage3Response);
        AssertMet(duties.Only(RuleIds.DecisionNotice), D(2021, 4, 7), D(2021, 3, 29));
    }

    [Theory]
    [InlineData(2021, 4, 23, false)] // the 20th working day after the response
    [InlineData(2021, 4, 26, true)] // the 21st
    public void A_request_more_than_20_working_days_after_the_response_is_flagged_not_refused(int year, int month, int day, bool flagged)
    {
        var requested = D(year, month, day);

        var evaluation = new ComplaintCase().Received(D(2021, 3, 10)).Stage1Response(D(2021, 3, 24)).Stage2Requested(requested).Evaluation(requested);

        Assert.Equal(flagged, evaluation.Flags.Any(f => f.Kind == "late-request" && f.On == requested));
        Assert.NotNull(evaluation.Duties.Only(RuleIds.Stage2Start));
    }

    [Theory]
    [InlineData(2020, 3, 10, false, false)] // exactly a year before: in time
    [InlineData(2020, 3, 9, false, true)] // a year and a day: late, no decision recorded
    [InlineData(2020, 3, 9, true, false)] // late, and the council decided to consider it
    public void A_complaint_made_more_than_a_year_after_the_matter_arose_is_flagged_until_a_decision_is_recorded(int year, int month, int day, bool accepted, bool flagged)
    {
        var received = D(2021, 3, 10);
        var evaluation = new ComplaintCase().With(new ComplaintReceived
        {
            On = received,
            ComplaintId = ComplaintCase.ComplaintId,
            ComplainantId = ComplaintCase.Complainant,
            Points = [new ComplaintPointInfo(ComplaintCase.PointA, "A", "Visits were missed")],
            MatterArose = D(year, month, day),
            LateAccepted = accepted ? "The complainant was in hospital for most of the year" : null,
        }).Evaluation(received);

        Assert.Equal(flagged, evaluation.Flags.Any(f => f.Kind == "late-complaint" && f.On == received));
        Assert.NotNull(evaluation.Duties.Only(RuleIds.Stage1Response));
    }
}
