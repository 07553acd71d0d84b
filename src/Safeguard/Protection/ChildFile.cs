using Safeguard.Facts;

namespace Safeguard.Protection;

public sealed record StaffInfo(long Id, bool Qualified, bool FirstYear);

public sealed record MeetingInfo(long Id, MeetingType Type, ConferenceKind? Kind, IReadOnlyList<long> ChildIds);

/// <summary>Everything the child protection rules read about one child, facts in the order they happened.</summary>
public sealed record ChildFile(
    long ChildId,
    IReadOnlyList<Fact> Facts,
    IReadOnlyDictionary<long, MeetingInfo> Meetings,
    IReadOnlyDictionary<long, StaffInfo> Staff,
    IReadOnlyList<long> ParentsWithResponsibility);

/// <summary>Everything the meeting rules read about one conference or core group.</summary>
public sealed record MeetingFile(
    MeetingInfo Meeting,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<long> ParentsWithResponsibility,
    IReadOnlyList<ParentExcluded> Exclusions);
