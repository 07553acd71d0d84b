using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;

namespace Safeguard.Audit;

/// <summary>What a check of the audit chain found: how many entries, and the first one that does not fit.</summary>
public sealed record AuditChainReport(int Entries, long? BrokenAtId, string? Problem)
{
    public bool Intact => BrokenAtId is null && Problem is null;
}

/// <summary>
/// Makes the audit log tamper-evident: each entry carries the hash of the one before it and a SHA-256 hash over
/// that and its own content, so editing, removing or inserting an entry breaks the chain from that point on.
/// Appending is serialised (an advisory lock on PostgreSQL; SQLite allows one writer) so the chain never forks.
/// </summary>
public static class AuditChain
{
    private const long AppendLock = 20061739;

    internal static async Task SealAsync(SafeguardDbContext db, IReadOnlyList<AuditEntry> added, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLock})", ct);
        }

        var previous = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct);
        foreach (var entry in added)
        {
            // PostgreSQL keeps microseconds, so the hash is taken over the time as it will be read back.
            entry.At = new DateTimeOffset(entry.At.UtcTicks - (entry.At.UtcTicks % 10), TimeSpan.Zero);
            entry.PreviousHash = previous;
            entry.Hash = HashOf(entry);
            previous = entry.Hash;
        }
    }

    public static string HashOf(AuditEntry entry)
    {
        var content = string.Join(
            '\u001f',
            entry.PreviousHash ?? "",
            entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.Actor,
            entry.Action,
            entry.Subject,
            entry.FactId?.ToString(CultureInfo.InvariantCulture) ?? "",
            entry.Reason ?? "",
            entry.Origin);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>Walks the chain from its first entry, in batches, and reports the first entry that does not fit.</summary>
    public static async Task<AuditChainReport> VerifyAsync(SafeguardDbContext db, CancellationToken ct = default)
    {
        const int batchSize = 5000;
        string? previous = null;
        long lastId = 0;
        var count = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(batchSize).ToListAsync(ct);
            foreach (var entry in batch)
            {
                if (entry.PreviousHash != previous)
                {
                    return new AuditChainReport(count, entry.Id, count == 0
                        ? "The first entry names a predecessor, so entries before it have been removed."
                        : "This entry does not follow the one before it: an entry has been removed or inserted.");
                }

                if (HashOf(entry) != entry.Hash)
                {
                    return new AuditChainReport(count, entry.Id, "This entry's content does not match its hash: it has been changed.");
                }

                previous = entry.Hash;
                lastId = entry.Id;
                count++;
            }

            if (batch.Count < batchSize)
            {
                return new AuditChainReport(count, null, null);
            }
        }
    }
}
