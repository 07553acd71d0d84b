using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Policy;
using Safeguard.Recording;
using Safeguard.Rules;

namespace Safeguard.Replay;

/// <summary>One scenario replayed into its own fresh database: its findings, or why the file is bad.</summary>
public sealed class ReplayedScenario(Scenario scenario, SafeguardDbContext db, IAsyncDisposable lifetime, RuleSet rules, TimeProvider time) : IAsyncDisposable
{
    public Scenario Scenario => scenario;

    public SafeguardDbContext Database => db;

    public async Task<IReadOnlyList<FindingLine>> FindingsOnAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var findings = await new FindingsQuery(db, time).FindingsOnAsync(rules, asOf, ct);
        var names = await ReferencesAsync(ct);
        return FindingLine.Sorted(findings.Select(f => new FindingLine(
            f.Duty.Rule,
            FindingLine.StatusName(f.Status),
            Name(names.People, f.Duty.Subjects.ChildId),
            Name(names.People, f.Duty.Subjects.PersonId),
            Name(names.Meetings, f.Duty.Subjects.MeetingId) ?? (f.Duty.Rule == RuleIds.ConferenceKind ? f.Duty.RefusedReference : null),
            Name(names.Complaints, f.Duty.Subjects.ComplaintId),
            Name(names.Actions, f.Duty.Subjects.ActionId),
            Name(names.Remedies, f.Duty.Subjects.RemedyId),
            Name(names.Alerts, f.Duty.Subjects.AlertId),
            f.Duty.Due,
            f.Duty.Done,
            f.Duty.MissingParts,
            RuleCatalogue.Get(f.Duty.Rule).Basis))).ToList();
    }

    /// <summary>The date of the file's last event: when replay evaluates without --as-of.</summary>
    public DateOnly LastEventDate => scenario.Events.Count > 0 ? scenario.Events[^1].On : DateOnly.MinValue;

    /// <summary>Compares each expectation with the findings at its own date; returns what did not match.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken ct = default)
    {
        var mismatches = new List<string>();
        foreach (var expectation in scenario.Expectations)
        {
            var reported = (await FindingsOnAsync(expectation.AsOf, ct)).Select(f => f.ToJson()).ToList();
            var asOf = EventConverter.Iso(expectation.AsOf);
            foreach (var expected in expectation.Findings)
            {
                if (!reported.Any(r => Matches(r, expected)))
                {
                    mismatches.Add($"{scenario.FileName}: as of {asOf}: expected finding not reported: {expected.GetRawText()}");
                }
            }

            foreach (var absent in expectation.Absent)
            {
                foreach (var r in reported.Where(r => Matches(r, absent)))
                {
                    mismatches.Add($"{scenario.FileName}: as of {asOf}: finding reported that should be absent ({absent.GetRawText()}): {r.ToJsonString()}");
                }
            }
        }

        return mismatches;
    }

    /// <summary>A reported finding matches when its rule is the same and every other field given is equal.</summary>
    public static bool Matches(JsonObject reported, JsonElement expected)
    {
        foreach (var property in expected.EnumerateObject())
        {
            if (!reported.TryGetPropertyValue(property.Name, out var value) || value is null)
            {
                return false;
            }

            if (!JsonNode.DeepEquals(value, JsonNode.Parse(property.Value.GetRawText())))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Name(Dictionary<long, string> names, long? id) => id is { } key ? names.GetValueOrDefault(key, key.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;

    private async Task<References> ReferencesAsync(CancellationToken ct) => new(
        await db.People.ToDictionaryAsync(p => p.Id, p => p.Reference, ct),
        await db.Meetings.ToDictionaryAsync(m => m.Id, m => m.Reference, ct),
        await db.Complaints.ToDictionaryAsync(c => c.Id, c => c.Reference, ct),
        await db.Actions.ToDictionaryAsync(a => a.Id, a => a.Reference, ct),
        await db.Remedies.ToDictionaryAsync(r => r.Id, r => r.Reference, ct),
        await db.QualityAlerts.ToDictionaryAsync(a => a.Id, a => a.Reference, ct));

    private sealed record References(
        Dictionary<long, string> People,
        Dictionary<long, string> Meetings,
        Dictionary<long, string> Complaints,
        Dictionary<long, string> Actions,
        Dictionary<long, string> Remedies,
        Dictionary<long, string> Alerts);

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await lifetime.DisposeAsync();
    }
}

/// <summary>Where a replay's fresh database comes from.</summary>
public interface IScratchDatabase
{
    /// <summary>A new, empty database (not yet migrated) and what to dispose when the replay is done with it.</summary>
    Task<(SafeguardDbContext Db, IAsyncDisposable Lifetime)> CreateAsync(CancellationToken ct);
}

/// <summary>The default: a SQLite database in memory, which lives as long as its connection.</summary>
public sealed class InMemorySqliteDatabase : IScratchDatabase
{
    public async Task<(SafeguardDbContext Db, IAsyncDisposable Lifetime)> CreateAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        return (new SafeguardDbContext(SafeguardDatabase.Options(connection)), connection);
    }
}

/// <summary>
/// Applies a scenario to a fresh database through the same services the web pages use. The whole file is
/// checked before anything is applied; an event a service rejects as out of order makes the file bad too,
/// and its database is thrown away.
/// </summary>
public sealed class ReplayRunner(TimeProvider time, WorkingDayCalendar calendar, IScratchDatabase? database = null)
{
    private readonly IScratchDatabase _database = database ?? new InMemorySqliteDatabase();

    private static readonly Recorder Replay = new("replay", "replay");

    public async Task<ReplayedScenario> ReplayAsync(Scenario scenario, CancellationToken ct = default)
    {
        CheckBeforeApplying(scenario);

        var (db, lifetime) = await _database.CreateAsync(ct);
        try
        {
            await db.Database.MigrateAsync(ct);
            await CouncilSetup.EnsureCouncilAsync(db, scenario.Name, scenario.Policy, ct);
            var ids = new ScenarioIds();
            await AddPeopleAsync(db, scenario, ids, ct);
            var service = new CaseRecordService(db, time, calendar);
            var converter = new EventConverter(ids);
            foreach (var e in scenario.Events)
            {
                var converted = converter.Convert(e);
                var result = await service.RecordAsync(converted.Fact, Replay, converted.Reference, ct: ct);
                switch (result)
                {
                    case Rejected rejected:
                        throw new ScenarioException(rejected.Message, e.Index, rejected.Field);
                    case Recorded recorded when converted.Introduces is { } kind:
                        ids.AddSubject(kind, converted.Reference!, recorded.NewSubjectId!.Value);
                        if (kind == SubjectKind.Complaint)
                        {
                            foreach (var point in await db.ComplaintPoints.Where(p => p.ComplaintId == recorded.NewSubjectId).ToListAsync(ct))
                            {
                                ids.AddPoint(point.ComplaintId, point.Reference, point.Id);
                            }
                        }

                        break;
                    default:
                        break;
                }
            }

            return new ReplayedScenario(scenario, db, lifetime, await service.RulesAsync(ct), time);
        }
        catch
        {
            await db.DisposeAsync();
            await lifetime.DisposeAsync();
            throw;
        }
    }

    /// <summary>Converts every event with provisional ids, so a malformed file is reported before anything is applied.</summary>
    private static void CheckBeforeApplying(Scenario scenario)
    {
        var ids = new ScenarioIds();
        foreach (var person in scenario.People)
        {
            ids.AddPerson(person.Id, ids.NextProvisional(), KindOf(person));
        }

        var converter = new EventConverter(ids);
        foreach (var e in scenario.Events)
        {
            var converted = converter.Convert(e);
            if (converted.Introduces is { } kind)
            {
                var id = ids.NextProvisional();
                ids.AddSubject(kind, converted.Reference!, id);
                if (converted.Fact is Complaints.ComplaintReceived received)
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var point in received.Points)
                    {
                        if (!seen.Add(point.Reference))
                        {
                            throw new ScenarioException($"the point id '{point.Reference}' is used twice", e.Index, "points");
                        }

                        ids.AddPoint(id, point.Reference, ids.NextProvisional());
                    }
                }
            }
        }
    }

    private static PersonKind KindOf(ScenarioPerson person) => person.Type switch
    {
        "child" => PersonKind.Child,
        "adult" => PersonKind.Adult,
        _ => PersonKind.Staff,
    };

    private async Task AddPeopleAsync(SafeguardDbContext db, Scenario scenario, ScenarioIds ids, CancellationToken ct)
    {
        var people = new PeopleService(db, time);
        foreach (var p in scenario.People)
        {
            var person = new Person
            {
                Reference = p.Id,
                Kind = KindOf(p),
                BirthDate = p.BirthDate,
                StaffRole = p.Role is null ? null : JsonSerializer.Deserialize<StaffRole>($"\"{p.Role}\"", Facts.FactJson.Options),
                Qualified = p.Qualified,
                FirstYear = p.FirstYear,
            };
            var result = await people.AddPersonAsync(person, Replay, ct);
            if (result is Rejected rejected)
            {
                throw new ScenarioException(rejected.Message, field: $"people.{p.Id}");
            }

            ids.AddPerson(p.Id, person.Id, person.Kind);
        }

        foreach (var adult in scenario.People)
        {
            foreach (var rel in adult.Relationships)
            {
                var role = JsonSerializer.Deserialize<RelationshipRole>($"\"{rel.Role}\"", Facts.FactJson.Options);
                if (await people.AddRelationshipAsync(ids.Person(adult.Id, "people").Id, ids.Person(rel.Child, "relationships").Id, role, rel.ParentalResponsibility, Replay, ct) is Rejected rejected)
                {
                    throw new ScenarioException(rejected.Message, field: $"people.{adult.Id}.relationships");
                }
            }
        }
    }
}
