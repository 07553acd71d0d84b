using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguard.Tests.Calendar;

/// <summary>The published England and Wales bank holidays for 2010-2028, as stored in TestData.</summary>
internal static class BankHolidayFixture
{
    private static readonly Lazy<FixtureFile> File = new(Load);

    public static IReadOnlyDictionary<int, IReadOnlyList<DateOnly>> Years => File.Value.Years
        .ToDictionary(
            pair => int.Parse(pair.Key, CultureInfo.InvariantCulture),
            pair => (IReadOnlyList<DateOnly>)pair.Value.Select(ParseDate).ToList());

    public static IReadOnlyList<FixtureChange> OneOffChanges => File.Value.OneOffChanges;

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FixtureFile Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "calendar", "bank-holidays-england-and-wales.json");
        using var stream = System.IO.File.OpenRead(path);
        return JsonSerializer.Deserialize<FixtureFile>(stream)
            ?? throw new InvalidOperationException($"The fixture {path} is empty.");
    }

    private sealed record FixtureFile(
        [property: JsonPropertyName("oneOffChanges")] List<FixtureChange> OneOffChanges,
        [property: JsonPropertyName("years")] Dictionary<string, List<string>> Years);
}

internal sealed record FixtureChange(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("change")] string Change,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("from")] string? From);
