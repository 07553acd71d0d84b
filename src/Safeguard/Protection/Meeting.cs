namespace Safeguard.Protection;

public enum MeetingType { Conference, CoreGroup }

/// <summary>A conference or core group. Its history (held, cancelled, invitations) is in its facts.</summary>
public sealed class Meeting
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public MeetingType Type { get; set; }

    /// <summary>Derived from the children's plans when scheduled; never typed by a person.</summary>
    public ConferenceKind? ConferenceKind { get; set; }

    public DateOnly ScheduledFor { get; set; }

    public List<MeetingChild> Children { get; set; } = [];
}

public sealed class MeetingChild
{
    public long MeetingId { get; set; }

    public long ChildId { get; set; }
}

public sealed class QualityAlert
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public long ChildId { get; set; }
}
