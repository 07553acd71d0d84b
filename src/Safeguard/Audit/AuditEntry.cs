namespace Safeguard.Audit;

/// <summary>Who did what to which record, when, from where, and why. Append-only.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    /// <summary>What was done: "record referral-received", "refused letter-sent", "view child".</summary>
    public required string Action { get; set; }

    /// <summary>The record it touched, e.g. "child:12" or "complaint:3".</summary>
    public required string Subject { get; set; }

    public long? FactId { get; set; }

    public string? Reason { get; set; }

    /// <summary>Where it came from: an IP address, "cli", "replay".</summary>
    public required string Origin { get; set; }

    /// <summary>The hash of the entry before this one in the chain; null for the first entry.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 over the previous hash and this entry's content (see <see cref="AuditChain"/>).</summary>
    public string Hash { get; set; } = "";
}
