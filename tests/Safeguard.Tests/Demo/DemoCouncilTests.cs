using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Demo;
using Safeguard.People;
using Safeguard.Protection;
using Safeguard.Rules;
using Safeguard.Tests.Data;
using Xunit;
using Xunit.Abstractions;

namespace Safeguard.Tests.Demo;

/// <summary>The demo data on a migrated SQLite file: every kind of due and overdue item, on any kind of day.</summary>
public sealed class DemoCouncilTests(ITestOutputHelper output)
{
    /// <summary>The clocked child protection rules: each must be due today, due soon, overdue and met somewhere.</summary>
    private static readonly string[] ClockedRules =
    [
        RuleIds.ReferralDecision, RuleIds.Assessment45, RuleIds.InitialConference15, RuleIds.ConferenceMinutes,
        RuleIds.CoreGroupMinutes, RuleIds.FirstCoreGroup10, RuleIds.CoreGroupInterval, RuleIds.VisitInterval,
        RuleIds.FirstReview3Months, RuleIds.Review6Months, RuleIds.ManagementReview, RuleIds.QualityAlertResponse,
        RuleIds.TransferNotify, RuleIds.TransferInConference,
    ];

    public static TheoryData<string, DateOnly> Todays => new()
    {
        { "a Monday", new DateOnly(2026, 3, 2) },
        { "a Friday", new DateOnly(2026, 3, 6) },
        { "the working day before Christmas", new DateOnly(2026, 12, 24) },
        { "the day after Easter Monday", new DateOnly(2026, 4, 7) },
        { "the day after the spring bank holiday", new DateOnly(2025, 5, 27) },
    };

    [Theory]
    [MemberData(nameof(Todays))]
    public async Task Every_kind_of_due_and_overdue_item_is_shown_on(string day, DateOnly today)
    {
        await using var seeded = await SeedAsync(today, new DemoOptions());
        var db = seeded.Db;
        output.WriteLine($"{day} ({today:yyyy-MM-dd}): {seeded.Summary.Facts} facts in {seeded.Seconds:0.0} s = {seeded.Summary.Facts / seeded.Seconds:0} events/s");

        var duties = await db.Duties.Where(d => d.Scope != Scope.Refusals).ToListAsync();
        var soon = today.AddDays(14);
        foreach (var rule in ClockedRules)
        {
            var open = duties.Where(d => d.Rule == rule && d.Outcome == DutyOutcome.Open).ToList();
            Assert.True(open.Any(d => d.Due == today), $"{rule}: nothing due today");
            Assert.True(open.Any(d => d.Due > today && d.Due <= soon), $"{rule}: nothing due in the next two weeks");
            Assert.True(open.Any(d => d.Due < today), $"{rule}: nothing overdue");
            Assert.True(duties.Any(d => d.Rule == rule && d.Outcome == DutyOutcome.Met), $"{rule}: nothing met");
        }

        // Rules without a clock only ever show as findings.
        Assert.Contains(duties, d => d.Rule == RuleIds.Section47ChildSeen && d.Outcome == DutyOutcome.Missing);
        Assert.Contains(duties, d => d.Rule == RuleIds.Section47ParentsConsulted && d.Outcome == DutyOutcome.Missing);
        Assert.Contains(duties, d => d.Rule == RuleIds.ParentInvited && d.Outcome == DutyOutcome.Missing);
        Assert.Contains(duties, d => d.Rule == RuleIds.LeadSocialWorker && d.Outcome == DutyOutcome.Breach);

        // The report notice is counted back from a conference and stored once it is held: overdue, late and met are
        // stored; due today and due soon are conferences still to come whose report has not gone out.
        Assert.Contains(duties, d => d.Rule == RuleIds.ConferenceReportNotice && d.Outcome == DutyOutcome.Open && d.Due < today);
        Assert.Contains(duties, d => d.Rule == RuleIds.ConferenceReportNotice && d.Outcome == DutyOutcome.Late);
        Assert.Contains(duties, d => d.Rule == RuleIds.ConferenceReportNotice && d.Outcome == DutyOutcome.Met);
        var reportDue = await ReportsDueAsync(db, today);
        Assert.Contains(reportDue, due => due == today);
        Assert.Contains(reportDue, due => due > today && due <= soon);

        Assert.Contains(await db.Duties.Where(d => d.Scope == Scope.Refusals).Select(d => d.Rule).ToListAsync(), r => r == RuleIds.SafeContact);
        Assert.True(duties.Count(d => d.Outcome == DutyOutcome.Late) >= 3, "some late findings");

        // Complaints at each stage, some overdue, and an agreed action overdue.
        Assert.Contains(duties, d => d.Rule == RuleIds.Acknowledge && d.Outcome == DutyOutcome.Open && d.Due == today);
        Assert.Contains(duties, d => d.Rule == RuleIds.Stage1Response && d.Outcome == DutyOutcome.Open && d.Due == today);
        Assert.Contains(duties, d => d.Rule == RuleIds.Stage1Response && d.Outcome == DutyOutcome.Open && d.Due > today);
        Assert.Contains(duties, d => d.Rule == RuleIds.Stage1Response && d.Outcome == DutyOutcome.Open && d.Due < today);
        Assert.Contains(duties, d => d.Rule == RuleIds.Stage2Response && d.Outcome == DutyOutcome.Open && d.Due < today);
        Assert.Contains(duties, d => d.Rule == RuleIds.Stage3Panel && d.Outcome == DutyOutcome.Open && d.Due > today);
        Assert.Contains(duties, d => d.Rule == RuleIds.ActionOverdue && d.Outcome == DutyOutcome.Open && d.Due < today);
        Assert.Contains(duties, d => d.Rule == RuleIds.ActionOverdue && d.Outcome == DutyOutcome.Met);

        Assert.Equal(0, await db.Facts.CountAsync(f => f.OccurredOn > today));
        Assert.All(await db.AuditEntries.Select(a => a.Origin).Distinct().ToListAsync(), origin => Assert.Equal(DemoCouncil.Origin, origin));
    }

    [Fact]
    public async Task Every_staff_member_and_child_is_a_person_in_the_right_team()
    {
        await using var seeded = await SeedAsync(new DateOnly(2026, 3, 2), new DemoOptions());
        var db = seeded.Db;
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id);
        Assert.Equal(DemoStaff.Teams.Order(), teams.Keys.Order());
        foreach (var member in DemoStaff.All)
        {
            var person = await db.People.SingleAsync(p => p.Reference == member.Reference);
            Assert.Equal(PersonKind.Staff, person.Kind);
            Assert.Equal(member.DisplayName, person.DisplayName);
            Assert.Equal(member.StaffRole, person.StaffRole);
            Assert.Equal(member.Team is { } team ? teams[team] : null, person.TeamId);
        }

        Assert.Equal(16, DemoStaff.All.Count);
        Assert.Equal(DemoStaff.All.Count, DemoStaff.All.Select(s => s.Reference).Distinct().Count());

        var children = await db.People.Where(p => p.Kind == PersonKind.Child).ToListAsync();
        Assert.Equal(24, children.Count);
        var leads = (await db.Facts.Where(f => f.Type == "lead-social-worker-allocated").OrderBy(f => f.OccurredOn).ThenBy(f => f.Id).ToListAsync())
            .GroupBy(f => f.ChildId!.Value)
            .ToDictionary(g => g.Key, g => g.Last().PersonId!.Value);
        var staffTeams = await db.People.Where(p => p.Kind == PersonKind.Staff).ToDictionaryAsync(p => p.Id, p => p.TeamId);
        foreach (var child in children)
        {
            Assert.NotNull(child.TeamId);
            Assert.NotNull(child.DisplayName);
            if (leads.TryGetValue(child.Id, out var lead))
            {
                Assert.Equal(staffTeams[lead], child.TeamId);
            }
        }

        Assert.True(await db.Relationships.AnyAsync(r => r.Role == RelationshipRole.Father && !r.ParentalResponsibility), "a father without parental responsibility");
        Assert.True(await db.Relationships.AnyAsync(r => r.Role == RelationshipRole.StepParent), "a stepfather");
        Assert.True(await db.ContactRestrictions.AnyAsync(r => r.ViaPersonId != null), "a contact restriction with a safe route");
    }

    [Fact]
    public async Task Seeding_twice_with_the_same_inputs_gives_the_same_facts()
    {
        var today = new DateOnly(2026, 3, 6);
        var options = new DemoOptions { Children = 30 };
        await using var first = await SeedAsync(today, options);
        await using var second = await SeedAsync(today, options);

        Assert.Equal(await FactsAsync(first.Db), await FactsAsync(second.Db));
        Assert.Equal(await PeopleAsync(first.Db), await PeopleAsync(second.Db));
        Assert.Equal(first.Summary, second.Summary);
    }

    [Fact]
    public async Task A_database_that_already_has_people_is_refused()
    {
        var today = new DateOnly(2026, 3, 2);
        await using var seeded = await SeedAsync(today, new DemoOptions { Children = 1 });
        await Assert.ThrowsAsync<InvalidOperationException>(() => DemoCouncil.SeedAsync(seeded.Db, Clock(today), WorkingDayCalendar.EnglandAndWales, new DemoOptions()));
    }

    [Fact]
    public async Task The_repeating_pattern_beyond_the_first_24_children_is_10_to_20_events_a_child()
    {
        var today = new DateOnly(2026, 3, 2);
        await using var hand = await SeedAsync(today, new DemoOptions());
        await using var more = await SeedAsync(today, new DemoOptions { Children = 124 });
        var perChild = (double)(more.Summary.Facts - hand.Summary.Facts) / 100;
        output.WriteLine($"124 children: {more.Summary.Facts} facts in {more.Seconds:0.0} s = {more.Summary.Facts / more.Seconds:0} events/s; {perChild:0.0} facts a child beyond the first 24");
        Assert.InRange(perChild, 10, 20);
        Assert.Equal(0, await more.Db.Facts.CountAsync(f => f.OccurredOn > today));
        Assert.Equal(124, await more.Db.People.CountAsync(p => p.Kind == PersonKind.Child && p.TeamId != null));
    }

    /// <summary>The report due dates of conferences still to come, for parents invited who have not had the report.</summary>
    private static async Task<List<DateOnly>> ReportsDueAsync(SafeguardDbContext db, DateOnly today)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var upcoming = await db.Meetings.Where(m => m.Type == MeetingType.Conference && m.ScheduledFor >= today).Select(m => new { m.Id, m.ScheduledFor }).ToListAsync();
        var due = new List<DateOnly>();
        foreach (var meeting in upcoming)
        {
            var facts = await db.Facts.Where(f => f.MeetingId == meeting.Id).Select(f => new { f.Type, f.PersonId, f.Payload }).ToListAsync();
            var invited = facts.Where(f => f.Type == "invitation-sent").Select(f => f.PersonId).ToHashSet();
            var shared = facts.Where(f => f.Type == "document-shared" && f.Payload.Contains("conference-report", StringComparison.Ordinal)).Select(f => f.PersonId).ToHashSet();
            if (invited.Except(shared).Any())
            {
                due.Add(calendar.WorkingDaysBefore(meeting.ScheduledFor, 3));
            }
        }

        return due;
    }

    private static async Task<List<string>> FactsAsync(SafeguardDbContext db) =>
        (await db.Facts.OrderBy(f => f.Id).ToListAsync())
            .Select(f => $"{f.Id}|{f.Type}|{f.OccurredOn:yyyy-MM-dd}|{f.RecordedBy}|{f.ChildId}|{f.MeetingId}|{f.ComplaintId}|{f.PersonId}|{f.Payload}")
            .ToList();

    private static async Task<List<string>> PeopleAsync(SafeguardDbContext db) =>
        (await db.People.OrderBy(p => p.Id).ToListAsync())
            .Select(p => $"{p.Id}|{p.Reference}|{p.Kind}|{p.DisplayName}|{p.BirthDate}|{p.StaffRole}|{p.TeamId}")
            .ToList();

    private static FakeTimeProvider Clock(DateOnly today)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);
        return time;
    }

    private static async Task<Seeded> SeedAsync(DateOnly today, DemoOptions options)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var started = Stopwatch.GetTimestamp();
        var summary = await DemoCouncil.SeedAsync(db, Clock(today), WorkingDayCalendar.EnglandAndWales, options);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Assert.Equal(today, summary.Today);
        return new Seeded(db, lifetime, summary, seconds);
    }

    private sealed record Seeded(SafeguardDbContext Db, IAsyncDisposable Lifetime, DemoSummary Summary, double Seconds) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await Lifetime.DisposeAsync();
        }
    }
}
