using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Web.Components;

namespace Safeguard.Web.Features.AuditLog;

/// <summary>What an auditor asked for, resolved to what the log stores: account names, subjects and UTC instants.</summary>
public sealed record AuditCriteria(string? Actor, IReadOnlyList<string> Subjects, string? ActionText, DateTimeOffset? FromUtc, DateTimeOffset? ToUtc)
{
    public string Describe()
    {
        var parts = new List<string>();
        if (Actor is not null)
        {
            parts.Add($"actor {Actor}");
        }

        if (Subjects.Count > 0)
        {
            parts.Add($"record {string.Join(" or ", Subjects)}");
        }

        if (ActionText is not null)
        {
            parts.Add($"action contains \"{ActionText}\"");
        }

        if (FromUtc is { } from)
        {
            parts.Add($"from {UkTime.Utc(from)}");
        }

        if (ToUtc is { } to)
        {
            parts.Add($"before {UkTime.Utc(to)}");
        }

        return parts.Count == 0 ? "all entries" : string.Join(", ", parts);
    }
}

/// <summary>One entry as the auditor sees it, with the actor's name and the child the subject names, where known.</summary>
public sealed record AuditLine(AuditEntry Entry, string? ActorName, ChildLabel? Child);

public sealed record ChildLabel(long Id, string Reference, string? Name, bool Restricted);

public sealed record AuditPage(IReadOnlyList<AuditLine> Lines, bool HasNewer, bool HasOlder);

/// <summary>
/// Searches the audit log through its indexes (actor; subject and time; time) and pages by id, newest first, so a
/// page costs the same at the start of a log of millions of entries as at its end.
/// </summary>
public sealed class AuditSearch(SafeguardDbContext db)
{
    public const int PageSize = 50;

    private const string ChildPrefix = "child:";

    /// <summary>Reads the search form, adding GOV.UK messages to <paramref name="state"/>; null when it has errors.</summary>
    public async Task<AuditCriteria?> ReadAsync(ModelStateDictionary state, string? actor, string? record, string? action, DateParts from, DateParts to, CancellationToken ct)
    {
        var fromDay = from.Read(state, "From", "the start date", required: false);
        var toDay = to.Read(state, "To", "the end date", required: false);
        if (fromDay is { } f && toDay is { } t && t < f)
        {
            state.AddModelError("To", "The end date must be the same as or after the start date");
        }

        if (!state.IsValid)
        {
            return null;
        }

        return new AuditCriteria(
            await ActorAsync(actor, ct),
            await SubjectsAsync(record, ct),
            string.IsNullOrWhiteSpace(action) ? null : action.Trim().ToLowerInvariant(),
            fromDay is { } start ? UkTime.StartOf(start) : null,
            toDay is { } end ? UkTime.StartOf(end.AddDays(1)) : null);
    }

    public IQueryable<AuditEntry> Query(AuditCriteria criteria)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (criteria.FromUtc is not null || criteria.ToUtc is not null)
        {
            entries = Between(criteria.FromUtc, criteria.ToUtc);
        }

        if (criteria.Actor is { } actor)
        {
            entries = entries.Where(a => a.Actor == actor);
        }

        if (criteria.Subjects.Count == 1)
        {
            var subject = criteria.Subjects[0];
            entries = entries.Where(a => a.Subject == subject);
        }
        else if (criteria.Subjects.Count > 1)
        {
            var subjects = criteria.Subjects.ToList();
            entries = entries.Where(a => subjects.Contains(a.Subject));
        }

        if (criteria.ActionText is { } text)
        {
            entries = entries.Where(a => a.Action.ToLower().Contains(text));
        }

        return entries;
    }

    /// <summary>The page of entries older than <paramref name="before"/> or, going back, newer than <paramref name="after"/>.</summary>
    public async Task<AuditPage> PageAsync(AuditCriteria criteria, long? before, long? after, CancellationToken ct)
    {
        var entries = Query(criteria);
        List<AuditEntry> rows;
        if (after is { } newerThan)
        {
            rows = await entries.Where(a => a.Id > newerThan).OrderBy(a => a.Id).Take(PageSize).ToListAsync(ct);
            rows.Reverse();
        }
        else
        {
            var page = before is { } olderThan ? entries.Where(a => a.Id < olderThan) : entries;
            rows = await page.OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(ct);
        }

        if (rows.Count == 0)
        {
            return new AuditPage([], false, false);
        }

        var newest = rows[0].Id;
        var oldest = rows[^1].Id;
        var hasNewer = await entries.AnyAsync(a => a.Id > newest, ct);
        var hasOlder = await entries.AnyAsync(a => a.Id < oldest, ct);
        return new AuditPage(await LinesAsync(rows, ct), hasNewer, hasOlder);
    }

    /// <summary>The matching entries in batches, newest first, for an export of any size.</summary>
    public async IAsyncEnumerable<AuditEntry> AllAsync(AuditCriteria criteria, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const int batchSize = 2000;
        long? before = null;
        while (true)
        {
            var entries = Query(criteria);
            if (before is { } olderThan)
            {
                entries = entries.Where(a => a.Id < olderThan);
            }

            var batch = await entries.OrderByDescending(a => a.Id).Take(batchSize).ToListAsync(ct);
            foreach (var entry in batch)
            {
                yield return entry;
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }

            before = batch[^1].Id;
        }
    }

    public async Task<IReadOnlyList<AuditLine>> LinesAsync(IReadOnlyList<AuditEntry> rows, CancellationToken ct)
    {
        var actors = rows.Select(r => r.Actor).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => actors.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName })
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal, ct);
        var childIds = rows.Select(r => ChildId(r.Subject)).OfType<long>().Distinct().ToList();
        var children = await db.People.AsNoTracking().Where(p => childIds.Contains(p.Id) && p.Kind == PersonKind.Child)
            .Select(p => new ChildLabel(p.Id, p.Reference, p.DisplayName, p.Restricted))
            .ToDictionaryAsync(c => c.Id, ct);
        return rows.Select(r => new AuditLine(
            r,
            names.GetValueOrDefault(r.Actor),
            ChildId(r.Subject) is { } id ? children.GetValueOrDefault(id) : null)).ToList();
    }

    public static long? ChildId(string subject) =>
        subject.StartsWith(ChildPrefix, StringComparison.Ordinal)
        && long.TryParse(subject.AsSpan(ChildPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>An account name as typed, or the account whose email address or name it is.</summary>
    private async Task<string?> ActorAsync(string? actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            return null;
        }

        var text = actor.Trim();
        var upper = text.ToUpperInvariant();
        var account = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == upper || u.NormalizedEmail == upper || u.DisplayName.ToUpper() == upper)
            .OrderBy(u => u.NormalizedUserName == upper ? 0 : 1)
            .Select(u => u.UserName)
            .FirstOrDefaultAsync(ct);
        return account ?? text;
    }

    /// <summary>A subject as typed ("child:12", "audit"), or the children whose reference or full name it is.</summary>
    private async Task<IReadOnlyList<string>> SubjectsAsync(string? record, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(record))
        {
            return [];
        }

        var text = record.Trim();
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return [text];
        }

        var upper = text.ToUpperInvariant();
        var children = await db.People.AsNoTracking()
            .Where(p => p.Kind == PersonKind.Child && (p.Reference == text || p.Reference.ToUpper() == upper || (p.DisplayName ?? "").ToUpper() == upper))
            .OrderBy(p => p.Id)
            .Take(50)
            .Select(p => p.Id)
            .ToListAsync(ct);
        return children.Count == 0 ? [text] : children.Select(id => $"{ChildPrefix}{id.ToString(CultureInfo.InvariantCulture)}").ToList();
    }

    /// <summary>
    /// Entries in a time range. SQLite keeps these instants as ISO text in UTC, which sorts as time does but which EF
    /// will not compare, so there the range is written in SQL; PostgreSQL compares them natively.
    /// </summary>
    private IQueryable<AuditEntry> Between(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (db.Database.IsSqlite())
        {
            var fromText = SqliteInstant(from ?? DateTimeOffset.MinValue);
            var toText = SqliteInstant(to ?? DateTimeOffset.MaxValue);
            return db.AuditEntries.FromSql($"SELECT * FROM audit_log WHERE at >= {fromText} AND at < {toText}").AsNoTracking();
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (from is { } start)
        {
            entries = entries.Where(a => a.At >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }

    private static string SqliteInstant(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy'-'MM'-'dd HH':'mm':'ss", CultureInfo.InvariantCulture) + "+00:00";
}
