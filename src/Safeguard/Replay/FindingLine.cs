using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguard.Rules;

namespace Safeguard.Replay;

/// <summary>A finding as replay prints it: the scenario's own ids, never the record's keys.</summary>
public sealed record FindingLine(
    string Rule,
    string Status,
    string? Child,
    string? Person,
    string? Meeting,
    string? Complaint,
    string? Action,
    string? Remedy,
    string? Alert,
    DateOnly? Due,
    DateOnly? Done,
    IReadOnlyList<string>? Missing,
    string Basis)
{
    public JsonObject ToJson(string? scenario = null)
    {
        var json = new JsonObject { ["rule"] = Rule, ["status"] = Status };
        Add(json, "child", Child);
        Add(json, "person", Person);
        Add(json, "meeting", Meeting);
        Add(json, "complaint", Complaint);
        Add(json, "action", Action);
        Add(json, "remedy", Remedy);
        Add(json, "alert", Alert);
        Add(json, "due", Due is { } due ? EventConverter.Iso(due) : null);
        Add(json, "done", Done is { } done ? EventConverter.Iso(done) : null);
        if (Missing is not null)
        {
            json["missing"] = new JsonArray(Missing.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());
        }

        json["basis"] = Basis;
        Add(json, "scenario", scenario);
        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON line, with apostrophes and other text as written.</summary>
    public string ToJsonLine(string? scenario = null) => ToJson(scenario).ToJsonString(LineOptions);

    public static string StatusName(DutyStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Sorted by due (those without first), then rule, then subject ids.</summary>
    public static IEnumerable<FindingLine> Sorted(IEnumerable<FindingLine> lines) => lines
        .OrderBy(l => l.Due.HasValue)
        .ThenBy(l => l.Due)
        .ThenBy(l => l.Rule, StringComparer.Ordinal)
        .ThenBy(l => string.Join('\u0001', l.Child, l.Person, l.Meeting, l.Complaint, l.Action, l.Remedy, l.Alert), StringComparer.Ordinal);
}
