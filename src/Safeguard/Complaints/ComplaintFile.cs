using Safeguard.Facts;

namespace Safeguard.Complaints;

/// <summary>
/// Everything the complaint rules read about one complaint: its facts and those of its recommendations,
/// actions and remedies, in the order they happened. An action agreed outside any complaint has a file of its own
/// with no complaint.
/// </summary>
public sealed record ComplaintFile(long? ComplaintId, IReadOnlyList<Fact> Facts);

/// <summary>Flags a complaints manager must decide on; they are not findings.</summary>
public sealed record ComplaintFlag(string Kind, DateOnly On, string Detail);
