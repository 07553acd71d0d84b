using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Policy;
using Safeguard.Recording;

namespace Safeguard.Demo;

/// <summary>Seeds one database; see <see cref="DemoCouncil"/>. The caseload itself is in the other parts of this class.</summary>
internal sealed partial class DemoSeeder
{
    private readonly SafeguardDbContext _db;
    private readonly WorkingDayCalendar _calendar;
    private readonly DemoOptions _options;
    private readonly DateOnly _today;
    private readonly PeopleService _people;
    private readonly CaseRecordService _service;
    private readonly DemoNames _names;
    private readonly Dictionary<string, long> _staff = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Recorder> _recorders = new(StringComparer.Ordinal);
    private long _idva;
    private int _peopleAdded;
    private int _facts;
    private int _refusals;
    private int _complaints;

    public DemoSeeder(SafeguardDbContext db, TimeProvider time, WorkingDayCalendar calendar, DemoOptions options, DateOnly today)
    {
        _db = db;
        _calendar = calendar;
        _options = options;
        _today = today;
        _people = new PeopleService(db, time);
        _service = new CaseRecordService(db, time, calendar);
#pragma warning disable CA5394 // Deterministic on purpose: demo data, not security.
        _names = new DemoNames(new Random(options.Seed));
#pragma warning restore CA5394
    }

    private static DemoStaffMember Business => DemoStaff.GraceLee;

    private static DemoStaffMember Chair => DemoStaff.FarahKhan;

    public async Task<DemoSummary> RunAsync(CancellationToken ct)
    {
        await CouncilSetup.EnsureCouncilAsync(_db, _options.CouncilName, ct: ct);
        await AddTeamsAndStaffAsync(ct);
        var handShaped = Math.Min(_options.Children, DemoCouncil.HandShapedChildren);
        for (var number = 1; number <= handShaped; number++)
        {
            await HandShapedChildAsync(number, ct);
            _options.Progress?.Report(new DemoProgress(number, _options.Children, _facts));
        }

        if (_options.Children >= DemoCouncil.HandShapedChildren)
        {
            await ComplaintsAsync(ct);
        }

        for (var number = DemoCouncil.HandShapedChildren + 1; number <= _options.Children; number++)
        {
            await BulkChildAsync(number, ct);
            _options.Progress?.Report(new DemoProgress(number, _options.Children, _facts));
        }

        return new DemoSummary(_today, _options.Children, _peopleAdded, _facts, _refusals, _complaints);
    }

    private async Task AddTeamsAndStaffAsync(CancellationToken ct)
    {
        foreach (var name in DemoStaff.Teams)
        {
            var team = new Team { Name = name };
            _db.Teams.Add(team);
            await _db.SaveChangesAsync(ct);
            _teams[name] = team.Id;
        }

        _db.ChangeTracker.Clear();
        foreach (var member in DemoStaff.All)
        {
            _staff[member.Reference] = await AddPersonAsync(
                new Person
                {
                    Reference = member.Reference,
                    Kind = PersonKind.Staff,
                    DisplayName = member.DisplayName,
                    StaffRole = member.StaffRole,
                    Qualified = member.Qualified,
                    FirstYear = member.FirstYear,
                    TeamId = member.Team is { } team ? _teams[team] : null,
                },
                DemoStaff.JackTurner,
                ct);
        }

        _idva = await AddPersonAsync(
            new Person { Reference = DemoCouncil.IdvaReference, Kind = PersonKind.Staff, DisplayName = "Rosa Clarke (IDVA, Westmere Domestic Abuse Service)", StaffRole = StaffRole.Idva, Qualified = false },
            DemoStaff.JackTurner,
            ct);
    }

    private long Staff(DemoStaffMember member) => _staff[member.Reference];

    private Recorder RecorderFor(DemoStaffMember member)
    {
        if (!_recorders.TryGetValue(member.Reference, out var recorder))
        {
            recorder = new Recorder(member.Reference, DemoCouncil.Origin);
            _recorders[member.Reference] = recorder;
        }

        return recorder;
    }

    private async Task<long> AddPersonAsync(Person person, DemoStaffMember by, CancellationToken ct)
    {
        var result = await _people.AddPersonAsync(person, RecorderFor(by), ct);
        if (result is not Recorded recorded)
        {
            throw new InvalidOperationException($"The demo person {person.Reference} was not added: {result}");
        }

        _peopleAdded++;
        return recorded.NewSubjectId!.Value;
    }

    private async Task RelateAsync(long adult, long child, RelationshipRole role, bool responsibility, CancellationToken ct)
    {
        var result = await _people.AddRelationshipAsync(adult, child, role, responsibility, RecorderFor(Business), ct);
        if (result is not Recorded)
        {
            throw new InvalidOperationException($"The demo relationship of {adult} to {child} was not added: {result}");
        }
    }

    /// <summary>Adds a child, their mother and (depending on the shape) father and stepfather, with fictional names.</summary>
    private async Task<Family> FamilyAsync(int number, DemoStaffMember worker, FamilyShape shape, CancellationToken ct)
    {
        var reference = ChildReference(number);
        var girl = _names.Next(2) == 0;
        var surname = _names.Surname();
        var childName = $"{_names.Child(girl)} {surname}";
        var ageDays = 60 + _names.Next(16 * 365);
        var team = _teams[worker.Team!];
        var child = await AddPersonAsync(new Person { Reference = reference, Kind = PersonKind.Child, DisplayName = childName, BirthDate = _today.AddDays(-ageDays), TeamId = team }, Business, ct);
        var motherBorn = _today.AddDays(-ageDays - ((19 + _names.Next(20)) * 365));
        var mother = await AddPersonAsync(new Person { Reference = "M" + reference[1..], Kind = PersonKind.Adult, DisplayName = $"{_names.Woman()} {surname}", BirthDate = motherBorn }, Business, ct);
        await RelateAsync(mother, child, RelationshipRole.Mother, true, ct);
        long? father = null;
        if (shape.Father)
        {
            // A father without parental responsibility is usually not married to the mother: another surname.
            var fatherSurname = shape.FatherHasResponsibility ? surname : _names.Surname();
            father = await AddPersonAsync(new Person { Reference = "F" + reference[1..], Kind = PersonKind.Adult, DisplayName = $"{_names.Man()} {fatherSurname}" }, Business, ct);
            await RelateAsync(father.Value, child, RelationshipRole.Father, shape.FatherHasResponsibility, ct);
        }

        long? stepFather = null;
        if (shape.StepFather)
        {
            stepFather = await AddPersonAsync(new Person { Reference = "S" + reference[1..], Kind = PersonKind.Adult, DisplayName = $"{_names.Man()} {_names.Surname()}" }, Business, ct);
            await RelateAsync(stepFather.Value, child, RelationshipRole.StepParent, false, ct);
        }

        return new Family
        {
            Number = number,
            Reference = reference,
            Child = child,
            Mother = mother,
            Father = father,
            FatherHasResponsibility = shape.Father && shape.FatherHasResponsibility,
            StepFather = stepFather,
            Worker = worker,
            Manager = worker.Team == DemoStaff.NorthTeam ? DemoStaff.DanielReid : DemoStaff.ErinWalsh,
        };
    }

    public static string ChildReference(int number) => string.Create(CultureInfo.InvariantCulture, $"C{number:00000}");

    /// <summary>Records a story's steps in date order, through the one path in.</summary>
    private async Task RecordAsync(Story story, CancellationToken ct)
    {
        foreach (var step in story.InOrder())
        {
            var fact = step.Make(step.On);
            if (fact.On != step.On || fact.On > _today)
            {
                throw new InvalidOperationException($"Demo {story.Name}: {fact.TypeName} is dated {fact.On:yyyy-MM-dd}, after today ({_today:yyyy-MM-dd}) or not on its step's date.");
            }

            var result = await _service.RecordAsync(fact, RecorderFor(step.By), step.Reference, ct: ct);
            switch (result)
            {
                case Recorded recorded when !step.Refusal:
                    _facts++;
                    if (step.Introduces is { } slot)
                    {
                        slot.Id = recorded.NewSubjectId!.Value;
                        if (fact is ComplaintReceived)
                        {
                            slot.Points.AddRange(await _db.ComplaintPoints.Where(p => p.ComplaintId == slot.Id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct));
                        }
                    }

                    break;
                case Refused when step.Refusal:
                    _refusals++;
                    break;
                default:
                    throw new InvalidOperationException($"Demo {story.Name}: {fact.TypeName} on {fact.On:yyyy-MM-dd} by {step.By.Reference} was not recorded as expected: {result}");
            }
        }
    }

    // ---- Dates -------------------------------------------------------------------------------------------

    /// <summary>The working day <paramref name="workingDays"/> working days before today (today itself for 0).</summary>
    private DateOnly Ago(int workingDays) => _calendar.AddWorkingDays(_today, -workingDays);

    private DateOnly Ahead(int workingDays) => _calendar.AddWorkingDays(_today, workingDays);

    private DateOnly Add(DateOnly date, int workingDays) => _calendar.AddWorkingDays(date, workingDays);

    private DateOnly OnOrAfterWorkingDay(DateOnly date)
    {
        while (!_calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// A day from which "within <paramref name="months"/> months" falls due on <paramref name="due"/>: a working day
    /// if there is one, else any day; if no day gives exactly that due date (the 31st after a short month), the nearest.
    /// </summary>
    private DateOnly MonthsBefore(DateOnly due, int months)
    {
        var around = due.AddMonths(-months);
        var exact = Enumerable.Range(-4, 9).Select(around.AddDays).Where(d => d.AddMonths(months) == due).ToList();
        return exact.FirstOrDefault(_calendar.IsWorkingDay, exact.Count > 0 ? exact[0] : around);
    }

    /// <summary>A day, among the working days <paramref name="from"/> to <paramref name="to"/> days ahead of today, that a working day lies exactly <paramref name="months"/> months before.</summary>
    private DateOnly MonthsBeforeSomeWorkingDay(int from, int to, int months)
    {
        for (var n = from; from <= to ? n <= to : n >= to; n += from <= to ? 1 : -1)
        {
            var due = Ahead(n);
            var start = MonthsBefore(due, months);
            if (start.AddMonths(months) == due && _calendar.IsWorkingDay(start))
            {
                return start;
            }
        }

        return MonthsBefore(Ahead(from), months);
    }

    /// <summary>Dates from <paramref name="last"/> going back <paramref name="step"/> working days at a time, while after <paramref name="after"/>; oldest first.</summary>
    private List<DateOnly> Backward(DateOnly last, DateOnly after, int step)
    {
        var dates = new List<DateOnly>();
        for (var d = last; d > after; d = Add(d, -step))
        {
            dates.Add(d);
        }

        dates.Reverse();
        return dates;
    }

    /// <summary>Core group dates ending on <paramref name="last"/>: every 18 working days back, the first within 10 of the plan's start.</summary>
    private List<DateOnly> CoreGroupDates(DateOnly last, DateOnly start)
    {
        var dates = new List<DateOnly>();
        if (last <= start)
        {
            return dates;
        }

        dates.Add(last);
        while (dates[^1] > Add(start, 10))
        {
            var earlier = Add(dates[^1], -18);
            dates.Add(earlier <= Add(start, 4) ? Add(start, 8) : earlier);
        }

        dates.Reverse();
        return dates;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
