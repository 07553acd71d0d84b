using Microsoft.EntityFrameworkCore;
using Safeguard.Access;

namespace Safeguard.Web.Features.Children;

public sealed record ChildList(int Total, IReadOnlyList<ChildSummary> Children);

/// <summary>Finds children for the children page and the API: only those the member of staff may see, by name or reference.</summary>
public sealed class ChildSearch(ChildAccess access)
{
    public const int PageSize = 50;

    /// <summary>The first <see cref="PageSize"/> by name whose name or reference contains <paramref name="q"/> (all when empty), with how many match.</summary>
    public Task<ChildList> FindAsync(StaffMember staff, string? q, CancellationToken ct = default) =>
        FindAmongAsync(access.VisibleChildren(staff), q, ct);

    /// <summary>The same search among the children a complaint may be registered about.</summary>
    public Task<ChildList> FindComplaintSubjectsAsync(StaffMember staff, string? q, CancellationToken ct = default) =>
        FindAmongAsync(access.ComplaintSubjects(staff), q, ct);

    private static async Task<ChildList> FindAmongAsync(IQueryable<Safeguard.People.Person> visible, string? q, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            visible = visible.Where(c => (c.DisplayName ?? "").ToLower().Contains(term) || c.Reference.ToLower().Contains(term));
        }

        var total = await visible.CountAsync(ct);
        var children = await visible
            .OrderBy(c => c.DisplayName).ThenBy(c => c.Id)
            .Take(PageSize)
            .Select(c => new ChildSummary(c.Id, c.Reference, c.DisplayName ?? c.Reference, c.BirthDate, c.Team != null ? c.Team.Name : null, null, c.Restricted))
            .ToListAsync(ct);
        return new ChildList(total, children);
    }
}
