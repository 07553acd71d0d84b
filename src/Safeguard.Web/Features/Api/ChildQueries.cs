using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Features.Chronology;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

public sealed record ChildDetails(ChildSummary Child, IReadOnlyList<ChildPerson> People, IReadOnlyList<ChildRestriction> Restrictions);

public sealed record ChildChronology(ChildSummary Child, IReadOnlyList<ChronologyEntry> Entries);

/// <summary>Reads of children: the search, a child's record, duties and chronology, and one fact on it. Every child read goes through the gate and is audited.</summary>
internal static class ChildQueries
{
    public static void Map(RouteGroupBuilder api)
    {
        var children = api.MapGroup("/children").WithTags("Children").RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.ChildReaders });

        children.MapGet("/", SearchAsync)
            .WithSummary("Find children")
            .WithDescription($"The children the caller may see, by name or reference ('q'), first {ChildSearch.PageSize} by name, with the total that match.");

        children.MapGet("/{id:long}", RecordAsync)
            .Produces<ChildDetails>()
            .WithSummary("A child's record")
            .WithDescription("Who the child is, their people (with parental responsibility) and the contact restrictions that concern them. The view is audited.");

        children.MapGet("/{id:long}/duties", DutiesAsync)
            .Produces<List<DutyLine>>()
            .WithSummary("A child's duties")
            .WithDescription("Every duty on the child's record and meetings: the rule, its name and legal basis, status today, due and done dates, the event that started the clock and how it was counted. The view is audited.");

        children.MapGet("/{id:long}/chronology", ChronologyAsync)
            .Produces<ChildChronology>()
            .WithSummary("A child's chronology")
            .WithDescription("The significant events on the child's record and on the conferences and core groups the child is on, oldest first, as on the chronology page: "
                + "when it happened (`on`), what happened in words, who recorded it and when, and for a corrected entry its correction (`correctedBy`); a correction gives the date of the entry it corrects (`corrects`). "
                + "A sibling's own entries are not included. The view is audited.");

        children.MapGet("/{id:long}/facts/{factId:long}", FactAsync)
            .Produces<FactView>()
            .WithSummary("One fact on a child's record")
            .WithDescription("A recorded fact as stored, in the scenario vocabulary. The view is audited.");
    }

    private static async Task<Ok<ChildList>> SearchAsync(string? q, ChildSearch search, CurrentStaff staff, CancellationToken ct) =>
        TypedResults.Ok(await search.FindAsync(await staff.GetAsync(ct), q, ct));

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

    private static async Task<IResult> ChronologyAsync(long id, ChildGate gate, ChildRecordQuery children, ChronologyQuery chronology, CancellationToken ct)
    {
        if (ApiProblems.Access(await gate.CheckOpenAsync(id, "chronology", ct)) is { } denied)
        {
            return denied;
        }

        var child = await children.SummaryAsync(id, ct);
        return child is null ? ApiProblems.NotFound("There is no such child on the record.") : TypedResults.Ok(new ChildChronology(child, await chronology.ForChildAsync(id, ct)));
    }

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
