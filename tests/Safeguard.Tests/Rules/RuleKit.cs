using Safeguard.Calendar;
using Safeguard.Policy;
using Safeguard.Rules;
using Xunit;

namespace Safeguard.Tests.Rules;

/// <summary>The rule set under test (England and Wales calendar, default policy) and assertions on duties.</summary>
internal static class RuleKit
{
    public static RuleSet Defaults { get; } = new(WorkingDayCalendar.EnglandAndWales, PolicySettings.Defaults);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>The single duty of a rule; fails when there is none or more than one.</summary>
    public static Duty Only(this IEnumerable<Duty> duties, string rule) => Assert.Single(duties, d => d.Rule == rule);

    public static IReadOnlyList<Duty> Of(this IEnumerable<Duty> duties, string rule) => duties.Where(d => d.Rule == rule).ToList();

    public static void AssertNone(IEnumerable<Duty> duties, string rule) => Assert.DoesNotContain(duties, d => d.Rule == rule);

    public static void AssertMet(Duty duty, DateOnly due, DateOnly done)
    {
        Assert.Equal(DutyOutcome.Met, duty.Outcome);
        Assert.Equal(due, duty.Due);
        Assert.Equal(done, duty.Done);
        Assert.Equal(DutyStatus.Met, duty.StatusOn(done));
    }

    public static void AssertLate(Duty duty, DateOnly due, DateOnly done)
    {
        Assert.Equal(DutyOutcome.Late, duty.Outcome);
        Assert.Equal(due, duty.Due);
        Assert.Equal(done, duty.Done);
        Assert.Equal(DutyStatus.Late, duty.StatusOn(done));
    }

    /// <summary>Not done, with this due date, and shown as due (asOf on or before due) or overdue (after).</summary>
    public static void AssertOpen(Duty duty, DateOnly due, DateOnly asOf)
    {
        Assert.Equal(DutyOutcome.Open, duty.Outcome);
        Assert.Equal(due, duty.Due);
        Assert.Null(duty.Done);
        Assert.Equal(asOf > due ? DutyStatus.Overdue : DutyStatus.Due, duty.StatusOn(asOf));
    }

    public static void AssertMissing(Duty duty)
    {
        Assert.Equal(DutyOutcome.Missing, duty.Outcome);
        Assert.Equal(DutyStatus.Missing, duty.StatusOn(DateOnly.MaxValue));
    }

    public static void AssertBreach(Duty duty)
    {
        Assert.Equal(DutyOutcome.Breach, duty.Outcome);
        Assert.Equal(DutyStatus.Breach, duty.StatusOn(DateOnly.MaxValue));
    }
}
