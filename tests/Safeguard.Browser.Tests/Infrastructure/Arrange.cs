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

    private static Recorded Expect(RecordResult result) => result as Recorded
        ?? throw new InvalidOperationException($"Arranging the test failed: {result}");
}
