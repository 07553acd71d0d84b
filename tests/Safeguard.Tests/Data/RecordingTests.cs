using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Policy;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Rules;
using Xunit;

namespace Safeguard.Tests.Data;

/// <summary>The recording service against real SQLite and PostgreSQL databases.</summary>
public sealed class RecordingTests
{
    internal static readonly Recorder SocialWorker = new("sw.jones", "127.0.0.1", "Recorded at the visit");
    internal static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_recorded_fact_is_stored_with_its_audit_entry_and_the_duties_it_starts(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);

        var result = await world.Service.RecordAsync(new ReferralReceived { On = new DateOnly(2026, 3, 2), ChildId = world.Child, Source = "school" }, SocialWorker);

        var recorded = Assert.IsType<Recorded>(result);
        var fact = await world.Db.Facts.SingleAsync();
        Assert.Equal(recorded.FactId, fact.Id);
        Assert.Equal("referral-received", fact.Type);
        Assert.Equal(world.Child, fact.ChildId);
        Assert.Equal("sw.jones", fact.RecordedBy);
        Assert.Equal(Now, fact.RecordedAt);

        var audit = await world.Db.AuditEntries.SingleAsync(a => a.FactId == fact.Id);
        Assert.Equal("record referral-received", audit.Action);
        Assert.Equal($"child:{world.Child}", audit.Subject);
        Assert.Equal("Recorded at the visit", audit.Reason);
        Assert.Equal("127.0.0.1", audit.Origin);

        var duty = await world.Db.Duties.SingleAsync();
        Assert.Equal(RuleIds.ReferralDecision, duty.Rule);
        Assert.Equal(DutyOutcome.Open, duty.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 3), duty.Due);
        Assert.Equal($"child:{world.Child}", duty.Scope);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_team_due_list_is_a_query_of_stored_duties(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var on = new DateOnly(2026, 3, 2);
        await world.RecordAsync(new LeadSocialWorkerAllocated { On = on, ChildId = world.Child, WorkerId = world.Worker });
        await world.RecordAsync(new ReferralReceived { On = on, ChildId = world.Child });
        await world.RecordAsync(new ReferralDecided { On = on, ChildId = world.Child, Decision = ReferralDecision.StrategyDiscussion });
        await world.RecordAsync(new StrategyDiscussionHeld { On = new DateOnly(2026, 3, 3), ChildId = world.Child, Decision = StrategyDecision.Section47 });
        await world.RecordAsync(new Section47Completed { On = new DateOnly(2026, 3, 10), ChildId = world.Child, Outcome = Section47Outcome.Conference });

        var today = new DateOnly(2026, 4, 20);
        var overdue = await world.Db.Duties
            .Where(d => d.TeamId == world.Team && d.Outcome == DutyOutcome.Open && d.Due < today)
            .OrderBy(d => d.Due)
            .Select(d => new { d.Rule, d.Due })
            .ToListAsync();

        // 15 working days after 3 Mar 2026 skips Good Friday (3 Apr) and Easter Monday (6 Apr).
        var conference = Assert.Single(overdue, d => d.Rule == RuleIds.InitialConference15);
        Assert.Equal(new DateOnly(2026, 3, 24), conference.Due);
        var missing = await world.Db.Duties.Where(d => d.TeamId == world.Team && d.Outcome == DutyOutcome.Missing).Select(d => d.Rule).ToListAsync();
        Assert.Contains(RuleIds.Section47ChildSeen, missing);
        Assert.Contains(RuleIds.Section47ParentsConsulted, missing);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_guard_refuses_without_recording_the_event_and_says_why(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var on = new DateOnly(2026, 3, 2);
        var partner = await world.AddPersonAsync("MrR", PersonKind.Adult);
        var idva = await world.AddPersonAsync("IDVA1", PersonKind.Staff, "Independent domestic violence advocate");
        await world.RecordAsync(new ContactRestrictionRecorded { On = on, PersonId = partner, Protects = [world.Mother, world.Child], ViaId = idva });
        var factsBefore = await world.Db.Facts.CountAsync();

        var result = await world.Service.RecordAsync(new LetterSent { On = on, To = [world.Mother, partner], AboutChildId = world.Child, Kind = LetterKind.Invitation }, SocialWorker);

        var refused = Assert.IsType<Refused>(result);
        Assert.Equal(RuleIds.SafeContact, refused.Rule);
        Assert.Equal(idva, refused.SafeRouteId);
        Assert.Contains("Independent domestic violence advocate", refused.Message);
        Assert.Equal(factsBefore, await world.Db.Facts.CountAsync());
        var blocked = await world.Db.Duties.SingleAsync(d => d.Outcome == DutyOutcome.Blocked);
        Assert.Equal(partner, blocked.PersonId);
        Assert.Equal(world.Child, blocked.ChildId);
        Assert.Single(await world.Db.AuditEntries.Where(a => a.Action == "refused letter-sent").ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Invalid_input_is_rejected_naming_the_field_and_changes_nothing(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var facts = await world.Db.Facts.CountAsync();
        var audit = await world.Db.AuditEntries.CountAsync();
        var duties = await world.Db.Duties.CountAsync();

        var noEnquiry = await world.Service.RecordAsync(new Section47Completed { On = new DateOnly(2026, 3, 2), ChildId = world.Child, Outcome = Section47Outcome.Conference }, SocialWorker);
        var notAChild = await world.Service.RecordAsync(new ReferralReceived { On = new DateOnly(2026, 3, 2), ChildId = world.Mother }, SocialWorker);
        var noStatement = await world.Service.RecordAsync(new ComplaintReceived { On = new DateOnly(2026, 3, 2), ComplaintId = 0, ComplainantId = world.Mother, Points = [] }, SocialWorker, "K1");

        Assert.Equal("child", Assert.IsType<Rejected>(noEnquiry).Field);
        Assert.Contains("section 47", ((Rejected)noEnquiry).Message, StringComparison.Ordinal);
        Assert.Equal("child", Assert.IsType<Rejected>(notAChild).Field);
        Assert.Equal("points", Assert.IsType<Rejected>(noStatement).Field);
        Assert.Equal(facts, await world.Db.Facts.CountAsync());
        Assert.Equal(audit, await world.Db.AuditEntries.CountAsync());
        Assert.Equal(duties, await world.Db.Duties.CountAsync());
        Assert.Equal(0, await world.Db.Complaints.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_complaint_response_without_every_point_is_refused(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var received = await world.Service.RecordAsync(
            new ComplaintReceived { On = new DateOnly(2026, 3, 2), ComplaintId = 0, ComplainantId = world.Mother, ChildId = world.Child, Points = [new(0, "P1", "Not invited"), new(0, "P2", "Report late")] },
            SocialWorker,
            "K1");
        var complaint = Assert.IsType<Recorded>(received).NewSubjectId!.Value;
        var p1 = await world.Db.ComplaintPoints.Where(p => p.ComplaintId == complaint && p.Reference == "P1").Select(p => p.Id).SingleAsync();

        var result = await world.Service.RecordAsync(new Stage1ResponseSent { On = new DateOnly(2026, 3, 9), ComplaintId = complaint, Outcomes = new Dictionary<long, PointOutcome> { [p1] = PointOutcome.Upheld } }, SocialWorker);

        var refused = Assert.IsType<Refused>(result);
        Assert.Equal(RuleIds.ResponseAllPoints, refused.Rule);
        Assert.Contains("P2", refused.Message, StringComparison.Ordinal);
        var stage1 = await world.Db.Duties.SingleAsync(d => d.Rule == RuleIds.Stage1Response);
        Assert.Equal(DutyOutcome.Open, stage1.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 16), stage1.Due);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_correction_supersedes_the_mistaken_entry_and_both_stay_on_the_record(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var mistaken = Assert.IsType<Recorded>(await world.Service.RecordAsync(new ReferralReceived { On = new DateOnly(2026, 3, 2), ChildId = world.Child }, SocialWorker));

        await world.Service.RecordAsync(new ReferralReceived { On = new DateOnly(2026, 2, 27), ChildId = world.Child }, SocialWorker with { Reason = "Wrong date: the referral came on Friday" }, supersedes: mistaken.FactId);

        Assert.Equal(2, await world.Db.Facts.CountAsync());
        var duty = await world.Db.Duties.SingleAsync(d => d.Rule == RuleIds.ReferralDecision);
        Assert.Equal(new DateOnly(2026, 3, 2), duty.Due);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_people_resolving_the_same_alert_at_once_record_it_once(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var on = new DateOnly(2026, 3, 2);
        var raised = Assert.IsType<Recorded>(await world.Service.RecordAsync(new QualityAlertRaised { On = on, AlertId = 0, ChildId = world.Child }, SocialWorker, "QA1"));
        var connection = world.Db.Database.GetConnectionString()!;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = SafeguardDatabase.Create(provider, connection);
            var service = new CaseRecordService(db, new FakeTimeProvider(Now), WorkingDayCalendar.EnglandAndWales);
            return await service.RecordAsync(new QualityAlertResolved { On = on.AddDays(1), AlertId = raised.NewSubjectId!.Value }, SocialWorker);
        }));

        Assert.Single(attempts.OfType<Recorded>());
        Assert.All(attempts.OfType<Rejected>(), r => Assert.Equal("This quality alert has already been resolved.", r.Message));
        Assert.Equal(1, await world.Db.Facts.CountAsync(f => f.Type == "quality-alert-resolved"));
        var duty = await world.Db.Duties.SingleAsync(d => d.Rule == RuleIds.QualityAlertResponse);
        Assert.Equal(DutyOutcome.Met, duty.Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Changing_a_policy_setting_recounts_the_clocks_it_governs(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var on = new DateOnly(2026, 3, 2);
        var scheduled = Assert.IsType<Recorded>(await world.Service.RecordAsync(new ConferenceScheduled { On = on, MeetingId = 0, ChildIds = [world.Child], Kind = ConferenceKind.Initial, Date = on }, SocialWorker, "ICPC1"));
        await world.RecordAsync(new ConferenceHeld { On = on, MeetingId = scheduled.NewSubjectId!.Value, Outcome = ConferenceOutcome.Plan });
        Assert.Equal(new DateOnly(2026, 3, 16), (await world.Db.Duties.SingleAsync(d => d.Rule == RuleIds.VisitInterval)).Due);

        var policy = new PolicyService(world.Db, new FakeTimeProvider(Now), WorkingDayCalendar.EnglandAndWales);
        var changed = await policy.ChangeAsync("visitIntervalWorkingDays", 5, new Recorder("admin", "cli", "Pan-London standard changed"));
        var refused = await policy.ChangeAsync("visitInterval", 5, new Recorder("admin", "cli"));

        Assert.IsType<Recorded>(changed);
        Assert.Equal("name", Assert.IsType<Rejected>(refused).Field);
        Assert.Equal(5, (await policy.CurrentAsync()).VisitIntervalWorkingDays);
        Assert.Equal(new DateOnly(2026, 3, 9), (await world.Db.Duties.SingleAsync(d => d.Rule == RuleIds.VisitInterval)).Due);
        Assert.Single(await world.Db.AuditEntries.Where(a => a.Action == "change policy setting").ToListAsync());
    }

    /// <summary>A council with one child, two parents and a social worker in a team.</summary>
    internal sealed class World : IAsyncDisposable
    {
        private IAsyncDisposable _lifetime = null!;

        public SafeguardDbContext Db { get; private set; } = null!;

        public CaseRecordService Service { get; private set; } = null!;

        public long Child { get; private set; }

        public long Mother { get; private set; }

        public long Father { get; private set; }

        public long Worker { get; private set; }

        public long Team { get; private set; }

        public static async Task<World> CreateAsync(DatabaseProvider provider)
        {
            var world = new World();
            (world.Db, world._lifetime) = await TestDatabases.CreateMigratedAsync(provider);
            var time = new FakeTimeProvider(Now);
            await CouncilSetup.EnsureCouncilAsync(world.Db, "Test council");
            var team = new Team { Name = "Assessment team 1" };
            world.Db.Teams.Add(team);
            await world.Db.SaveChangesAsync();
            world.Team = team.Id;
            world.Service = new CaseRecordService(world.Db, time, WorkingDayCalendar.EnglandAndWales);
            world.Child = await world.AddPersonAsync("C", PersonKind.Child);
            world.Mother = await world.AddPersonAsync("MsX", PersonKind.Adult);
            world.Father = await world.AddPersonAsync("MrB", PersonKind.Adult);
            world.Worker = await world.AddPersonAsync("SW1", PersonKind.Staff, teamId: team.Id);
            var people = new PeopleService(world.Db, time);
            await people.AddRelationshipAsync(world.Mother, world.Child, RelationshipRole.Mother, true, SocialWorker);
            await people.AddRelationshipAsync(world.Father, world.Child, RelationshipRole.Father, true, SocialWorker);
            return world;
        }

        public async Task<long> AddPersonAsync(string reference, PersonKind kind, string? name = null, long? teamId = null)
        {
            var person = new Person { Reference = reference, Kind = kind, DisplayName = name, TeamId = teamId, StaffRole = kind == PersonKind.Staff ? StaffRole.SocialWorker : null };
            Assert.IsType<Recorded>(await new PeopleService(Db, new FakeTimeProvider(Now)).AddPersonAsync(person, SocialWorker));
            return person.Id;
        }

        public async Task RecordAsync(Facts.Fact fact) => Assert.IsType<Recorded>(await Service.RecordAsync(fact, SocialWorker));

        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await _lifetime.DisposeAsync();
        }
    }
}
