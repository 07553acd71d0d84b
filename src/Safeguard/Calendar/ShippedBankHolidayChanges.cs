using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguard.Calendar;

/// <summary>The one-off changes the product ships with (moved and extra days since 2011).</summary>
public static class ShippedBankHolidayChanges
{
    private const string ResourceName = "Safeguard.Calendar.one-off-bank-holiday-changes.json";

    private static readonly Lazy<IReadOnlyList<BankHolidayChange>> Changes = new(Load);

    public static IReadOnlyList<BankHolidayChange> All => Changes.Value;

    private static List<BankHolidayChange> Load()
    {
        using var stream = typeof(ShippedBankHolidayChanges).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        var file = JsonSerializer.Deserialize<ChangeFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The shipped bank holiday changes are empty.");
        return file.Changes.Select(ToChange).ToList();
    }

    private static BankHolidayChange ToChange(ChangeRow row)
    {
        var kind = row.Change switch
        {
            "extra" => BankHolidayChangeKind.Extra,
            "moved" => BankHolidayChangeKind.Moved,
            _ => throw new InvalidOperationException($"Unknown bank holiday change '{row.Change}' on {row.Date}."),
        };
        var change = new BankHolidayChange(
            DateOnly.ParseExact(row.Date, "yyyy-MM-dd"),
            kind,
            row.Name,
            row.From is null ? null : DateOnly.ParseExact(row.From, "yyyy-MM-dd"));
        change.EnsureValid();
        return change;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record ChangeFile([property: JsonPropertyName("changes")] List<ChangeRow> Changes);

    private sealed record ChangeRow(string Date, string Change, string Name, string? From);
}
