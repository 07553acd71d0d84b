using Safeguard.Protection;
using Safeguard.Rules;
using Xunit;
using static Safeguard.Tests.Rules.RuleKit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_S47_CHILD_SEEN and CP_S47_PARENTS_CONSULTED: steps required before a section 47 enquiry is completed.</summary>
public sealed class Section47RuleTests
{
    private static readonly DateOnly Strategy = D(2021, 3, 24);
    private static readonly DateOnly Completed = D(2021, 4, 9);

    private static ChildCase Enquiry() => new ChildCase().Strategy(Strategy);

    private static ChildCase EnquiryWithParentsConsulted() =>
        Enquiry().Consulted(D(2021, 3, 26), ChildCase.Mother).Consulted(D(2021, 3, 29), ChildCase.Father);

    [Fact]
    public void Child_seen_for_the_enquiry_before_it_is_completed_creates_no_finding()
    {
        var duties = EnquiryWithParentsConsulted().Seen(D(2021, 3, 26), SeenPurpose.Section47).EnquiryCompleted(Completed).Evaluate(Completed);

        AssertNone(duties, RuleIds.Section47ChildSeen);
        AssertNone(duties, RuleIds.Section47ParentsConsulted);
    }

    [Fact]
    public void Child_seen_on_the_day_the_enquiry_is_completed_counts()
    {
        var duties = EnquiryWithParentsConsulted().Seen(Completed, SeenPurpose.Section47).EnquiryCompleted(Completed).Evaluate(Completed);

        AssertNone(duties, RuleIds.Section47ChildSeen);
    }

    [Fact]
    public void Child_not_seen_when_the_enquiry_is_completed_is_missing()
    {
        var duties = EnquiryWithParentsConsulted().EnquiryCompleted(Completed).Evaluate(Completed);

        var duty = duties.Only(RuleIds.Section47ChildSeen);
        AssertMissing(duty);
        Assert.Equal(ChildCase.Child, duty.Subjects.ChildId);
        Assert.Equal(Strategy, duty.StartedOn);
        Assert.Null(duty.Due);
    }

    [Theory]
    [InlineData(SeenPurpose.Visit)]
    [InlineData(SeenPurpose.Assessment)]
    public void Child_seen_for_another_purpose_does_not_count(SeenPurpose purpose)
    {
        var duties = EnquiryWithParentsConsulted().Seen(D(2021, 3, 26), purpose).EnquiryCompleted(Completed).Evaluate(Completed);

        AssertMissing(duties.Only(RuleIds.Section47ChildSeen));
    }

    [Fact]
    public void Child_seen_before_the_enquiry_started_does_not_count()
    {
        var duties = EnquiryWithParentsConsulted().Seen(D(2021, 3, 23), SeenPurpose.Section47).EnquiryCompleted(Completed).Evaluate(Completed);

        AssertMissing(duties.Only(RuleIds.Section47ChildSeen));
    }

    [Fact]
    public void Nothing_is_missing_while_the_enquiry_is_still_open()
    {
        var duties = Enquiry().EnquiryCompleted(Completed).Evaluate(Completed.AddDays(-1));

        AssertNone(duties, RuleIds.Section47ChildSeen);
        AssertNone(duties, RuleIds.Section47ParentsConsulted);
    }

    [Fact]
    public void A_strategy_discussion_that_decides_no_enquiry_requires_nothing()
    {
        var duties = new ChildCase().Strategy(Strategy, StrategyDecision.ChildInNeed).EnquiryCompleted(Completed).Evaluate(Completed);

        AssertNone(duties, RuleIds.Section47ChildSeen);
        AssertNone(duties, RuleIds.Section47ParentsConsulted);
    }

    [Fact]
    public void Each_parent_not_consulted_is_missing_separately()
    {
        var duties = Enquiry().Seen(D(2021, 3, 26), SeenPurpose.Section47).EnquiryCompleted(Completed).Evaluate(Completed);

        var missing = duties.Of(RuleIds.Section47ParentsConsulted);
        Assert.Equal(new[] { ChildCase.Mother, ChildCase.Father }, missing.Select(d => d.Subjects.PersonId!.Value).Order());
        Assert.All(missing, AssertMissing);
        Assert.All(missing, d => Assert.Equal(ChildCase.Child, d.Subjects.ChildId));
    }

    [Fact]
    public void Only_the_parent_not_consulted_is_missing()
    {
        var duties = Enquiry().Seen(D(2021, 3, 26), SeenPurpose.Section47).Consulted(D(2021, 3, 26), ChildCase.Mother)
            .EnquiryCompleted(Completed).Evaluate(Completed);

        var duty = duties.Only(RuleIds.Section47ParentsConsulted);
        AssertMissing(duty);
        Assert.Equal(ChildCase.Father, duty.Subjects.PersonId);
    }

    [Fact]
    public void A_parent_excluded_from_the_section_47_enquiry_with_a_reason_is_excused()
    {
        var duties = Enquiry().Seen(D(2021, 3, 26), SeenPurpose.Section47).Consulted(D(2021, 3, 26), ChildCase.Mother)
            .Excluded(D(2021, 3, 25), ChildCase.Father, ExclusionScope.Section47)
            .EnquiryCompleted(Completed).Evaluate(Completed);

        AssertNone(duties, RuleIds.Section47ParentsConsulted);
    }

    [Fact]
    public void A_parent_excluded_only_from_meetings_is_not_excused_from_consultation()
    {
        var duties = Enquiry().Seen(D(2021, 3, 26), SeenPurpose.Section47).Consulted(D(2021, 3, 26), ChildCase.Mother)
            .Excluded(D(2021, 3, 25), ChildCase.Father, ExclusionScope.Meetings)
            .EnquiryCompleted(Completed).Evaluate(Completed);

        Assert.Equal(ChildCase.Father, duties.Only(RuleIds.Section47ParentsConsulted).Subjects.PersonId);
    }

    [Fact]
    public void A_parent_consulted_before_the_enquiry_started_is_missing()
    {
        var duties = new ChildCase()
            .Consulted(D(2021, 3, 23), ChildCase.Mother, ConsultationPurpose.Section47)
            .Strategy(Strategy)
            .Seen(D(2021, 3, 26), SeenPurpose.Section47).Consulted(D(2021, 3, 26), ChildCase.Father)
            .EnquiryCompleted(Completed).Evaluate(Completed);

        Assert.Equal(ChildCase.Mother, duties.Only(RuleIds.Section47ParentsConsulted).Subjects.PersonId);
    }

    [Fact]
    public void A_parent_consulted_for_an_assessment_during_the_enquiry_is_missing()
    {
        var duties = Enquiry().Seen(D(2021, 3, 26), SeenPurpose.Section47)
            .Consulted(D(2021, 3, 26), ChildCase.Mother, ConsultationPurpose.Assessment)
            .Consulted(D(2021, 3, 26), ChildCase.Father)
            .EnquiryCompleted(Completed).Evaluate(Completed);

        Assert.Equal(ChildCase.Mother, duties.Only(RuleIds.Section47ParentsConsulted).Subjects.PersonId);
    }

    [Fact]
    public void Consultation_in_an_earlier_enquiry_does_not_count_for_a_later_one()
    {
        var duties = EnquiryWithParentsConsulted().Seen(D(2021, 3, 26), SeenPurpose.Section47)
            .EnquiryCompleted(Completed, Section47Outcome.ChildInNeed)
            .Strategy(D(2021, 6, 1)).Seen(D(2021, 6, 2), SeenPurpose.Section47)
            .EnquiryCompleted(D(2021, 6, 10), Section47Outcome.ChildInNeed)
            .Evaluate(D(2021, 6, 10));

        var missing = duties.Of(RuleIds.Section47ParentsConsulted);
        Assert.Equal(2, missing.Count);
        Assert.All(missing, d => Assert.Equal(D(2021, 6, 1), d.StartedOn));
    }
}
