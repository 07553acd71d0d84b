using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Api;

public sealed class ApiCommandTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_fact_is_recorded_with_201_its_location_and_the_duties_refreshed(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        await app.RecordAsync(new StrategyDiscussionHeld { On = SafeguardApp.Today, ChildId = child.Id, Decision = StrategyDecision.Section47 });
        await app.RecordAsync(new ChildSeen { On = SafeguardApp.Today, ChildId = child.Id, Purpose = SeenPurpose.Section47 });
        var client = await app.SignedInAsync("amara.okafor");

        var response = await client.PostJsonAsync($"/api/children/{child.Id}/facts", """{"type":"section-47-completed","on":"2026-03-10","outcome":"conference"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var factId = (await response.JsonAsync()).GetProperty("factId").GetInt64();
        Assert.Equal($"/api/children/{child.Id}/facts/{factId}", response.Headers.Location?.ToString());
        await using (var db = app.Database())
        {
            var row = await db.Facts.SingleAsync(f => f.Id == factId);
            Assert.Equal("section-47-completed", row.Type);
            Assert.Equal(child.Id, row.ChildId);
            Assert.Equal("amara.okafor", row.RecordedBy);
            Assert.True(await db.Duties.AnyAsync(d => d.Scope == $"child:{child.Id}" && d.Rule == "CP_ICPC_15WD"));
        }

        var stored = await (await client.GetApiAsync($"/api/children/{child.Id}/facts/{factId}")).JsonAsync();
        Assert.Equal("conference", stored.GetProperty("fact").GetProperty("outcome").GetString());
        var duties = await (await client.GetApiAsync($"/api/children/{child.Id}/duties")).JsonAsync();
        Assert.Contains(duties.EnumerateArray(), d => d.GetProperty("rule").GetString() == "CP_ICPC_15WD" && d.GetProperty("status").GetString() == "due");
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_child_seen_is_recorded_by_the_caller_and_a_correction_supersedes_with_its_reason(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var client = await app.SignedInAsync("amara.okafor");

        var first = await (await client.PostJsonAsync($"/api/children/{child.Id}/facts", """{"type":"child-seen","on":"2026-03-09","purpose":"visit","alone":true}""")).JsonAsync();
        var corrected = await client.PostJsonAsync(
            $"/api/children/{child.Id}/facts",
            $$"""{"type":"child-seen","on":"2026-03-08","purpose":"visit","alone":true,"supersedes":{{first.GetProperty("factId")}},"correctionReason":"The visit was on Sunday"}""");

        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var id = (await corrected.JsonAsync()).GetProperty("factId").GetInt64();
        await using var db = app.Database();
        var row = await db.Facts.SingleAsync(f => f.Id == id);
        Assert.Equal(first.GetProperty("factId").GetInt64(), row.SupersedesId);
        Assert.Equal("The visit was on Sunday", row.Reason);
        Assert.Contains($"\"byId\":{await app.StaffIdAsync("amara.okafor")}", row.Payload, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_child_and_a_parent_are_added(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var client = await app.SignedInAsync("ben.hughes");
        var reference = $"API-{Guid.NewGuid():N}"[..16];

        var added = await client.PostJsonAsync("/api/children", $$"""{"name":"Poppy Api","reference":"{{reference}}","dateOfBirth":"2019-02-03"}""");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var childId = (await added.JsonAsync()).GetProperty("childId").GetInt64();
        Assert.Equal($"/api/children/{childId}", added.Headers.Location?.ToString());
        var parent = await client.PostJsonAsync($"/api/children/{childId}/people", $$"""{"name":"Rosa Api","reference":"{{reference}}-M","relationship":"mother","parentalResponsibility":true}""");
        Assert.Equal(HttpStatusCode.Created, parent.StatusCode);

        var record = await (await client.GetApiAsync($"/api/children/{childId}")).JsonAsync();
        Assert.Equal("Poppy Api", record.GetProperty("child").GetProperty("name").GetString());
        Assert.Equal("North Child Protection Team", record.GetProperty("child").GetProperty("team").GetString());
        var mother = Assert.Single(record.GetProperty("people").EnumerateArray());
        Assert.Equal("mother", mother.GetProperty("role").GetString());
        Assert.True(mother.GetProperty("parentalResponsibility").GetBoolean());

        var duplicate = await client.PostJsonAsync($"/api/children/{childId}/people", $$"""{"name":"Rosa Again","reference":"{{reference}}-M","relationship":"mother","parentalResponsibility":true}""");
        Assert.Contains("already in use", await duplicate.FieldErrorAsync("reference"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_conference_is_scheduled_and_its_invitation_recorded(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        await app.RecordAsync(new StrategyDiscussionHeld { On = SafeguardApp.Today, ChildId = child.Id, Decision = StrategyDecision.Section47 });
        var client = await app.SignedInAsync("amara.okafor");
        var reference = $"ICPC-{Guid.NewGuid():N}"[..16];

        var scheduled = await client.PostJsonAsync($"/api/children/{child.Id}/meetings", $$"""{"type":"conference-scheduled","on":"2026-03-10","kind":"initial","date":"2026-03-10","reference":"{{reference}}"}""");

        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var meetingId = (await scheduled.JsonAsync()).GetProperty("meetingId").GetInt64();
        Assert.Equal($"/api/meetings/{meetingId}", scheduled.Headers.Location?.ToString());
        var invited = await client.PostJsonAsync($"/api/meetings/{meetingId}/facts", $$"""{"type":"invitation-sent","on":"2026-03-10","personId":{{child.Mother}}}""");
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var held = await client.PostJsonAsync($"/api/meetings/{meetingId}/facts", $$"""{"type":"conference-held","on":"2026-03-10","attended":[{{child.Mother}}],"outcome":"plan","category":"neglect"}""");
        Assert.Equal(HttpStatusCode.Created, held.StatusCode);

        var meeting = await (await client.GetApiAsync($"/api/meetings/{meetingId}")).JsonAsync();
        Assert.Equal(reference, meeting.GetProperty("reference").GetString());
        Assert.Equal("initial", meeting.GetProperty("conferenceKind").GetString());
        Assert.Contains(meeting.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "invitation-sent");
        Assert.Contains(meeting.GetProperty("duties").EnumerateArray(), d => d.GetProperty("rule").GetString() == "CP_CONFERENCE_MINUTES" && d.GetProperty("status").GetString() == "due");
        Assert.Contains(meeting.GetProperty("duties").EnumerateArray(), d => d.GetProperty("rule").GetString() == "CP_PARENT_INVITED" && d.GetProperty("about").GetString() == $"meeting {reference}, Father of {child.Name}");
        await using var db = app.Database();
        Assert.True(await db.Facts.AnyAsync(f => f.MeetingId == meetingId && f.Type == "invitation-sent" && f.PersonId == child.Mother));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_initial_conference_for_a_child_on_a_plan_is_refused_with_409_and_the_rule(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", referredOn: SafeguardApp.Today.AddDays(-30));
        var earlier = SafeguardApp.Today.AddDays(-20);
        await app.RecordAsync(new StrategyDiscussionHeld { On = earlier, ChildId = child.Id, Decision = StrategyDecision.Section47 });
        var icpc = $"ICPC-{Guid.NewGuid():N}"[..16];
        var meeting = await app.RecordAsync(new ConferenceScheduled { On = earlier, MeetingId = 0, ChildIds = [child.Id], Kind = ConferenceKind.Initial, Date = SafeguardApp.Today.AddDays(-5) }, newReference: icpc);
        await app.RecordAsync(new ConferenceHeld { On = SafeguardApp.Today.AddDays(-5), MeetingId = meeting.NewSubjectId!.Value, Outcome = ConferenceOutcome.Plan, Category = AbuseCategory.Neglect });
        var client = await app.SignedInAsync("amara.okafor");
        var reference = $"ICPC-{Guid.NewGuid():N}"[..16];

        var response = await client.PostJsonAsync($"/api/children/{child.Id}/meetings", $$"""{"type":"conference-scheduled","on":"2026-03-10","kind":"initial","date":"2026-04-01","reference":"{{reference}}"}""");

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("CP_CONFERENCE_KIND", problem.GetProperty("rule").GetString());
        Assert.Contains("review conference", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.False(await db.Meetings.AnyAsync(m => m.Reference == reference));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "refused conference-scheduled" && a.Subject == $"child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_letter_to_a_restricted_parent_is_refused_with_the_safe_route(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        await using (var db = app.Database())
        {
            db.People.Add(new Safeguard.People.Person { Reference = $"IDVA-{child.Reference}", Kind = Safeguard.People.PersonKind.Adult, DisplayName = "Ivy Advocate" });
            await db.SaveChangesAsync();
        }

        long idva;
        await using (var db = app.Database())
        {
            idva = await db.People.Where(p => p.Reference == $"IDVA-{child.Reference}").Select(p => p.Id).SingleAsync();
        }

        await app.RecordAsync(new Safeguard.People.ContactRestrictionRecorded { On = SafeguardApp.Today, PersonId = child.Father, Protects = [child.Mother], ViaId = idva });
        var client = await app.SignedInAsync("grace.lee");

        var response = await client.PostJsonAsync($"/api/children/{child.Id}/facts", $$"""{"type":"letter-sent","on":"2026-03-10","to":[{{child.Father}},{{child.Mother}}],"kind":"other"}""");

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("CP_SAFE_CONTACT", problem.GetProperty("rule").GetString());
        Assert.Equal(idva, problem.GetProperty("safeRoute").GetProperty("personId").GetInt64());
        Assert.Equal("Ivy Advocate", problem.GetProperty("safeRoute").GetProperty("name").GetString());
        await using var check = app.Database();
        Assert.False(await check.Facts.AnyAsync(f => f.ChildId == child.Id && f.Type == "letter-sent"));
    }
}
