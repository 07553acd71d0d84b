using Safeguard.Correspondence;
using Xunit;

namespace Safeguard.Tests.Rules;

/// <summary>CP_SAFE_CONTACT, checked directly on <see cref="SafeContactGuard.Check"/>.</summary>
public sealed class SafeContactGuardTests
{
    private const long Child = 1;
    private const long Sibling = 2;
    private const long Mother = 11;
    private const long Father = 12;
    private const long Grandmother = 14;
    private const long Idva = 40;

    /// <summary>The father must not reach the mother or the child; the safe route is the IDVA.</summary>
    private static readonly RestrictionInfo FatherRestricted = new(Father, [Mother, Child], Idva);

    private static SendingContext Sending(long[] to, long[] concerns, bool fatherHasResponsibility = true, bool fatherExcluded = false) => new(
        to,
        concerns,
        [FatherRestricted],
        (person, child) => person != Father || fatherHasResponsibility,
        (person, child) => person == Father && fatherExcluded);

    [Fact]
    public void Sending_to_the_restricted_person_together_with_someone_they_are_kept_from_is_refused()
    {
        var refusal = SafeContactGuard.Check(Sending([Father, Mother], [Child]));

        Assert.NotNull(refusal);
        Assert.Equal(Father, refusal.RestrictedPersonId);
        Assert.Equal(Mother, refusal.TogetherWithId);
        Assert.Equal(Idva, refusal.SafeRouteId);
    }

    [Fact]
    public void The_together_test_applies_whichever_order_the_recipients_are_in()
    {
        var refusal = SafeContactGuard.Check(Sending([Mother, Father], [Child]));

        Assert.NotNull(refusal);
        Assert.Equal(Father, refusal.RestrictedPersonId);
        Assert.Equal(Mother, refusal.TogetherWithId);
    }

    [Fact]
    public void A_restricted_parent_with_parental_responsibility_not_excluded_gets_their_own_letter()
    {
        var refusal = SafeContactGuard.Check(Sending([Father], [Child]));

        Assert.Null(refusal);
    }

    [Fact]
    public void A_restricted_person_without_parental_responsibility_is_refused_anything_about_a_protected_child()
    {
        var refusal = SafeContactGuard.Check(Sending([Father], [Child], fatherHasResponsibility: false));

        Assert.NotNull(refusal);
        Assert.Equal(Father, refusal.RestrictedPersonId);
        Assert.Equal(Child, refusal.ChildId);
        Assert.Null(refusal.TogetherWithId);
        Assert.Equal(Idva, refusal.SafeRouteId);
    }

    [Fact]
    public void A_restricted_parent_excluded_from_the_childs_meetings_is_refused()
    {
        var refusal = SafeContactGuard.Check(Sending([Father], [Child], fatherExcluded: true));

        Assert.NotNull(refusal);
        Assert.Equal(Child, refusal.ChildId);
        Assert.Null(refusal.TogetherWithId);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(false, false, false)]
    public void A_refusal_about_a_protected_child_says_which_condition_applies(bool hasResponsibility, bool excluded, bool saysExcluded)
    {
        var refusal = SafeContactGuard.Check(Sending([Father], [Child], fatherHasResponsibility: hasResponsibility, fatherExcluded: excluded));

        Assert.NotNull(refusal);
        Assert.Equal(saysExcluded, refusal.ExcludedFromMeetings);
    }

    [Fact]
    public void A_meeting_about_siblings_is_refused_when_one_of_them_is_protected()
    {
        var refusal = SafeContactGuard.Check(Sending([Father], [Sibling, Child], fatherHasResponsibility: false));

        Assert.NotNull(refusal);
        Assert.Equal(Child, refusal.ChildId);
    }

    [Fact]
    public void Something_about_a_child_the_restriction_does_not_protect_is_allowed()
    {
        var refusal = SafeContactGuard.Check(Sending([Father], [Sibling], fatherHasResponsibility: false, fatherExcluded: true));

        Assert.Null(refusal);
    }

    [Fact]
    public void A_complaint_letter_concerns_no_child_so_only_the_together_test_applies()
    {
        var alone = SafeContactGuard.Check(Sending([Father], [], fatherHasResponsibility: false, fatherExcluded: true));
        var together = SafeContactGuard.Check(Sending([Father, Mother], [], fatherHasResponsibility: false, fatherExcluded: true));

        Assert.Null(alone);
        Assert.NotNull(together);
        Assert.Equal(Mother, together.TogetherWithId);
        Assert.Null(together.ChildId);
    }

    [Fact]
    public void People_without_a_restriction_are_not_refused()
    {
        var refusal = SafeContactGuard.Check(Sending([Mother, Grandmother], [Child]));

        Assert.Null(refusal);
    }

    [Fact]
    public void Sending_the_restricted_person_a_letter_with_someone_they_are_not_kept_from_is_allowed()
    {
        var refusal = SafeContactGuard.Check(Sending([Father, Grandmother], [Child]));

        Assert.Null(refusal);
    }
}
