using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Safeguard.Facts;

namespace Safeguard.Web.Features.Api;

/// <summary>
/// Reads request bodies strictly and explains what is wrong in terms of the JSON a client sent: the property and
/// the reason, never a .NET type name or a stack trace. Names are exact (camelCase), unknown properties are refused,
/// and null is refused where a value is needed, so a typo cannot slip through as "not given".
/// </summary>
internal static class JsonBody
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(FactJson.Options)
        {
            PropertyNameCaseInsensitive = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The body as a JSON object, or the problem to answer with.</summary>
    public static async Task<(JsonObject? Body, IResult? Problem)> ObjectAsync(HttpRequest request, CancellationToken ct)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})" : "";
            return (null, ApiProblems.BadRequest("The request body is not valid JSON", $"The request body could not be read as JSON{where}. Send one JSON object."));
        }

        return node is JsonObject body
            ? (body, null)
            : (null, ApiProblems.BadRequest("The request body must be a JSON object", "Send one JSON object, such as {\"name\": \"...\"}."));
    }

    /// <summary>Reads the body into <typeparamref name="T"/>.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        var (body, problem) = await ObjectAsync(request, ct);
        if (body is null)
        {
            return (null, problem);
        }

        var (value, errors) = Bind(body, typeof(T));
        return errors.Count > 0 ? (null, ApiProblems.Validation(errors)) : ((T)value!, null);
    }

    /// <summary>Binds an object to a type; on failure, the errors by property name.</summary>
    public static (object? Value, Dictionary<string, string[]> Errors) Bind(JsonObject body, Type type)
    {
        var info = Options.GetTypeInfo(type);
        var properties = Accepted(info).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, _) in body)
        {
            if (!properties.ContainsKey(name))
            {
                errors[name] = [$"'{name}' is not a property of this request. The properties are: {string.Join(", ", properties.Keys)}."];
            }
        }

        foreach (var property in properties.Values.Where(p => p.IsRequired && !body.ContainsKey(p.Name)))
        {
            errors[property.Name] = [$"Enter {property.Name}: {Expected(property.PropertyType)}."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        try
        {
            return (body.Deserialize(info), errors);
        }
        catch (JsonException e)
        {
            var name = PropertyOf(e.Path);
            if (name is not null && properties.TryGetValue(name, out var property))
            {
                errors[name] = [$"'{name}' must be {Expected(property.PropertyType)}."];
            }
            else
            {
                errors[name ?? "body"] = ["The value is not valid here."];
            }

            return (null, errors);
        }
    }

    /// <summary>
    /// The properties a request may set: not those the record gives (a fact's id and sequence), which the serializer
    /// ignores, so that sending one is an error rather than silently dropped.
    /// </summary>
    public static IEnumerable<JsonPropertyInfo> Accepted(JsonTypeInfo info) =>
        info.Properties.Where(p => p.AttributeProvider?.IsDefined(typeof(JsonIgnoreAttribute), inherit: true) != true);

    /// <summary>"$.attended[1]" -> "attended".</summary>
    private static string? PropertyOf(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var name = path[2..];
        var end = name.IndexOfAny(['.', '[']);
        return end < 0 ? name : name[..end];
    }

    /// <summary>What a value of this type looks like in JSON, in words.</summary>
    public static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DateOnly))
        {
            return "a date in the form YYYY-MM-DD";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", EnumValues(type));
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(long) || type == typeof(int))
        {
            return "a whole number";
        }

        if (type == typeof(decimal))
        {
            return "a number";
        }

        if (type == typeof(string))
        {
            return "text";
        }

        var item = type.IsGenericType ? type.GetGenericArguments()[0] : null;
        return item == typeof(long) ? "a list of ids (whole numbers)"
            : item == typeof(string) ? "a list of text"
            : "a value of the right kind";
    }

    /// <summary>An enum's values as they are written in JSON (kebab-case).</summary>
    public static IEnumerable<string> EnumValues(Type type) =>
        Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, Options).Trim('"'));

    public static JsonTypeInfo TypeInfo(Type type) => Options.GetTypeInfo(type);
}
