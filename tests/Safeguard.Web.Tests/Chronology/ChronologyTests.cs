using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Chronology;

public sealed class ChronologyTests
{
    private static readonly DateOnly Start = new(2026, 2, 2);

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_chronology_tells_the_childs_events_in_order_with_the_shared_conference_but_not_a_siblings_own(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", referredOn: Start);
        var sibling = await app.ChildAsync("amara.okafor", referredOn: Start);
        await app.RecordAsync(new StrategyDiscussionHeld { On = Start.AddDays(2), ChildId = child.Id, Decision = StrategyDecision.Section47 });
        await app.RecordAsync(new ChildSeen { On = Start.AddDays(3), ChildId = sibling.Id, Purpose = SeenPurpose.Assessment });
        var scheduled = await app.RecordAsync(
            new ConferenceScheduled { On = Start.AddDays(4), MeetingId = 0, ChildIds = [child.Id, sibling.Id], Kind = ConferenceKind.Initial, Date = Start.AddDays(14) },
            newReference: $"ICPC-{Guid.NewGuid():N}"[..20]);
        var meeting = scheduled.NewSubjectId!.Value;
        await app.RecordAsync(new DocumentShared { On = Start.AddDays(10), MeetingId = meeting, Document = MeetingDocument.ConferenceReport, PersonId = child.Mother });
        await app.RecordAsync(new ConferenceHeld { On = Start.AddDays(14), MeetingId = meeting, Outcome = ConferenceOutcome.Plan, Category = AbuseCategory.Neglect, Attended = [child.Mother] });

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("amara.okafor"), $"/children/{child.Id}/chronology");

        var rows = page.QuerySelectorAll("#chronology tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var expected = new[]
        {
            ("2 Feb 2026", "Referral received from school"),
            ("2 Feb 2026", "Amara Okafor allocated as lead social worker"),
            ("4 Feb 2026", "Strategy discussion held: decided on a section 47 enquiry"),
            ("6 Feb 2026", $"Initial child protection conference arranged for 16 Feb 2026, for {child.Name}, {sibling.Name}"),
            ("12 Feb 2026", $"Conference report shared with Mother of {child.Name}"),
            ("16 Feb 2026", $"Initial child protection conference held: child protection plan (neglect). Attended: Mother of {child.Name}"),
        };
        Assert.Equal(expected.Select(e => e.Item1), rows.Select(r => r[0]));
        Assert.Equal(expected.Select(e => e.Item2), rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.StartsWith("Amara Okafor", r[2], StringComparison.Ordinal));
        Assert.DoesNotContain("Child seen for the assessment", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#print-hint.app-no-print"));
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "amara.okafor" && a.Action == "view chronology" && a.Subject == $"child:{child.Id}"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_corrected_entry_is_struck_through_with_its_correction(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor", referredOn: Start);
        var wrong = await app.RecordAsync(new ChildSeen { On = Start.AddDays(1), ChildId = child.Id, Purpose = SeenPurpose.Visit, Alone = true });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var records = scope.ServiceProvider.GetRequiredService<CaseRecordService>();
            var corrected = await records.RecordAsync(
                new ChildSeen { On = Start.AddDays(1), ChildId = child.Id, Purpose = SeenPurpose.Visit, Alone = false },
                new Recorder("ben.hughes", "test", "The child was seen with their mother present"),
                supersedes: wrong.FactId);
            Assert.IsType<Recorded>(corrected);
        }

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("amara.okafor"), $"/children/{child.Id}/chronology");

        var row = page.QuerySelector($"#fact-{wrong.FactId}")!;
        Assert.Equal("Corrected entry: Child seen on a visit, alone", row.QuerySelector("td:nth-child(2) s")!.TextContent.Trim());
        var correction = row.QuerySelector(".app-correction")!.TextContent;
        Assert.Contains("Corrected by Ben Hughes", correction, StringComparison.Ordinal);
        Assert.Contains("Child seen on a visit, not alone", correction, StringComparison.Ordinal);
        Assert.Contains("The child was seen with their mother present", correction, StringComparison.Ordinal);
        Assert.Contains("This corrects the entry for 3 Feb 2026", page.QuerySelector("#chronology")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Another_teams_child_is_403_and_the_attempt_is_audited(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");

        var response = await (await app.SignedInAsync("chloe.patel")).GetAsync($"/children/{child.Id}/chronology");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(child.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync("amara.okafor")).GetAsync("/children/987654321/chronology")).StatusCode);
        await using var db = app.Database();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "chloe.patel" && a.Action == "view chronology refused" && a.Subject == $"child:{child.Id}"));
    }
}
