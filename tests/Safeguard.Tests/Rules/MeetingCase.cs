using Safeguard.Calendar;
using Safeguard.Facts;
using Safeguard.Policy;
using Safeguard.Protection;
using Safeguard.Rules;

namespace Safeguard.Tests.Rules;

/// <summary>Builds one conference or core group for the meeting rules.</summary>
internal sealed class MeetingCase
{
    public const long MeetingId = 701;
    public const long Child = 1;
    public const long Sibling = 2;
    public const long Mother = 11;
    public const long Father = 12;

    /// <summary>Has parental responsibility for the sibling only.</summary>
    public const long SiblingFather = 13;

    private readonly MeetingInfo _meeting;
    private readonly IReadOnlyList<long> _parents;
    private readonly List<Fact> _facts = [];
    private readonly List<ParentExcluded> _exclusions = [];

    private MeetingCase(MeetingType type, ConferenceKind? kind, IReadOnlyList<long> children, IReadOnlyList<long> parents)
    {
        _meeting = new MeetingInfo(MeetingId, type, kind, children);
        _parents = parents;
    }

    /// <summary>A conference about the child, whose parents with responsibility are the mother and the father.</summary>
    public static MeetingCase Conference(ConferenceKind kind = ConferenceKind.Initial) =>
        new(MeetingType.Conference, kind, [Child], [Mother, Father]);

    public static MeetingCase CoreGroup() => new(MeetingType.CoreGroup, null, [Child], [Mother, Father]);

    /// <summary>
    /// A conference about two siblings: the mother has parental responsibility for both, the father for the child,
    /// the sibling's father for the sibling only. The parents of the meeting are those of either child.
    /// </summary>
    public static MeetingCase SiblingConference() =>
        new(MeetingType.Conference, ConferenceKind.Initial, [Child, Sibling], [Mother, Father, SiblingFather]);

    public MeetingCase Invited(DateOnly on, params long[] people)
    {
        foreach (var person in people)
        {
            _facts.Add(new InvitationSent { On = on, MeetingId = MeetingId, PersonId = person });
        }

        return this;
    }

    public MeetingCase Shared(DateOnly on, MeetingDocument document, long person)
    {
        _facts.Add(new DocumentShared { On = on, MeetingId = MeetingId, Document = document, PersonId = person });
        return this;
    }

    public MeetingCase Held(DateOnly on)
    {
        _facts.Add(_meeting.Type == MeetingType.Conference
            ? new ConferenceHeld { On = on, MeetingId = MeetingId, Outcome = ConferenceOutcome.Plan }
            : new CoreGroupHeld { On = on, MeetingId = MeetingId });
        return this;
    }

    public MeetingCase Cancelled(DateOnly on)
    {
        _facts.Add(new ConferenceCancelled { On = on, MeetingId = MeetingId, Reason = "Chair unavailable" });
        return this;
    }

    public MeetingCase Excluded(DateOnly on, long child, long person, ExclusionScope from)
    {
        _exclusions.Add(new ParentExcluded { On = on, ChildId = child, PersonId = person, From = from, Reason = "Risk to the child's mother" });
        return this;
    }

    public MeetingFile File => new(_meeting, _facts.OrderBy(f => f.On).ToList(), _parents, _exclusions);

    public IReadOnlyList<Duty> Evaluate(DateOnly asOf) => RuleKit.Defaults.Meetings.Evaluate(File, asOf);

    public IReadOnlyList<Duty> Evaluate(DateOnly asOf, PolicySettings policy) =>
        new RuleSet(WorkingDayCalendar.EnglandAndWales, policy).Meetings.Evaluate(File, asOf);
}
