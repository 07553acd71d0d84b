using Safeguard.People;

namespace Safeguard.Replay;

public enum SubjectKind { Meeting, Complaint, Recommendation, Action, Remedy, Alert }

/// <summary>
/// The scenario's own ids and the record's ids for them. While a file is checked before anything is applied,
/// ids are handed out in order; while it is applied, they are the database's.
/// </summary>
public sealed class ScenarioIds
{
    private readonly Dictionary<string, (long Id, PersonKind Kind)> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<(SubjectKind, string), long> _subjects = [];
    private readonly Dictionary<(long Complaint, string Point), long> _points = [];
    private readonly Dictionary<long, HashSet<string>> _pointsByComplaint = [];
    private long _next = 1;

    public void AddPerson(string reference, long id, PersonKind kind) => _people[reference] = (id, kind);

    public bool HasPerson(string reference) => _people.ContainsKey(reference);

    public (long Id, PersonKind Kind) Person(string reference, string field) =>
        _people.TryGetValue(reference, out var person) ? person : throw new ScenarioException($"unknown person id '{reference}' in '{field}'", field: field);

    public long Subject(SubjectKind kind, string reference, string field) =>
        _subjects.TryGetValue((kind, reference), out var id)
            ? id
            : throw new ScenarioException($"unknown {Describe(kind)} id '{reference}' in '{field}'", field: field);

    public bool HasSubject(SubjectKind kind, string reference) => _subjects.ContainsKey((kind, reference));

    /// <summary>Checks an id the event introduces is new, and returns a provisional id for the check before applying.</summary>
    public long Reserve(SubjectKind kind, string reference, string field)
    {
        if (_subjects.ContainsKey((kind, reference)))
        {
            throw new ScenarioException($"the {Describe(kind)} id '{reference}' is used twice", field: field);
        }

        return _next++;
    }

    public void AddSubject(SubjectKind kind, string reference, long id) => _subjects[(kind, reference)] = id;

    public void AddPoint(long complaintId, string reference, long pointId)
    {
        _points[(complaintId, reference)] = pointId;
        if (!_pointsByComplaint.TryGetValue(complaintId, out var refs))
        {
            _pointsByComplaint[complaintId] = refs = new HashSet<string>(StringComparer.Ordinal);
        }

        refs.Add(reference);
    }

    public long Point(long complaintId, string reference, string field) =>
        _points.TryGetValue((complaintId, reference), out var id)
            ? id
            : throw new ScenarioException($"'{reference}' is not a point of this complaint, in '{field}'", field: field);

    public long NextProvisional() => _next++;

    private static string Describe(SubjectKind kind) => kind.ToString().ToLowerInvariant();
}
