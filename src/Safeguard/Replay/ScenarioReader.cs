using System.Globalization;
using System.Text.Json;
using Safeguard.Facts;

namespace Safeguard.Replay;

/// <summary>Reads a scenario file and checks its shape, before anything is applied.</summary>
public static class ScenarioReader
{
    public const string Format = "safeguard-scenario/1";

    private static readonly string[] PersonTypes = ["child", "adult", "staff"];
    private static readonly string[] RelationshipRoles = ["mother", "father", "step-parent", "carer", "relative", "other"];
    private static readonly string[] StaffRoles = ["social-worker", "team-manager", "conference-chair", "complaints-manager", "investigating-officer", "independent-person", "idva", "other"];

    public static Scenario Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new ScenarioException($"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ScenarioException($"cannot read the file: {e.Message}");
        }

        return Parse(Path.GetFileName(path), text);
    }

    public static Scenario Parse(string fileName, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ScenarioException($"not valid JSON: {e.Message}");
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException("the file must hold one JSON object");
        }

        var format = OptionalString(root, "format", null);
        if (format is not null && format != Format)
        {
            throw new ScenarioException($"unknown format '{format}': expected '{Format}'", field: "format");
        }

        var name = OptionalString(root, "name", null) ?? fileName;
        var policy = ReadPolicy(root);
        var people = ReadPeople(root);
        var events = ReadEvents(root);
        var expectations = ReadExpectations(root);
        return new Scenario(fileName, name, policy, people, events, expectations);
    }

    private static Dictionary<string, int> ReadPolicy(JsonElement root)
    {
        var policy = new Dictionary<string, int>();
        if (!root.TryGetProperty("policy", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return policy;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException("'policy' must be an object of setting names and numbers", field: "policy");
        }

        foreach (var setting in element.EnumerateObject())
        {
            if (!Policy.PolicySettings.Names.Contains(setting.Name))
            {
                throw new ScenarioException($"'{setting.Name}' is not a policy setting", field: $"policy.{setting.Name}");
            }

            if (setting.Value.ValueKind != JsonValueKind.Number || !setting.Value.TryGetInt32(out var value) || value < 1 || value > 400)
            {
                throw new ScenarioException($"the policy setting '{setting.Name}' must be a whole number of working days from 1 to 400", field: $"policy.{setting.Name}");
            }

            policy[setting.Name] = value;
        }

        return policy;
    }

    private static List<ScenarioPerson> ReadPeople(JsonElement root)
    {
        var people = new List<ScenarioPerson>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, i) in Array(root, "people").Select((e, i) => (e, i)))
        {
            var where = $"people[{i}]";
            var id = RequiredString(element, "id", where);
            if (!ids.Add(id))
            {
                throw new ScenarioException($"the person id '{id}' is used twice", field: $"{where}.id");
            }

            var type = OneOf(element, "type", PersonTypes, where);
            var role = type == "staff" ? OneOf(element, "role", StaffRoles, where) : null;
            var relationships = new List<ScenarioRelationship>();
            if (element.TryGetProperty("relationships", out var rels))
            {
                if (type != "adult")
                {
                    throw new ScenarioException($"only adults have relationships ('{id}' is {type})", field: $"{where}.relationships");
                }

                foreach (var (rel, j) in Array(element, "relationships").Select((e, j) => (e, j)))
                {
                    var relWhere = $"{where}.relationships[{j}]";
                    relationships.Add(new ScenarioRelationship(
                        RequiredString(rel, "child", relWhere),
                        OneOf(rel, "role", RelationshipRoles, relWhere),
                        OptionalBool(rel, "parentalResponsibility", relWhere) ?? false));
                }
            }

            people.Add(new ScenarioPerson(
                id,
                type,
                OptionalDate(element, "birthDate", where),
                role,
                OptionalBool(element, "qualified", where) ?? true,
                OptionalBool(element, "firstYear", where) ?? false,
                relationships));
        }

        var children = people.Where(p => p.Type == "child").Select(p => p.Id).ToHashSet();
        foreach (var person in people)
        {
            foreach (var rel in person.Relationships.Where(r => !children.Contains(r.Child)))
            {
                throw new ScenarioException($"'{person.Id}' has a relationship with '{rel.Child}', who is not a child in 'people'", field: "people");
            }
        }

        return people;
    }

    private static List<ScenarioEvent> ReadEvents(JsonElement root)
    {
        var events = new List<ScenarioEvent>();
        DateOnly? previous = null;
        foreach (var (element, i) in Array(root, "events").Select((e, i) => (e, i)))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new ScenarioException("an event must be an object", i);
            }

            var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : throw new ScenarioException("missing field 'type'", i, "type");
            if (!FactTypes.TryGetType(type, out _))
            {
                throw new ScenarioException($"unknown event type '{type}'", i, "type");
            }

            var on = element.TryGetProperty("on", out var o) ? ParseDate(o, "on", i) : throw new ScenarioException("missing field 'on'", i, "on");
            if (previous is { } before && on < before)
            {
                throw new ScenarioException($"dates go backwards: {on:yyyy-MM-dd} comes after {before:yyyy-MM-dd}", i, "on");
            }

            previous = on;
            events.Add(new ScenarioEvent(i, type, on, element.Clone()));
        }

        return events;
    }

    private static List<ScenarioExpectation> ReadExpectations(JsonElement root)
    {
        var expectations = new List<ScenarioExpectation>();
        if (!root.TryGetProperty("expect", out _))
        {
            return expectations;
        }

        foreach (var (element, i) in Array(root, "expect").Select((e, i) => (e, i)))
        {
            var where = $"expect[{i}]";
            var asOf = element.TryGetProperty("asOf", out var a) ? ParseDate(a, $"{where}.asOf", null) : throw new ScenarioException("missing field 'asOf'", field: $"{where}.asOf");
            var findings = element.TryGetProperty("findings", out _) ? Array(element, "findings").Select(f => f.Clone()).ToList() : [];
            var absent = element.TryGetProperty("absent", out _) ? Array(element, "absent").Select(f => f.Clone()).ToList() : [];
            foreach (var entry in findings.Concat(absent))
            {
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("rule", out var rule) || rule.ValueKind != JsonValueKind.String)
                {
                    throw new ScenarioException("each expected or absent finding must be an object with a 'rule'", field: where);
                }
            }

            expectations.Add(new ScenarioExpectation(asOf, findings, absent));
        }

        return expectations;
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioException($"'{name}' must be a list", field: name);
        }

        return array.EnumerateArray().ToList();
    }

    private static string RequiredString(JsonElement element, string name, string where) =>
        OptionalString(element, name, where) is { Length: > 0 } value ? value : throw new ScenarioException($"missing field '{name}'", field: $"{where}.{name}");

    private static string? OptionalString(JsonElement element, string name, string? where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ScenarioException($"'{name}' must be text", field: where is null ? name : $"{where}.{name}");
    }

    private static bool? OptionalBool(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ScenarioException($"'{name}' must be true or false", field: $"{where}.{name}"),
        };
    }

    private static DateOnly? OptionalDate(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? ParseDate(value, $"{where}.{name}", null) : null;

    private static string OneOf(JsonElement element, string name, string[] allowed, string where)
    {
        var value = RequiredString(element, name, where);
        return allowed.Contains(value) ? value : throw new ScenarioException($"'{name}' must be one of {string.Join(", ", allowed)}, not '{value}'", field: $"{where}.{name}");
    }

    public static DateOnly ParseDate(JsonElement value, string field, int? eventIndex)
    {
        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new ScenarioException($"'{field}' must be a date written yyyy-mm-dd, not {value.GetRawText()}", eventIndex, field);
    }
}
