using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

public sealed record ChildList(int Total, IReadOnlyList<ChildSummary> Children);

public sealed record ChildDetails(ChildSummary Child, IReadOnlyList<ChildPerson> People, IReadOnlyList<ChildRestriction> Restrictions);

/// <summary>Reads of children: the search, a child's record and duties, and one fact on it. Every child read goes through the gate and is audited.</summary>
internal static class ChildQueries
{
    private const int PageSize = 50;

    public static void Map(RouteGroupBuilder api)
    {
        var children = api.MapGroup("/children").WithTags("Children").RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.ChildReaders });

        children.MapGet("/", SearchAsync)
            .WithSummary("Find children")
            .WithDescription("The children the caller may see, by name or reference ('q'), first 50 by name, with the total that match.");

        children.MapGet("/{id:long}", RecordAsync)
            .Produces<ChildDetails>()
            .WithSummary("A child's record")
            .WithDescription("Who the child is, their people (with parental responsibility) and the contact restrictions that concern them. The view is audited.");

        children.MapGet("/{id:long}/duties", DutiesAsync)
            .Produces<List<DutyLine>>()
            .WithSummary("A child's duties")
            .WithDescription("Every duty on the child's record and meetings: the rule, its name and legal basis, status today, due and done dates, the event that started the clock and how it was counted. The view is audited.");

        children.MapGet("/{id:long}/facts/{factId:long}", FactAsync)
            .Produces<FactView>()
            .WithSummary("One fact on a child's record")
            .WithDescription("A recorded fact as stored, in the scenario vocabulary. The view is audited.");
    }

    private static async Task<Ok<ChildList>> SearchAsync(string? q, ChildAccess access, CurrentStaff staff, CancellationToken ct)
    {
        var visible = access.VisibleChildren(await staff.GetAsync(ct));
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
        return TypedResults.Ok(new ChildList(total, children));
    }

    private static async Task<IResult> RecordAsync(long id, ChildGate gate, ChildRecordQuery query, TimeProvider time, CancellationToken ct)
    {
        if (ApiProblems.Access(await gate.CheckOpenAsync(id, "child record", ct)) is { } denied)
        {
            return denied;
        }

        var record = await query.RecordAsync(id, Recording.Today(time), ct);
        return record is null ? ApiProblems.NotFound("There is no such child on the record.") : TypedResults.Ok(new ChildDetails(record.Child, record.People, record.Restrictions));
    }

    private static async Task<IResult> DutiesAsync(long id, ChildGate gate, ChildRecordQuery query, TimeProvider time, CancellationToken ct) =>
        ApiProblems.Access(await gate.CheckOpenAsync(id, "child duties", ct)) ?? TypedResults.Ok(await query.DutiesAsync(id, Recording.Today(time), ct));

    private static async Task<IResult> FactAsync(long id, long factId, ChildGate gate, SafeguardDbContext db, CancellationToken ct)
    {
        if (ApiProblems.Access(await gate.CheckOpenAsync(id, "child fact", ct)) is { } denied)
        {
            return denied;
        }

        var row = await db.Facts.AsNoTracking().FirstOrDefaultAsync(f => f.Id == factId && f.ChildId == id, ct);
        return row is null ? ApiProblems.NotFound("There is no such entry on this child's record.") : TypedResults.Ok(FactView.From(row));
    }
}
