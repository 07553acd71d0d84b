using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguard.Calendar;

namespace Safeguard.Bench;

/// <summary>What the generator wrote.</summary>
public sealed record GeneratedHistory(int Children, int People, int Events, int Complaints, int Stage2Complaints, DateOnly First, DateOnly Last);

/// <summary>
/// Writes one scenario file (safeguard-scenario/1) with a synthetic child protection caseload: every child has a
/// mother and a father with parental responsibility and an allocated social worker, and about a year of history
/// from referral to plan. The file is a function of the number of children and the seed only.
/// </summary>
/// <remarks>
/// Per child, on working days of the England and Wales calendar: referral, decision (mostly within the day), strategy
/// discussion deciding section 47, child seen, both parents consulted (one father in seven is not), section 47
/// completed with a conference, the initial conference scheduled with invitations and the report shared (some
/// late), held with a plan, the lead social worker allocated, minutes shared; visits every 7 to 10 working days
/// (one in eight 11 to 14, late; one visit in twenty a no-access visit first); a core group 6 to 10 working days after
/// the conference and then every 16 to 20 working days (one in eight 21 to 26), each scheduled with invitations,
/// held and minuted; management reviews every 15 to 20 working days (one in eight 21 to 28); a first review conference
/// at about three months and a second six months later, which ends the plan for two children in five (the case is
/// then closed). Every fifth child's parent complains: acknowledgement, stage 1 (some extended, some late), and for
/// three complaints in ten stage 2 (statement, report, adjudication, a remedy agreed or declined when a point is
/// upheld) before the complaint is closed. Ids are unique across the file: C0001, M0001, F0001, ICPC-C0001,
/// RCPC1-C0001, CG03-C0001, K-C0001, RM-C0001. Events are merged by date across all children; on one date they keep
/// each child's own order.
/// </remarks>
public sealed class HistoryGenerator
{
    /// <summary>A Monday: referrals start on this day and are spread over the following 13 weeks.</summary>
    public static readonly DateOnly DefaultStart = new(2024, 1, 8);

    private static readonly string[] Sources = ["police", "school", "health", "anonymous", "family member", "neighbour"];
    private static readonly string[] Agencies = ["police", "health", "school", "probation", "housing"];
    private static readonly string[] Categories = ["neglect", "emotional", "physical", "sexual"];
    private static readonly string[] PointOutcomes = ["upheld", "partly-upheld", "not-upheld"];
    private static readonly string[] PointSummaries =
    [
        "Not told the outcome of the strategy discussion",
        "Visits cancelled at short notice",
        "The conference report was shared too late to read",
        "Minutes of the core group contained errors",
        "The social worker did not return calls",
        "Contact arrangements were changed without consultation",
    ];

    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.EnglandAndWales;
    private readonly int _children;
    private readonly DateOnly _start;

    // Deterministic from the seed: System.Random with a seed uses a fixed algorithm, and this is test data, not security.
#pragma warning disable CA5394
    private readonly Random _random;

    private readonly List<Generated> _events = [];
    private long _sequence;
    private int _complaints;
    private int _stage2;

    public HistoryGenerator(int children, int seed, DateOnly? start = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(children, 1);
        _children = children;
        _random = new Random(seed);
        _start = start ?? DefaultStart;
    }

    private sealed record Generated(DateOnly On, int Child, long Sequence, JsonObject Json);

    private sealed record Staff(string Id, string Role, bool FirstYear = false);

    private sealed record Family(string Child, string Mother, string Father, Staff Worker, Staff Manager, Staff Chair);

    public GeneratedHistory WriteTo(string path)
    {
        var workers = Enumerable.Range(1, Math.Max(1, (_children + 11) / 12))
            .Select(n => new Staff($"SW{n:000}", "social-worker", FirstYear: n % 25 == 0)).ToList();
        var managers = Enumerable.Range(1, Math.Max(1, (workers.Count + 7) / 8)).Select(n => new Staff($"TM{n:00}", "team-manager")).ToList();
        var chairs = Enumerable.Range(1, Math.Max(1, (_children + 99) / 100)).Select(n => new Staff($"CH{n:00}", "conference-chair")).ToList();
        var officers = Enumerable.Range(1, Math.Max(1, (_children + 199) / 200)).Select(n => new Staff($"IO{n:00}", "investigating-officer")).ToList();
        var independents = Enumerable.Range(1, Math.Max(1, (_children + 199) / 200)).Select(n => new Staff($"IP{n:00}", "independent-person")).ToList();
        var complaintsManager = new Staff("CM1", "complaints-manager");

        var people = new List<JsonObject>();
        var families = new List<Family>();
        for (var i = 0; i < _children; i++)
        {
            var n = (i + 1).ToString("0000", CultureInfo.InvariantCulture);
            var worker = workers[i % workers.Count];
            var family = new Family($"C{n}", $"M{n}", $"F{n}", worker, managers[workers.IndexOf(worker) / 8], chairs[_random.Next(chairs.Count)]);
            families.Add(family);
            var birth = _start.AddDays(-_random.Next(30, 16 * 365));
            people.Add(new JsonObject { ["id"] = family.Child, ["type"] = "child", ["birthDate"] = Iso(birth) });
            people.Add(Parent(family.Mother, family.Child, "mother"));
            people.Add(Parent(family.Father, family.Child, "father"));
        }

        foreach (var staff in workers.Concat(managers).Concat(chairs).Concat(officers).Concat(independents).Append(complaintsManager))
        {
            var person = new JsonObject { ["id"] = staff.Id, ["type"] = "staff", ["role"] = staff.Role };
            if (staff.Role == "social-worker")
            {
                person["qualified"] = true;
                person["firstYear"] = staff.FirstYear;
            }

            people.Add(person);
        }

        for (var i = 0; i < families.Count; i++)
        {
            ChildHistory(i, families[i], officers, independents);
        }

        // Merge by date: same-date events of different children in child order, and each child's own order kept.
        var ordered = _events.OrderBy(e => e.On).ThenBy(e => e.Child).ThenBy(e => e.Sequence).ToList();
        Write(path, people, ordered);
        return new GeneratedHistory(_children, people.Count, ordered.Count, _complaints, _stage2, ordered[0].On, ordered[^1].On);
    }

    private static JsonObject Parent(string id, string child, string role) => new()
    {
        ["id"] = id,
        ["type"] = "adult",
        ["relationships"] = new JsonArray(new JsonObject { ["child"] = child, ["role"] = role, ["parentalResponsibility"] = true }),
    };

    private void ChildHistory(int index, Family f, List<Staff> officers, List<Staff> independents)
    {
        var c = f.Child;
        var referral = Wd(_start, _random.Next(0, 65));
        var horizon = referral.AddDays(365);
        Add(index, referral, "referral-received", ("child", c), ("source", Pick(Sources)));
        var decision = Wd(referral, Chance(85) ? _random.Next(0, 2) : _random.Next(2, 4));
        Add(index, decision, "referral-decision", ("child", c), ("decision", "strategy-discussion"));
        var strategy = Wd(decision, _random.Next(0, 3));
        var attendees = new JsonArray(Agencies.Where((_, k) => k < 2 || Chance(40)).Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
        Add(index, strategy, "strategy-discussion", ("child", c), ("decision", "section-47"), ("attendees", attendees));

        var seen = Wd(strategy, _random.Next(1, 4));
        Add(index, seen, "child-seen", ("child", c), ("purpose", "section-47"), ("alone", Chance(80)), ("by", f.Worker.Id));
        var motherConsulted = Wd(strategy, _random.Next(1, 6));
        Add(index, motherConsulted, "parent-consulted", ("child", c), ("person", f.Mother), ("purpose", "section-47"));
        var last = Max(seen, motherConsulted);
        if (Chance(86))
        {
            var fatherConsulted = Wd(strategy, _random.Next(2, 8));
            Add(index, fatherConsulted, "parent-consulted", ("child", c), ("person", f.Father), ("purpose", "section-47"));
            last = Max(last, fatherConsulted);
        }

        var s47 = Wd(last, _random.Next(1, 4));
        Add(index, s47, "section-47-completed", ("child", c), ("outcome", "conference"));

        // Initial conference: due 15 working days after the strategy discussion; some are late.
        var icpc = Max(Wd(strategy, Chance(85) ? _random.Next(11, 16) : _random.Next(16, 23)), Wd(s47, 3));
        var invited = Conference(index, f, $"ICPC-{c}", "initial", s47, icpc, ("category", Pick(Categories)));
        Add(index, icpc, "lead-social-worker-allocated", ("child", c), ("worker", f.Worker.Id));
        Minutes(index, $"ICPC-{c}", invited, icpc, 15);

        // Review conferences: the first at about three months, the second six months later.
        var rcpc1 = ReviewDate(icpc, 3);
        var scheduled1 = Wd(rcpc1, -_random.Next(10, 16));
        Minutes(index, $"RCPC1-{c}", Conference(index, f, $"RCPC1-{c}", "review", scheduled1, rcpc1), rcpc1, 15);
        var rcpc2 = ReviewDate(rcpc1, 6);
        var endsPlan = Chance(40);
        var planEnd = horizon;
        if (rcpc2 < horizon)
        {
            var scheduled2 = Wd(rcpc2, -_random.Next(10, 16));
            Minutes(index, $"RCPC2-{c}", Conference(index, f, $"RCPC2-{c}", "review", scheduled2, rcpc2, outcome: endsPlan ? "end-plan" : "plan"), rcpc2, 15);
            if (endsPlan)
            {
                planEnd = rcpc2;
                Add(index, Wd(rcpc2, _random.Next(5, 16)), "case-closed", ("child", c), ("reason", "child protection plan ended"));
            }
        }

        Visits(index, f, icpc, planEnd);
        CoreGroups(index, f, icpc, planEnd);
        ManagementReviews(index, f, icpc, planEnd);
        if (index % 5 == 0)
        {
            Complaint(index, f, icpc, officers, independents);
        }
    }

    /// <summary>Schedules, invites, shares the report and holds a conference; returns the parents invited.</summary>
    private List<string> Conference(int index, Family f, string meeting, string kind, DateOnly scheduledOn, DateOnly date, (string, JsonNode?)? extra = null, string outcome = "plan")
    {
        Add(index, scheduledOn, "conference-scheduled", ("meeting", meeting), ("child", f.Child), ("kind", kind), ("date", Iso(date)));
        var invited = new List<string>();
        foreach (var parent in new[] { f.Mother, f.Father })
        {
            if (Chance(96))
            {
                Add(index, scheduledOn, "invitation-sent", ("meeting", meeting), ("person", parent));
                invited.Add(parent);
            }
        }

        foreach (var parent in invited)
        {
            // Due at least 3 working days before the conference; one report in nine is shared later than that.
            var shared = Max(scheduledOn, Wd(date, Chance(89) ? -_random.Next(3, 6) : -_random.Next(0, 3)));
            Add(index, shared, "document-shared", ("meeting", meeting), ("document", "conference-report"), ("person", parent));
        }

        var attended = new JsonArray(invited.Where(p => p == f.Mother || Chance(75)).Append(f.Worker.Id).Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
        var held = new List<(string, JsonNode?)> { ("meeting", meeting), ("attended", attended), ("outcome", outcome) };
        if (extra is { } e)
        {
            held.Add(e);
        }

        Add(index, date, "conference-held", [.. held]);
        return invited;
    }

    private void Minutes(int index, string meeting, List<string> invited, DateOnly held, int dueWorkingDays)
    {
        var on = Wd(held, Chance(90) ? _random.Next(3, dueWorkingDays + 1) : _random.Next(dueWorkingDays + 1, dueWorkingDays + 8));
        foreach (var parent in invited)
        {
            Add(index, on, "document-shared", ("meeting", meeting), ("document", "minutes"), ("person", parent));
        }
    }

    /// <summary>A review conference due <paramref name="months"/> calendar months after the last: mostly a few days early, one in ten late.</summary>
    private DateOnly ReviewDate(DateOnly previous, int months)
    {
        var due = previous.AddMonths(months);
        var date = Chance(90) ? due.AddDays(-_random.Next(0, 10)) : due.AddDays(_random.Next(3, 15));
        while (!_calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    private void Visits(int index, Family f, DateOnly planStart, DateOnly planEnd)
    {
        var previous = planStart;
        while (true)
        {
            var next = Wd(previous, Chance(88) ? _random.Next(7, 11) : _random.Next(11, 15));
            if (Chance(5))
            {
                Add(index, next, "visit-no-access", ("child", f.Child));
                next = Wd(next, _random.Next(1, 4));
            }

            if (next >= planEnd)
            {
                return;
            }

            Add(index, next, "child-seen", ("child", f.Child), ("purpose", "visit"), ("alone", Chance(85)), ("by", f.Worker.Id));
            previous = next;
        }
    }

    private void CoreGroups(int index, Family f, DateOnly planStart, DateOnly planEnd)
    {
        var date = Wd(planStart, Chance(90) ? _random.Next(6, 11) : _random.Next(11, 15));
        for (var n = 1; date < planEnd; n++)
        {
            var meeting = $"CG{n:00}-{f.Child}";
            var scheduledOn = Max(planStart, Wd(date, -_random.Next(5, 8)));
            Add(index, scheduledOn, "core-group-scheduled", ("meeting", meeting), ("child", f.Child), ("date", Iso(date)));
            var invited = new List<string>();
            foreach (var parent in new[] { f.Mother, f.Father })
            {
                if (Chance(97))
                {
                    Add(index, scheduledOn, "invitation-sent", ("meeting", meeting), ("person", parent));
                    invited.Add(parent);
                }
            }

            var attended = invited.Where(p => p == f.Mother ? Chance(90) : Chance(60)).Append(f.Worker.Id).Select(p => (JsonNode?)JsonValue.Create(p)).ToArray();
            Add(index, date, "core-group-held", ("meeting", meeting), ("child", f.Child), ("attended", new JsonArray(attended)));
            Minutes(index, meeting, invited, date, 10);
            date = Wd(date, Chance(88) ? _random.Next(16, 21) : _random.Next(21, 27));
        }
    }

    private void ManagementReviews(int index, Family f, DateOnly planStart, DateOnly planEnd)
    {
        var date = Wd(planStart, _random.Next(15, 21));
        while (date < planEnd)
        {
            Add(index, date, "management-review", ("child", f.Child), ("by", f.Manager.Id));
            date = Wd(date, Chance(88) ? _random.Next(15, 21) : _random.Next(21, 29));
        }
    }

    private void Complaint(int index, Family f, DateOnly planStart, List<Staff> officers, List<Staff> independents)
    {
        _complaints++;
        var id = $"K-{f.Child}";
        var received = Wd(planStart, _random.Next(5, 61));
        var points = Enumerable.Range(1, _random.Next(1, 4)).Select(p => $"P{p}").ToList();
        var pointList = new JsonArray(points.Select(p => (JsonNode?)new JsonObject { ["id"] = p, ["summary"] = Pick(PointSummaries) }).ToArray());
        Add(index, received, "complaint-received", ("complaint", id), ("complainant", Chance(50) ? f.Mother : f.Father), ("child", f.Child), ("points", pointList));
        Add(index, Wd(received, Chance(90) ? _random.Next(1, 4) : _random.Next(4, 7)), "complaint-acknowledged", ("complaint", id));

        DateOnly response;
        if (Chance(15))
        {
            Add(index, Wd(received, _random.Next(6, 10)), "stage-1-extended", ("complaint", id), ("reason", "several services involved"));
            response = Wd(received, _random.Next(12, 21));
        }
        else
        {
            response = Wd(received, Chance(85) ? _random.Next(5, 11) : _random.Next(11, 17));
        }

        Add(index, response, "stage-1-response-sent", ("complaint", id), ("outcomes", Outcomes(points, out _)));
        if (!Chance(30))
        {
            Add(index, Wd(response, _random.Next(20, 31)), "complaint-closed", ("complaint", id), ("reason", "resolved"));
            return;
        }

        _stage2++;
        var requested = Wd(response, _random.Next(5, 21));
        Add(index, requested, "stage-2-requested", ("complaint", id));
        var statement = Wd(requested, Chance(90) ? _random.Next(3, 11) : _random.Next(11, 15));
        Add(index, statement, "stage-2-statement-agreed", ("complaint", id), ("investigatingOfficer", Pick(officers).Id), ("independentPerson", Pick(independents).Id));
        var report = Wd(statement, _random.Next(18, 25));
        Add(index, report, "stage-2-report-received", ("complaint", id));
        var adjudication = Wd(report, _random.Next(1, 5));
        Add(index, adjudication, "stage-2-adjudication-sent", ("complaint", id), ("outcomes", Outcomes(points, out var anyUpheld)));
        if (anyUpheld)
        {
            if (Chance(70))
            {
                var remedy = $"RM-{f.Child}";
                Add(index, adjudication, "remedy-agreed", ("remedy", remedy), ("complaint", id), ("kind", "apology"), ("due", Iso(Wd(adjudication, 10))));
                Add(index, Wd(adjudication, _random.Next(2, 13)), "remedy-delivered", ("remedy", remedy));
            }
            else
            {
                Add(index, adjudication, "remedy-declined", ("complaint", id), ("reason", "the faults caused no injustice needing a personal remedy"));
            }
        }

        Add(index, Wd(adjudication, _random.Next(13, 21)), "complaint-closed", ("complaint", id), ("reason", "resolved"));
    }

    private JsonObject Outcomes(List<string> points, out bool anyUpheld)
    {
        var outcomes = new JsonObject();
        anyUpheld = false;
        foreach (var point in points)
        {
            var outcome = Pick(PointOutcomes);
            anyUpheld |= outcome != "not-upheld";
            outcomes[point] = outcome;
        }

        return outcomes;
    }

    private void Add(int child, DateOnly on, string type, params (string Name, JsonNode? Value)[] fields)
    {
        var json = new JsonObject { ["on"] = Iso(on), ["type"] = type };
        foreach (var (name, value) in fields)
        {
            json[name] = value;
        }

        _events.Add(new Generated(on, child, _sequence++, json));
    }

    private void Write(string path, List<JsonObject> people, List<Generated> events)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write("{\n \"format\": \"safeguard-scenario/1\",\n");
        writer.Write($" \"name\": {JsonSerializer.Serialize($"Generated caseload: {_children} children, {events.Count} events")},\n");
        writer.Write(" \"source\": \"bench/Safeguard.Bench generate\",\n");
        writer.Write(" \"people\": [\n");
        WriteLines(writer, people);
        writer.Write(" ],\n \"events\": [\n");
        WriteLines(writer, events.Select(e => e.Json));
        writer.Write(" ]\n}\n");
    }

    private static void WriteLines(StreamWriter writer, IEnumerable<JsonObject> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                writer.Write(",\n");
            }

            writer.Write("  ");
            writer.Write(item.ToJsonString());
            first = false;
        }

        writer.Write('\n');
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
#pragma warning restore CA5394

    private DateOnly Wd(DateOnly from, int workingDays) => _calendar.AddWorkingDays(from, workingDays);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
