using Safeguard.Facts;

namespace Safeguard.Correspondence;

public enum LetterKind { Invitation, Report, Minutes, Outcome, Other }

public sealed record LetterSent : Fact
{
    public required IReadOnlyList<long> To { get; init; }

    public long? AboutChildId { get; init; }

    public long? AboutComplaintId { get; init; }

    public required LetterKind Kind { get; init; }
}
