using System.Text.Json;

namespace Safeguard.Replay;

/// <summary>A scenario file (scenario-format.md): people, dated events and the findings expected.</summary>
public sealed record Scenario(
    string FileName,
    string Name,
    IReadOnlyDictionary<string, int> Policy,
    IReadOnlyList<ScenarioPerson> People,
    IReadOnlyList<ScenarioEvent> Events,
    IReadOnlyList<ScenarioExpectation> Expectations);

public sealed record ScenarioPerson(
    string Id,
    string Type,
    DateOnly? BirthDate,
    string? Role,
    bool Qualified,
    bool FirstYear,
    IReadOnlyList<ScenarioRelationship> Relationships);

public sealed record ScenarioRelationship(string Child, string Role, bool ParentalResponsibility);

public sealed record ScenarioEvent(int Index, string Type, DateOnly On, JsonElement Json);

public sealed record ScenarioExpectation(DateOnly AsOf, IReadOnlyList<JsonElement> Findings, IReadOnlyList<JsonElement> Absent);

/// <summary>A bad scenario file: where, and why. Nothing of the file is applied.</summary>
public sealed class ScenarioException(string message, int? eventIndex = null, string? field = null) : Exception(message)
{
    public int? EventIndex { get; } = eventIndex;

    public string? Field { get; } = field;
}
