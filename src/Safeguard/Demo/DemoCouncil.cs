using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Data;

namespace Safeguard.Demo;

/// <summary>What to seed.</summary>
public sealed record DemoOptions
{
    /// <summary>
    /// How many children. The first 24 are the hand-shaped set that shows every kind of due and overdue item;
    /// any beyond that follow a cheaper repeating pattern of typical histories (10 to 20 events each).
    /// </summary>
    public int Children { get; init; } = DemoCouncil.HandShapedChildren;

    /// <summary>The seed of the names, ages and family shapes; the histories themselves depend only on "today".</summary>
    public int Seed { get; init; } = 1738;

    public string CouncilName { get; init; } = "Westmere Borough Council";

    /// <summary>Told after each child's history is recorded.</summary>
    public IProgress<DemoProgress>? Progress { get; init; }
}

/// <summary>How far seeding has got.</summary>
public sealed record DemoProgress(int ChildrenDone, int Children, int Facts);

/// <summary>What was seeded.</summary>
public sealed record DemoSummary(DateOnly Today, int Children, int People, int Facts, int Refusals, int Complaints);

/// <summary>
/// Fictional demo data for a council: its teams and staff (<see cref="DemoStaff"/>), children with their parents
/// and carers, and their histories dated relative to "today", so that on that day the work lists show every kind of
/// due and overdue item. Every fact goes through <see cref="Recording.CaseRecordService.RecordAsync"/> and every
/// person through <see cref="People.PeopleService"/>, recorded by the member of staff who would have done it,
/// from origin "demo". The same today and options give the same facts.
/// </summary>
public static class DemoCouncil
{
    /// <summary>The children of the hand-shaped set, which shows every kind of due and overdue item.</summary>
    public const int HandShapedChildren = 24;

    /// <summary>The origin written on every audit entry of the demo data.</summary>
    public const string Origin = "demo";

    /// <summary>The reference of the independent domestic violence adviser, the safe route for contact restrictions.</summary>
    public const string IdvaReference = "idva.rosa.clarke";

    /// <summary>
    /// Seeds an empty, migrated database. "Today" is the <paramref name="time"/> provider's local date; no fact is
    /// dated after it. Throws <see cref="InvalidOperationException"/> if the database already has people or facts.
    /// </summary>
    public static async Task<DemoSummary> SeedAsync(SafeguardDbContext db, TimeProvider time, WorkingDayCalendar calendar, DemoOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Children);
        if (await db.People.AnyAsync(ct) || await db.Facts.AnyAsync(ct))
        {
            throw new InvalidOperationException("The demo data can only be seeded into an empty database: this one already has people or facts.");
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var seeder = new DemoSeeder(db, time, calendar, options, today);
        return await seeder.RunAsync(ct);
    }
}
