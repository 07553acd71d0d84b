using Safeguard.Facts;

namespace Safeguard.Correspondence;

public enum LetterKind { Invitation, Report, Minutes, Outcome, Other }

public sealed record LetterSent : Fact
{
    public required IReadOnlyList<long> To { get; init; }

    public long? AboutChildId { get; init; }

    public long? AboutComplaintId { get; init; }

    /// <summary>The conference or core group a letter about a child belongs to (an invitation, a report or minutes).</summary>
    public long? AboutMeetingId { get; init; }

    public required LetterKind Kind { get; init; }

    /// <summary>The words written for this letter when they are not all the template's: a complaint response in the complaints manager's own words.</summary>
    public string? Text { get; init; }
}
