using Safeguard.Web.Components;

namespace Safeguard.Web.Features.Pathway.Entries;

/// <summary>What a person types into an entry form. Each form asks only some of these.</summary>
public sealed class EntryInput
{
    public DateParts On { get; set; } = new();

    public string? Choice { get; set; }

    public string? Person { get; set; }

    public string? Alone { get; set; }

    public string? Permanent { get; set; }

    public string? Authority { get; set; }

    public string? Source { get; set; }

    public string? Attendees { get; set; }

    public string? Reason { get; set; }

    /// <summary>Why an entry is being corrected (asked only when correcting).</summary>
    public string? CorrectionReason { get; set; }
}
