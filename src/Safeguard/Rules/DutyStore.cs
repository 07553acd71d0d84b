using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Recording;

namespace Safeguard.Rules;

/// <summary>Re-evaluates a scope's rules and stores its duties, so that work lists are indexed queries.</summary>
public sealed class DutyStore(SafeguardDbContext db, CaseFiles files, TimeProvider time)
{
    /// <summary>
    /// Re-derives each scope's duties and brings its stored rows in line: rows that did not change are left as
    /// they are (a write usually changes one or two duties of a case), others are removed or added.
    /// </summary>
    public async Task RefreshAsync(IEnumerable<Scope> scopes, RuleSet rules, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        foreach (var scope in scopes.Distinct())
        {
            var duties = await EvaluateAsync(scope, rules, DateOnly.MaxValue, ct);
            var (workerId, teamId) = await ResponsibleAsync(scope, ct);
            var key = scope.ToString();
            var wanted = duties.Select(d =>
            {
                var row = DutyRow.From(d, key, now);
                row.WorkerId = workerId;
                row.TeamId = teamId;
                return row;
            }).ToList();
            var stored = await db.Duties.Where(d => d.Scope == key).ToListAsync(ct);
            var unchanged = stored.ToLookup(Signature);
            var kept = new HashSet<DutyRow>(ReferenceEqualityComparer.Instance);
            foreach (var row in wanted)
            {
                var same = unchanged[Signature(row)].FirstOrDefault(r => !kept.Contains(r));
                if (same is null)
                {
                    db.Duties.Add(row);
                }
                else
                {
                    kept.Add(same);
                }
            }

            db.Duties.RemoveRange(stored.Where(r => !kept.Contains(r)));
        }

        await db.SaveChangesAsync(ct);
    }

    private static string Signature(DutyRow row) => string.Join(
        '\u001f',
        row.Rule,
        row.Outcome,
        row.Due,
        row.Done,
        row.StartedOn,
        row.StartedBy,
        row.Counting,
        row.MissingParts,
        row.Detail,
        row.ChildId,
        row.PersonId,
        row.MeetingId,
        row.ComplaintId,
        row.ActionId,
        row.RemedyId,
        row.AlertId,
        row.WorkerId,
        row.TeamId);

    /// <summary>The duties of one scope as they stood on <paramref name="asOf"/>, from the facts dated on or before it.</summary>
    public async Task<IReadOnlyList<Duty>> EvaluateAsync(Scope scope, RuleSet rules, DateOnly asOf, CancellationToken ct = default) => scope.Kind switch
    {
        ScopeKind.Child => rules.Children.Evaluate(await files.ChildAsync(scope.Id, ct), asOf),
        ScopeKind.Meeting => rules.Meetings.Evaluate(await files.MeetingAsync(scope.Id, ct), asOf),
        ScopeKind.Complaint => rules.Complaints.Evaluate(await files.ComplaintAsync(scope.Id, ct), asOf).Duties,
        ScopeKind.Action => rules.Complaints.Evaluate(await files.StandaloneActionAsync(scope.Id, ct), asOf).Duties,
        _ => throw new InvalidOperationException($"Unknown scope {scope}."),
    };

    /// <summary>Every scope on the record: what a full re-evaluation or a replay's findings walk over.</summary>
    public async Task<List<Scope>> AllScopesAsync(CancellationToken ct = default)
    {
        var scopes = new List<Scope>();
        scopes.AddRange((await db.People.Where(p => p.Kind == People.PersonKind.Child).Select(p => p.Id).ToListAsync(ct)).Select(Scope.Child));
        scopes.AddRange((await db.Meetings.Select(m => m.Id).ToListAsync(ct)).Select(Scope.Meeting));
        scopes.AddRange((await db.Complaints.Select(c => c.Id).ToListAsync(ct)).Select(Scope.Complaint));
        scopes.AddRange((await db.Actions.Where(a => a.ComplaintId == null).Select(a => a.Id).ToListAsync(ct)).Select(Scope.Action));
        return scopes;
    }

    private async Task<(long? WorkerId, long? TeamId)> ResponsibleAsync(Scope scope, CancellationToken ct)
    {
        long? childId = scope.Kind switch
        {
            ScopeKind.Child => scope.Id,
            ScopeKind.Meeting => await db.MeetingChildren.Where(m => m.MeetingId == scope.Id).OrderBy(m => m.ChildId).Select(m => (long?)m.ChildId).FirstOrDefaultAsync(ct),
            _ => null,
        };
        if (childId is null)
        {
            return (null, null);
        }

        // The child carries its lead social worker and its team (CaseRecordService keeps them in step with allocations).
        var child = await db.People.Where(p => p.Id == childId).Select(p => new { p.LeadWorkerId, p.TeamId }).FirstOrDefaultAsync(ct);
        return child is null ? (null, null) : (child.LeadWorkerId, child.TeamId);
    }
}
