namespace Safeguard.Facts;

/// <summary>
/// A stored fact. The subject columns are copies of the ids in the payload, kept so that a child's or a
/// complaint's history is an indexed read. Rows are only ever inserted.
/// </summary>
public sealed class FactRow
{
    public long Id { get; set; }

    public required string Type { get; set; }

    public DateOnly OccurredOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    /// <summary>Why it was recorded, when the person said (always given for a correction).</summary>
    public string? Reason { get; set; }

    /// <summary>The fact this one corrects; the corrected fact stays on the record.</summary>
    public long? SupersedesId { get; set; }

    public long? ChildId { get; set; }

    public long? MeetingId { get; set; }

    public long? ComplaintId { get; set; }

    public long? ActionId { get; set; }

    public long? RemedyId { get; set; }

    public long? AlertId { get; set; }

    public long? PersonId { get; set; }

    public required string Payload { get; set; }
}
