using Safeguard.Policy;
using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>
/// The duties a held meeting creates: CP_PARENT_INVITED, CP_CONFERENCE_REPORT_NOTICE, CP_CONFERENCE_MINUTES and
/// CP_CORE_GROUP_MINUTES.
/// </summary>
public sealed class MeetingRuleTests
{
    /// <summary>Mon 6 Jun 2022; Thu 2 and Fri 3 Jun 2022 were the jubilee bank holidays.</summary>
    private static readonly DateOnly Conference = D(2022, 6, 6);

    /// <summary>3 working days before 6 Jun 2022.</summary>
    private static readonly DateOnly ReportDue = D(2022, 5, 30);

    private static MeetingCase HeldConference() =>
        MeetingCase.Conference().Invited(D(2022, 5, 16), MeetingCase.Mother, MeetingCase.Father).Held(Conference);

    [Fact]
    public void Every_parent_invited_before_the_meeting_creates_no_finding()
    {
        var duties = HeldConference().Evaluate(Conference);

        AssertNone(duties, RuleIds.ParentInvited);
    }

    [Fact]
    public void A_parent_not_invited_is_missing_for_that_parent_and_meeting()
    {
        var duties = MeetingCase.Conference().Invited(D(2022, 5, 16), MeetingCase.Mother).Held(Conference).Evaluate(Conference);

        var duty = duties.Only(RuleIds.ParentInvited);
        AssertMissing(duty);
        Assert.Equal(MeetingCase.MeetingId, duty.Subjects.MeetingId);
        Assert.Equal(MeetingCase.Father, duty.Subjects.PersonId);
        Assert.Equal(Conference, duty.StartedOn);
    }

    [Fact]
    public void An_invitation_dated_on_the_meeting_day_counts()
    {
        var duties = MeetingCase.Conference().Invited(D(2022, 5, 16), MeetingCase.Mother).Invited(Conference, MeetingCase.Father)
            .Held(Conference).Evaluate(Conference);

        AssertNone(duties, RuleIds.ParentInvited);
    }

    [Fact]
    public void An_invitation_dated_after_the_meeting_does_not_count()
    {
        var duties = MeetingCase.Conference().Invited(D(2022, 5, 16), MeetingCase.Mother).Held(Conference)
            .Invited(D(2022, 6, 7), MeetingCase.Father).Evaluate(D(2022, 6, 30));

        Assert.Equal(MeetingCase.Father, duties.Only(RuleIds.ParentInvited).Subjects.PersonId);
    }

    [Fact]
    public void A_parent_excluded_from_meetings_is_not_expected()
    {
        var duties = MeetingCase.Conference().Invited(D(2022, 5, 16), MeetingCase.Mother)
            .Excluded(D(2022, 5, 10), MeetingCase.Child, MeetingCase.Father, ExclusionScope.Meetings)
            .Held(Conference).Evaluate(D(2022, 6, 30));

        AssertNone(duties, RuleIds.ParentInvited);
        Assert.DoesNotContain(duties, d => d.Subjects.PersonId == MeetingCase.Father);
    }

    [Fact]
    public void A_parent_excluded_only_from_the_section_47_enquiry_is_still_expected_at_meetings()
    {
        var duties = MeetingCase.Conference().Invited(D(2022, 5, 16), MeetingCase.Mother)
            .Excluded(D(2022, 5, 10), MeetingCase.Child, MeetingCase.Father, ExclusionScope.Section47)
            .Held(Conference).Evaluate(Conference);

        Assert.Equal(MeetingCase.Father, duties.Only(RuleIds.ParentInvited).Subjects.PersonId);
    }

    [Fact]
    public void A_sibling_meeting_expects_the_parents_of_either_child()
    {
        var duties = MeetingCase.SiblingConference().Invited(D(2022, 5, 16), MeetingCase.Mother, MeetingCase.Father)
            .Held(Conference).Evaluate(Conference);

        Assert.Equal(MeetingCase.SiblingFather, duties.Only(RuleIds.ParentInvited).Subjects.PersonId);
    }

    [Fact]
    public void A_parent_excluded_from_meetings_for_one_sibling_is_not_expected_at_their_joint_meeting()
    {
        var duties = MeetingCase.SiblingConference().Invited(D(2022, 5, 16), MeetingCase.Father, MeetingCase.SiblingFather)
            .Excluded(D(2022, 5, 10), MeetingCase.Sibling, MeetingCase.Mother, ExclusionScope.Meetings)
            .Held(Conference).Evaluate(Conference);

        AssertNone(duties, RuleIds.ParentInvited);
    }

    [Fact]
    public void A_core_group_also_needs_every_parent_invited()
    {
        var duties = MeetingCase.CoreGroup().Invited(D(2022, 5, 30), MeetingCase.Father).Held(Conference).Evaluate(Conference);

        Assert.Equal(MeetingCase.Mother, duties.Only(RuleIds.ParentInvited).Subjects.PersonId);
    }

    [Fact]
    public void A_cancelled_meeting_creates_no_duties()
    {
        var duties = MeetingCase.Conference().Cancelled(D(2022, 6, 1)).Evaluate(D(2022, 6, 30));

        Assert.Empty(duties);
    }

    [Fact]
    public void A_meeting_not_yet_held_creates_no_duties()
    {
        var duties = HeldConference().Evaluate(Conference.AddDays(-1));

        Assert.Empty(duties);
    }

    [Fact]
    public void Report_shared_on_the_third_working_day_before_the_conference_is_met()
    {
        var duties = HeldConference().Shared(ReportDue, MeetingDocument.ConferenceReport, MeetingCase.Mother).Evaluate(Conference);

        var duty = Assert.Single(duties.Of(RuleIds.ConferenceReportNotice), d => d.Subjects.PersonId == MeetingCase.Mother);
        AssertMet(duty, ReportDue, ReportDue);
        Assert.Equal(MeetingCase.MeetingId, duty.Subjects.MeetingId);
    }

    [Fact]
    public void Report_counting_before_the_conference_names_the_jubilee_bank_holidays()
    {
        var duty = Assert.Single(HeldConference().Evaluate(Conference).Of(RuleIds.ConferenceReportNotice), d => d.Subjects.PersonId == MeetingCase.Mother);

        Assert.Equal("3 working days before the conference on 6 Jun 2022, skipping 2 Jun and 3 Jun, bank holidays: due 30 May 2022", duty.Counting);
    }

    [Fact]
    public void Report_shared_one_day_too_late_is_late()
    {
        var duties = HeldConference().Shared(D(2022, 5, 31), MeetingDocument.ConferenceReport, MeetingCase.Mother).Evaluate(Conference);

        AssertLate(Assert.Single(duties.Of(RuleIds.ConferenceReportNotice), d => d.Subjects.PersonId == MeetingCase.Mother), ReportDue, D(2022, 5, 31));
    }

    [Fact]
    public void Report_shared_on_the_conference_day_is_late_with_its_date()
    {
        var duties = HeldConference().Shared(Conference, MeetingDocument.ConferenceReport, MeetingCase.Mother).Evaluate(Conference);

        AssertLate(Assert.Single(duties.Of(RuleIds.ConferenceReportNotice), d => d.Subjects.PersonId == MeetingCase.Mother), ReportDue, Conference);
    }

    [Fact]
    public void Report_never_shared_before_a_held_conference_is_overdue_per_invited_parent()
    {
        var duties = HeldConference().Evaluate(Conference);

        var notices = duties.Of(RuleIds.ConferenceReportNotice);
        Assert.Equal(2, notices.Count);
        Assert.All(notices, d => AssertOpen(d, ReportDue, Conference));
        Assert.All(notices, d => Assert.Equal(DutyStatus.Overdue, d.StatusOn(Conference)));
    }

    [Fact]
    public void Report_notice_before_an_Easter_conference_skips_the_Easter_bank_holidays()
    {
        // Wed 7 Apr 2021: three working days before, skipping Mon 5 and Fri 2 Apr, is Wed 31 Mar.
        var duties = MeetingCase.Conference().Invited(D(2021, 3, 22), MeetingCase.Mother).Held(D(2021, 4, 7))
            .Shared(D(2021, 3, 31), MeetingDocument.ConferenceReport, MeetingCase.Mother)
            .Evaluate(D(2021, 4, 7));

        AssertMet(Assert.Single(duties.Of(RuleIds.ConferenceReportNotice)), D(2021, 3, 31), D(2021, 3, 31));
    }

    [Fact]
    public void Report_notice_over_Christmas_skips_the_substitute_days()
    {
        // Thu 29 Dec 2022: three working days back, skipping Tue 27 and Mon 26 Dec, is Thu 22 Dec.
        var duties = MeetingCase.Conference().Invited(D(2022, 12, 1), MeetingCase.Mother).Held(D(2022, 12, 29))
            .Shared(D(2022, 12, 23), MeetingDocument.ConferenceReport, MeetingCase.Mother)
            .Evaluate(D(2022, 12, 29));

        AssertLate(Assert.Single(duties.Of(RuleIds.ConferenceReportNotice)), D(2022, 12, 22), D(2022, 12, 23));
    }

    [Fact]
    public void Report_notice_uses_the_councils_setting()
    {
        var policy = PolicySettings.Defaults with { ConferenceReportNoticeWorkingDays = 5 };

        var duties = HeldConference().Shared(D(2022, 5, 26), MeetingDocument.ConferenceReport, MeetingCase.Mother).Evaluate(Conference, policy);

        AssertMet(Assert.Single(duties.Of(RuleIds.ConferenceReportNotice), d => d.Subjects.PersonId == MeetingCase.Mother), D(2022, 5, 26), D(2022, 5, 26));
    }

    [Fact]
    public void A_parent_who_was_not_invited_is_owed_neither_report_nor_minutes()
    {
        var duties = MeetingCase.Conference().Invited(D(2022, 5, 16), MeetingCase.Mother).Held(Conference).Evaluate(Conference);

        Assert.All(duties.Of(RuleIds.ConferenceReportNotice).Concat(duties.Of(RuleIds.ConferenceMinutes)), d => Assert.Equal(MeetingCase.Mother, d.Subjects.PersonId));
        Assert.Single(duties.Of(RuleIds.ConferenceReportNotice));
        Assert.Single(duties.Of(RuleIds.ConferenceMinutes));
    }

    [Theory]
    [InlineData(2023, 1, 16, DutyOutcome.Met)]
    [InlineData(2023, 1, 17, DutyOutcome.Late)]
    public void Conference_minutes_are_due_15_working_days_after_the_conference(int year, int month, int day, DutyOutcome expected)
    {
        // Wed 21 Dec 2022 + 15 working days, skipping 26 and 27 Dec 2022 and 2 Jan 2023: Mon 16 Jan 2023.
        var sent = D(year, month, day);

        var duties = MeetingCase.Conference().Invited(D(2022, 12, 1), MeetingCase.Mother).Held(D(2022, 12, 21))
            .Shared(sent, MeetingDocument.Minutes, MeetingCase.Mother).Evaluate(D(2023, 2, 1));

        var duty = duties.Only(RuleIds.ConferenceMinutes);
        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2023, 1, 16), duty.Due);
        Assert.Equal(sent, duty.Done);
    }

    [Theory]
    [InlineData(2023, 1, 16, DutyStatus.Due)]
    [InlineData(2023, 1, 17, DutyStatus.Overdue)]
    public void Conference_minutes_not_sent_are_overdue_only_after_their_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = MeetingCase.Conference().Invited(D(2022, 12, 1), MeetingCase.Mother).Held(D(2022, 12, 21))
            .Evaluate(asOf).Only(RuleIds.ConferenceMinutes);

        AssertOpen(duty, D(2023, 1, 16), asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Theory]
    [InlineData(2022, 1, 6, DutyOutcome.Met)]
    [InlineData(2022, 1, 7, DutyOutcome.Late)]
    public void Core_group_minutes_are_due_10_working_days_after_the_core_group(int year, int month, int day, DutyOutcome expected)
    {
        // Mon 20 Dec 2021 + 10 working days, skipping 27 and 28 Dec 2021 and 3 Jan 2022: Thu 6 Jan 2022.
        var sent = D(year, month, day);

        var duties = MeetingCase.CoreGroup().Invited(D(2021, 12, 10), MeetingCase.Mother, MeetingCase.Father).Held(D(2021, 12, 20))
            .Shared(sent, MeetingDocument.Minutes, MeetingCase.Mother).Evaluate(D(2022, 2, 1));

        var duty = Assert.Single(duties.Of(RuleIds.CoreGroupMinutes), d => d.Subjects.PersonId == MeetingCase.Mother);
        Assert.Equal(expected, duty.Outcome);
        Assert.Equal(D(2022, 1, 6), duty.Due);
        Assert.Equal(sent, duty.Done);
    }

    [Theory]
    [InlineData(2022, 1, 6, DutyStatus.Due)]
    [InlineData(2022, 1, 7, DutyStatus.Overdue)]
    public void Core_group_minutes_not_sent_are_overdue_only_after_their_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duties = MeetingCase.CoreGroup().Invited(D(2021, 12, 10), MeetingCase.Mother, MeetingCase.Father).Held(D(2021, 12, 20)).Evaluate(asOf);

        var minutes = duties.Of(RuleIds.CoreGroupMinutes);
        Assert.Equal(2, minutes.Count);
        Assert.All(minutes, d => AssertOpen(d, D(2022, 1, 6), asOf));
        Assert.All(minutes, d => Assert.Equal(expected, d.StatusOn(asOf)));
    }

    [Fact]
    public void A_core_group_needs_no_report_notice_nor_conference_minutes()
    {
        var duties = MeetingCase.CoreGroup().Invited(D(2021, 12, 10), MeetingCase.Mother, MeetingCase.Father).Held(D(2021, 12, 20)).Evaluate(D(2022, 2, 1));

        AssertNone(duties, RuleIds.ConferenceReportNotice);
        AssertNone(duties, RuleIds.ConferenceMinutes);
    }
}
