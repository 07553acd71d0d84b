using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Protection;
using Safeguard.Recording;

namespace Safeguard.Browser.Tests.Infrastructure;

/// <summary>A child made for one test: the child, a mother and a father with parental responsibility, and the lead worker.</summary>
public sealed record ArrangedChild(long Id, string Reference, string Name, long Mother, long Father, long Worker);

/// <summary>Test data made through the same services the pages use, so that duties and audit entries are as they would be in use.</summary>
public static class Arrange
{
    /// <summary>
    /// A new child with a mother and father (both with parental responsibility), referred on <paramref name="referredOn"/>
    /// (default: today) and allocated to <paramref name="worker"/> (a demo account reference), in that worker's team.
    /// </summary>
    public static async Task<ArrangedChild> ChildAsync(this BrowserApp app, string worker = "amara.okafor", DateOnly? referredOn = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SafeguardDbContext>();
        var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
        var by = new Recorder(worker, "test");
        var staff = await db.People.AsNoTracking().SingleAsync(p => p.Reference == worker);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = $"Test Child {suffix}";

        var child = new Person { Reference = $"T-{suffix}", Kind = PersonKind.Child, DisplayName = name, BirthDate = new DateOnly(2018, 5, 4), TeamId = staff.TeamId };
        Expect(await people.AddPersonAsync(child, by));
        var mother = new Person { Reference = $"T-{suffix}-M", Kind = PersonKind.Adult, DisplayName = $"Mother of {name}" };
        Expect(await people.AddPersonAsync(mother, by));
        var father = new Person { Reference = $"T-{suffix}-F", Kind = PersonKind.Adult, DisplayName = $"Father of {name}" };
        Expect(await people.AddPersonAsync(father, by));
        Expect(await people.AddRelationshipAsync(mother.Id, child.Id, RelationshipRole.Mother, true, by));
        Expect(await people.AddRelationshipAsync(father.Id, child.Id, RelationshipRole.Father, true, by));

        var on = referredOn ?? BrowserApp.Today;
        var records = scope.ServiceProvider.GetRequiredService<CaseRecordService>();
        Expect(await records.RecordAsync(new ReferralReceived { On = on, ChildId = child.Id, Source = "school" }, by));
        Expect(await records.RecordAsync(new LeadSocialWorkerAllocated { On = on, ChildId = child.Id, WorkerId = staff.Id }, by));
        return new ArrangedChild(child.Id, child.Reference, name, mother.Id, father.Id, staff.Id);
    }

    /// <summary>Records a fact through the service, as <paramref name="by"/>; fails the test unless it is recorded.</summary>
    public static async Task RecordAsync(this BrowserApp app, Fact fact, string by = "amara.okafor")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<CaseRecordService>();
        Expect(await records.RecordAsync(fact, new Recorder(by, "test")));
    }

    /// <summary>
    /// An initial conference about <paramref name="child"/> for <paramref name="date"/>, scheduled on
    /// <paramref name="scheduledOn"/> by <paramref name="by"/>; returns the meeting's id.
    /// </summary>
    public static async Task<long> ConferenceAsync(this BrowserApp app, ArrangedChild child, DateOnly date, DateOnly scheduledOn, string by = "amara.okafor")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<CaseRecordService>();
        var scheduled = new ConferenceScheduled { On = scheduledOn, MeetingId = 0, ChildIds = [child.Id], Kind = ConferenceKind.Initial, Date = date };
        var reference = $"{child.Reference}-CPC-{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        return Expect(await records.RecordAsync(scheduled, new Recorder(by, "test"), reference)).NewSubjectId!.Value;
    }

    /// <summary>An independent domestic violence adviser on the record, to be a safe route for correspondence; returns their id and name.</summary>
    public static async Task<(long Id, string Name)> IdvaAsync(this BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var idva = new Person { Reference = $"T-IDVA-{suffix}", Kind = PersonKind.Staff, StaffRole = StaffRole.Idva, Qualified = false, DisplayName = $"IDVA {suffix}" };
        Expect(await people.AddPersonAsync(idva, new Recorder("jack.turner", "test")));
        return (idva.Id, idva.DisplayName);
    }

    private static Recorded Expect(RecordResult result) => result as Recorded
        ?? throw new InvalidOperationException($"Arranging the test failed: {result}");
}
