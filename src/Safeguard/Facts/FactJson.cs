using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguard.Facts;

/// <summary>How facts and vocabulary values are written as JSON: kebab-case names and values, as in scenarios.</summary>
public static class FactJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }

    public static string Serialize(Fact fact) => JsonSerializer.Serialize(fact, Options);

    public static Fact Deserialize(string json) =>
        JsonSerializer.Deserialize<Fact>(json, Options) ?? throw new InvalidOperationException("A stored fact is empty.");
}
