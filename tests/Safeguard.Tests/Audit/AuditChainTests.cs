using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.Tests.Data;
using Xunit;

namespace Safeguard.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Entries_written_one_by_one_and_together_form_an_intact_chain(DatabaseProvider provider)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(provider);
        await using var _ = lifetime;
        await using var __ = db;

        await AppendAsync(db, "view child", "child:1");
        db.AuditEntries.AddRange(Entry("record child-seen", "child:1"), Entry("view child", "child:2"), Entry("view chronology", "child:2"));
        await db.SaveChangesAsync();

        var report = await AuditChain.VerifyAsync(db);
        Assert.True(report.Intact, report.Problem);
        Assert.Equal(4, report.Entries);
        var first = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();
        Assert.Null(first.PreviousHash);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_edited_entry_breaks_the_chain_at_that_entry(DatabaseProvider provider)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(provider);
        await using var _ = lifetime;
        await using var __ = db;
        for (var i = 1; i <= 4; i++)
        {
            await AppendAsync(db, "view child", $"child:{i}");
        }

        var third = await db.AuditEntries.OrderBy(a => a.Id).Skip(2).Select(a => a.Id).FirstAsync();
        await db.AuditEntries.Where(a => a.Id == third).ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, "someone-else"));

        var report = await AuditChain.VerifyAsync(db);
        Assert.False(report.Intact);
        Assert.Equal(third, report.BrokenAtId);
        Assert.Contains("changed", report.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_removed_entry_breaks_the_chain_at_the_next_one(DatabaseProvider provider)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(provider);
        await using var _ = lifetime;
        await using var __ = db;
        for (var i = 1; i <= 4; i++)
        {
            await AppendAsync(db, "view child", $"child:{i}");
        }

        var ids = await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        await db.AuditEntries.Where(a => a.Id == ids[1]).ExecuteDeleteAsync();

        var report = await AuditChain.VerifyAsync(db);
        Assert.Equal(ids[2], report.BrokenAtId);
        Assert.Contains("removed or inserted", report.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Removing_the_first_entries_is_detected(DatabaseProvider provider)
    {
        var (db, lifetime) = await TestDatabases.CreateMigratedAsync(provider);
        await using var _ = lifetime;
        await using var __ = db;
        await AppendAsync(db, "view child", "child:1");
        await AppendAsync(db, "view child", "child:2");

        var first = await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        await db.AuditEntries.Where(a => a.Id == first).ExecuteDeleteAsync();

        var report = await AuditChain.VerifyAsync(db);
        Assert.False(report.Intact);
        Assert.Contains("before it have been removed", report.Problem, StringComparison.Ordinal);
    }

    private static async Task AppendAsync(SafeguardDbContext db, string action, string subject)
    {
        db.AuditEntries.Add(Entry(action, subject));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static AuditEntry Entry(string action, string subject) =>
        new() { At = Time.GetUtcNow(), Actor = "amara.okafor", Action = action, Subject = subject, Origin = "127.0.0.1" };
}
