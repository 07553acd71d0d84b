using System.Text.Json;
using Safeguard.Facts;

namespace Safeguard.Web.Features.Api;

/// <summary>A stored fact as recorded: the fact in the scenario vocabulary, who recorded it, and what it corrects.</summary>
public sealed record FactView(long Id, string Type, DateOnly On, DateTimeOffset RecordedAt, string RecordedBy, long? Supersedes, string? Reason, JsonElement Fact)
{
    internal static FactView From(FactRow row) =>
        new(row.Id, row.Type, row.OccurredOn, row.RecordedAt, row.RecordedBy, row.SupersedesId, row.Reason, JsonSerializer.Deserialize<JsonElement>(row.Payload));
}
