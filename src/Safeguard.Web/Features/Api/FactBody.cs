using System.Text.Json.Nodes;
using Safeguard.Facts;

namespace Safeguard.Web.Features.Api;

/// <summary>A fact read from a request, with what goes with it: the entry it corrects and why, or a new reference.</summary>
internal sealed record FactRequest(Fact Fact, long? Supersedes, string? CorrectionReason, string? Reference);

/// <summary>Which fact types an endpoint takes, and the roles (a <see cref="Infrastructure.RoleSets"/> value) each needs.</summary>
internal sealed record FactMenu(IReadOnlyDictionary<string, string> RolesByType, bool TakesReference, bool TakesCorrection, string ReferenceWords = "`reference` (required) is the new meeting's reference.")
{
    public IEnumerable<string> Types => RolesByType.Keys;
}

/// <summary>
/// Reads a fact in the scenario vocabulary (<see cref="FactJson"/>: a "type" discriminator and kebab-case values)
/// from a request body. The subject in the address (the child or the meeting) is filled in, or must match; the
/// fact's own date may not be in the future.
/// </summary>
internal static class FactBody
{
    public const string SupersedesProperty = "supersedes";
    public const string CorrectionReasonProperty = "correctionReason";
    public const string ReferenceProperty = "reference";

    /// <summary>Fills the subject from the address into the body, adding an error if the body names another.</summary>
    public delegate void Fill(JsonObject body, Type factType, Dictionary<string, string[]> errors);

    public static async Task<(FactRequest? Request, IResult? Problem)> ReadAsync(HttpRequest request, FactMenu menu, Fill fill, DateOnly today, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ObjectAsync(request, ct);
        if (body is null)
        {
            return (null, problem);
        }

        var allowed = string.Join(", ", menu.Types);
        if (body["type"] is not JsonValue typeValue || !typeValue.TryGetValue<string>(out var type))
        {
            return (null, ApiProblems.Validation("type", $"Enter the type of fact: one of {allowed}."));
        }

        if (!menu.RolesByType.ContainsKey(type) || !FactTypes.TryGetType(type, out var factType))
        {
            return (null, ApiProblems.Validation("type", $"'{type}' cannot be recorded here. Use one of {allowed}."));
        }

        body.Remove("type");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        long? supersedes = Take(body, SupersedesProperty, menu.TakesCorrection, errors) is { } id
            ? Read<long>(id, SupersedesProperty, "the id of the entry this corrects (a whole number)", errors)
            : null;
        var reason = Take(body, CorrectionReasonProperty, menu.TakesCorrection, errors) is { } why ? Read<string>(why, CorrectionReasonProperty, "text", errors) : null;
        // A fact with a reference of its own (the Ombudsman's) keeps it; the new record's reference is for the others.
        var ownReference = JsonBody.Accepted(JsonBody.TypeInfo(factType)).Any(p => p.Name == ReferenceProperty);
        var reference = !ownReference && Take(body, ReferenceProperty, menu.TakesReference, errors) is { } named ? Read<string>(named, ReferenceProperty, "text", errors) : null;
        if (supersedes is not null && string.IsNullOrWhiteSpace(reason))
        {
            errors[CorrectionReasonProperty] = ["Enter why the entry is being corrected."];
        }

        fill(body, factType, errors);
        if (errors.Count > 0)
        {
            return (null, ApiProblems.Validation(errors));
        }

        var (value, bindErrors) = JsonBody.Bind(body, factType);
        if (bindErrors.Count > 0)
        {
            return (null, ApiProblems.Validation(bindErrors));
        }

        var fact = (Fact)value!;
        if (fact.On > today)
        {
            return (null, ApiProblems.Validation("on", "The date it happened must be today or in the past."));
        }

        return (new FactRequest(fact, supersedes, reason, reference), null);
    }

    /// <summary>Fills a single id property (childId, meetingId...) from the address.</summary>
    public static void FillId(JsonObject body, string property, long id, string what, Dictionary<string, string[]> errors)
    {
        if (body[property] is { } given && !(given is JsonValue value && value.TryGetValue<long>(out var givenId) && givenId == id))
        {
            errors[property] = [$"'{property}' must be {id}, the {what} in the address, or be left out."];
            return;
        }

        body[property] = id;
    }

    /// <summary>Removes an envelope property from the body; null when it is absent, null, or not taken here.</summary>
    private static JsonNode? Take(JsonObject body, string property, bool allowed, Dictionary<string, string[]> errors)
    {
        if (!body.TryGetPropertyValue(property, out var node))
        {
            return null;
        }

        body.Remove(property);
        if (!allowed)
        {
            errors[property] = [$"'{property}' is not taken here."];
            return null;
        }

        return node;
    }

    private static T? Read<T>(JsonNode node, string property, string expected, Dictionary<string, string[]> errors)
    {
        if (node is JsonValue value && value.TryGetValue<T>(out var result))
        {
            return result;
        }

        errors[property] = [$"'{property}' must be {expected}."];
        return default;
    }
}
