namespace Safeguard.Correspondence;

public sealed record RestrictionInfo(long RestrictedPersonId, IReadOnlyCollection<long> Protects, long? ViaPersonId);

/// <summary>What the safe-contact guard needs to know about the people a sending would reach.</summary>
public sealed record SendingContext(
    IReadOnlyList<long> Recipients,
    IReadOnlyList<long> ConcernsChildren,
    IReadOnlyList<RestrictionInfo> Restrictions,
    Func<long, long, bool> HasParentalResponsibility,
    Func<long, long, bool> IsExcludedFromMeetings);

/// <summary>Why a sending was refused: who it would have reached, with whom or about which child, and the safe route.</summary>
public sealed record SafeContactRefusal(long RestrictedPersonId, long? ChildId, long? TogetherWithId, long? SafeRouteId)
{
    /// <summary>For a protected child: the restricted person holds parental responsibility but is excluded from the child's meetings.</summary>
    public bool ExcludedFromMeetings { get; init; }
}

/// <summary>
/// CP_SAFE_CONTACT (rules.md §6): nothing is sent that would reach a restricted person together with someone
/// they are kept from, or that concerns a protected child when the restricted person has no parental
/// responsibility for that child or is excluded from the child's meetings. A restricted parent with parental
/// responsibility who is not excluded still gets their own letters.
/// </summary>
public static class SafeContactGuard
{
    public static SafeContactRefusal? Check(SendingContext sending)
    {
        foreach (var recipient in sending.Recipients)
        {
            foreach (var restriction in sending.Restrictions.Where(r => r.RestrictedPersonId == recipient))
            {
                var protectedChildren = sending.ConcernsChildren.Where(restriction.Protects.Contains).ToList();
                var together = sending.Recipients.Where(other => other != recipient && restriction.Protects.Contains(other)).ToList();
                if (together.Count > 0)
                {
                    return new SafeContactRefusal(recipient, protectedChildren.Count > 0 ? protectedChildren[0] : null, together[0], restriction.ViaPersonId);
                }

                var unsafeChild = protectedChildren
                    .Where(c => !sending.HasParentalResponsibility(recipient, c) || sending.IsExcludedFromMeetings(recipient, c))
                    .ToList();
                if (unsafeChild.Count > 0)
                {
                    return new SafeContactRefusal(recipient, unsafeChild[0], null, restriction.ViaPersonId)
                    {
                        ExcludedFromMeetings = sending.HasParentalResponsibility(recipient, unsafeChild[0]),
                    };
                }
            }
        }

        return null;
    }
}
