using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Recording;

namespace Safeguard.Rules;

/// <summary>A duty as it stands on a day: a finding when late, overdue, missing, breached or blocked.</summary>
public sealed record DutyOnDay(Duty Duty, DutyStatus Status);

/// <summary>The findings across the whole record on a given day, evaluated from the facts dated on or before it.</summary>
public sealed class FindingsQuery(SafeguardDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<DutyOnDay>> FindingsOnAsync(RuleSet rules, DateOnly asOf, CancellationToken ct = default)
    {
        var store = new DutyStore(db, new CaseFiles(db), time);
        var result = new List<DutyOnDay>();
        foreach (var scope in await store.AllScopesAsync(ct))
        {
            foreach (var duty in await store.EvaluateAsync(scope, rules, asOf, ct))
            {
                var status = duty.StatusOn(asOf);
                if (Duty.IsFinding(status))
                {
                    result.Add(new DutyOnDay(duty, status));
                }
            }
        }

        var refusals = await db.Duties.Where(d => d.Scope == Scope.Refusals && d.StartedOn <= asOf).OrderBy(d => d.Id).ToListAsync(ct);
        result.AddRange(refusals.Select(r => new DutyOnDay(r.ToDuty(), DutyStatus.Blocked)));
        return result;
    }
}
