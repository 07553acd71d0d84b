using Safeguard.Facts;

namespace Safeguard.People;

/// <summary>Person X must not receive correspondence that would reach the people they are kept from.</summary>
public sealed record ContactRestrictionRecorded : Fact
{
    public long RestrictionId { get; init; }

    public required long PersonId { get; init; }

    public required IReadOnlyList<long> Protects { get; init; }

    /// <summary>The safe route (for example the IDVA) that correspondence goes through instead.</summary>
    public long? ViaId { get; init; }
}
