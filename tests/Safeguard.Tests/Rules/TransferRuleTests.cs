using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_TRANSFER_NOTIFY (5 working days from a permanent move) and CP_TRANSFER_IN_CONFERENCE (15 working days).</summary>
public sealed class TransferRuleTests
{
    private static readonly DateOnly Moved = D(2024, 12, 23);

    /// <summary>Mon 23 Dec 2024 + 5 working days, skipping 25 and 26 Dec 2024 and 1 Jan 2025.</summary>
    private static readonly DateOnly NotifyDue = D(2025, 1, 2);

    /// <summary>Fri 18 Dec 2020 + 15 working days, skipping 25 and 28 Dec 2020 and 1 Jan 2021.</summary>
    private static readonly DateOnly TransferInDue = D(2021, 1, 13);

    private static ChildCase OnPlan() => new ChildCase().StartPlan(D(2024, 11, 1));

    [Fact]
    public void New_authority_told_on_the_5th_working_day_after_a_permanent_move_is_met()
    {
        var duty = OnPlan().Moved(Moved).Notified(NotifyDue).Evaluate(NotifyDue).Only(RuleIds.TransferNotify);

        AssertMet(duty, NotifyDue, NotifyDue);
        Assert.Equal(Moved, duty.StartedOn);
        Assert.Contains("skipping 25 Dec, 26 Dec and 1 Jan, bank holidays", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void New_authority_told_the_day_after_is_late()
    {
        var duty = OnPlan().Moved(Moved).Notified(D(2025, 1, 3)).Evaluate(D(2025, 1, 3)).Only(RuleIds.TransferNotify);

        AssertLate(duty, NotifyDue, D(2025, 1, 3));
    }

    [Theory]
    [InlineData(2025, 1, 2, DutyStatus.Due)]
    [InlineData(2025, 1, 3, DutyStatus.Overdue)]
    public void New_authority_not_told_is_overdue_only_after_the_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = OnPlan().Moved(Moved).Evaluate(asOf).Only(RuleIds.TransferNotify);

        AssertOpen(duty, NotifyDue, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void A_move_that_is_not_permanent_needs_no_notification()
    {
        var duties = OnPlan().Moved(Moved, permanent: false).Evaluate(D(2025, 2, 1));

        AssertNone(duties, RuleIds.TransferNotify);
    }

    [Fact]
    public void A_permanent_move_of_a_child_on_no_plan_needs_no_notification()
    {
        var duties = new ChildCase().Moved(Moved).Evaluate(D(2025, 2, 1));

        AssertNone(duties, RuleIds.TransferNotify);
    }

    [Fact]
    public void A_permanent_move_of_a_child_on_a_child_in_need_plan_needs_notification()
    {
        var duties = new ChildCase().ChildInNeedPlan(D(2024, 11, 1)).Moved(Moved).Evaluate(D(2025, 1, 3));

        AssertOpen(duties.Only(RuleIds.TransferNotify), NotifyDue, D(2025, 1, 3));
    }

    [Fact]
    public void A_permanent_move_after_the_child_in_need_plan_ended_needs_no_notification()
    {
        var duties = new ChildCase().ChildInNeedPlan(D(2024, 11, 1)).ChildInNeedPlanEnded(D(2024, 12, 2)).Moved(Moved).Evaluate(D(2025, 2, 1));

        AssertNone(duties, RuleIds.TransferNotify);
    }

    [Fact]
    public void A_permanent_move_after_the_protection_plan_ended_needs_no_notification()
    {
        var duties = OnPlan().Review(D(2024, 12, 2), ConferenceOutcome.NoFurtherAction).Moved(Moved).Evaluate(D(2025, 2, 1));

        AssertNone(duties, RuleIds.TransferNotify);
    }

    [Fact]
    public void Transfer_in_conference_on_the_15th_working_day_after_the_notification_is_met()
    {
        var duty = new ChildCase().TransferReceived(D(2020, 12, 18))
            .Conference(TransferInDue, ConferenceKind.TransferIn, ConferenceOutcome.Plan)
            .Evaluate(TransferInDue).Only(RuleIds.TransferInConference);

        AssertMet(duty, TransferInDue, TransferInDue);
        Assert.Contains("skipping 25 Dec, 28 Dec and 1 Jan, bank holidays", duty.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void Transfer_in_conference_the_day_after_is_late()
    {
        var duty = new ChildCase().TransferReceived(D(2020, 12, 18))
            .Conference(D(2021, 1, 14), ConferenceKind.TransferIn, ConferenceOutcome.Plan)
            .Evaluate(D(2021, 1, 14)).Only(RuleIds.TransferInConference);

        AssertLate(duty, TransferInDue, D(2021, 1, 14));
    }

    [Theory]
    [InlineData(2021, 1, 13, DutyStatus.Due)]
    [InlineData(2021, 1, 14, DutyStatus.Overdue)]
    public void Transfer_in_conference_not_held_is_overdue_only_after_the_due_day(int year, int month, int day, DutyStatus expected)
    {
        var asOf = D(year, month, day);

        var duty = new ChildCase().TransferReceived(D(2020, 12, 18)).Evaluate(asOf).Only(RuleIds.TransferInConference);

        AssertOpen(duty, TransferInDue, asOf);
        Assert.Equal(expected, duty.StatusOn(asOf));
    }

    [Fact]
    public void Standing_shows_a_pending_transfer_in_until_the_transfer_in_conference_is_held()
    {
        var pending = new ChildCase().TransferReceived(D(2020, 12, 18));
        Assert.True(ChildProtectionRules.StandingOf(pending.File).TransferInPending);

        var held = pending.Conference(D(2021, 1, 6), ConferenceKind.TransferIn, ConferenceOutcome.Plan);
        var standing = ChildProtectionRules.StandingOf(held.File);
        Assert.False(standing.TransferInPending);
        Assert.True(standing.OnPlan);
    }
}
