using Microsoft.EntityFrameworkCore;
using Safeguard.Audit;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Recording;
using Safeguard.Rules;

namespace Safeguard.Policy;

/// <summary>Changes a council's local policy settings and re-derives every duty they affect.</summary>
public sealed class PolicyService(SafeguardDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<PolicySettings> CurrentAsync(CancellationToken ct = default)
    {
        var council = await db.Councils.Include(c => c.PolicySettings).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        return council?.ToPolicy() ?? PolicySettings.Defaults;
    }

    public async Task<RecordResult> ChangeAsync(string name, int value, Recorder by, CancellationToken ct = default)
    {
        if (!PolicySettings.Names.Contains(name))
        {
            return new Rejected("name", $"'{name}' is not a policy setting. The settings are: {string.Join(", ", PolicySettings.Names)}.");
        }

        if (value is < 1 or > 400)
        {
            return new Rejected("value", "Enter a number of working days from 1 to 400.");
        }

        var council = await db.Councils.Include(c => c.PolicySettings).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (council is null)
        {
            return new Rejected("council", "The database has no council yet: run 'safeguard migrate' first.");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var row = council.PolicySettings.FirstOrDefault(s => s.Name == name);
            var before = row?.Value ?? PolicySettings.Defaults.Get(name);
            if (row is null)
            {
                council.PolicySettings.Add(new PolicySettingRow { Name = name, Value = value });
            }
            else
            {
                row.Value = value;
            }

            db.AuditEntries.Add(new AuditEntry { At = time.GetUtcNow(), Actor = by.User, Action = "change policy setting", Subject = $"policy:{name}", Reason = $"{before} -> {value}. {by.Reason}".Trim(), Origin = by.Origin });
            await db.SaveChangesAsync(ct);

            // Every clock counted with the old number is counted again with the new one.
            var store = new DutyStore(db, new CaseFiles(db), time);
            await store.RefreshAsync(await store.AllScopesAsync(ct), new RuleSet(calendar, council.ToPolicy()), ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return (RecordResult)new Recorded(0, council.Id);
        });
    }
}
