using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Recording;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

/// <summary>A new child on the record, in the caller's team unless another is named.</summary>
public sealed record NewChild
{
    /// <summary>The child's name.</summary>
    public required string Name { get; init; }

    /// <summary>The council's case reference for the child; unique.</summary>
    public required string Reference { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    /// <summary>The team's name; the caller's own team when left out (a caller may add a child only to their own team).</summary>
    public string? Team { get; init; }
}

/// <summary>A new adult in a child's life and how they stand to the child.</summary>
public sealed record NewPerson
{
    public required string Name { get; init; }

    /// <summary>The reference for the adult; unique.</summary>
    public required string Reference { get; init; }

    public required RelationshipRole Relationship { get; init; }

    public required bool ParentalResponsibility { get; init; }
}

public sealed record AddedChild(long ChildId);

public sealed record AddedPerson(long PersonId, long RelationshipId);

/// <summary>Commands on a child's record: add the child, their people, and the facts of the pathway.</summary>
internal static class ChildCommands
{
    public static readonly FactMenu ChildFacts = new(
        new Dictionary<string, string>
        {
            ["referral-received"] = RoleSets.Caseworkers,
            ["referral-decision"] = RoleSets.Caseworkers,
            ["assessment-completed"] = RoleSets.Caseworkers,
            ["child-in-need-plan-started"] = RoleSets.Caseworkers,
            ["child-in-need-plan-ended"] = RoleSets.Caseworkers,
            ["strategy-discussion"] = RoleSets.Caseworkers,
            ["section-47-completed"] = RoleSets.Caseworkers,
            ["child-seen"] = RoleSets.Caseworkers,
            ["visit-no-access"] = RoleSets.Caseworkers,
            ["parent-consulted"] = RoleSets.Caseworkers,
            ["parent-excluded"] = RoleSets.Caseworkers,
            ["lead-social-worker-allocated"] = RoleSets.Caseworkers,
            ["management-review"] = RoleSets.Caseworkers,
            ["child-moved"] = RoleSets.Caseworkers,
            ["transfer-notified"] = RoleSets.Caseworkers,
            ["transfer-received"] = RoleSets.Caseworkers,
            ["case-closed"] = RoleSets.Caseworkers,
            ["letter-sent"] = RoleSets.Correspondents,
        },
        TakesReference: false,
        TakesCorrection: true);

    public static void Map(RouteGroupBuilder api)
    {
        var children = api.MapGroup("/children").WithTags("Children");

        children.MapPost("/", AddChildAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.Caseworkers })
            .AsCommand()
            .Accepts<NewChild>("application/json")
            .Produces<AddedChild>(StatusCodes.Status201Created)
            .WithSummary("Add a child")
            .WithDescription("Adds a child to the record in the caller's team. The date of birth may not be in the future.");

        children.MapPost("/{id:long}/people", AddPersonAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.Caseworkers })
            .AsCommand()
            .Accepts<NewPerson>("application/json")
            .Produces<AddedPerson>(StatusCodes.Status201Created)
            .WithSummary("Add an adult to a child's record")
            .WithDescription("Adds a new adult, their relationship to the child, and whether they hold parental responsibility.");

        children.MapPost("/{id:long}/facts", RecordFactAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.Correspondents })
            .AsCommand()
            .TakesFacts(ChildFacts)
            .Produces<RecordedFact>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record a fact on a child's record")
            .WithDescription("Records a fact of the child protection pathway, in the scenario vocabulary. The child comes from the address: leave 'childId' (or a letter's 'aboutChildId') out, or give the same id. 'byId' is the caller when left out. A guard's refusal is 409 with the rule, the reason and the safe route.");
    }

    private static async Task<IResult> AddChildAsync(HttpRequest request, PeopleService people, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (child, problem) = await JsonBody.ReadAsync<NewChild>(request, ct);
        if (child is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(child.Name))
        {
            return ApiProblems.Validation("name", "Enter the child's name.");
        }

        if (child.DateOfBirth > Recording.Today(time))
        {
            return ApiProblems.Validation("dateOfBirth", "The date of birth must be today or in the past.");
        }

        var me = await staff.GetAsync(ct);
        var teamId = me.TeamId;
        if (child.Team is { } teamName)
        {
            teamId = await db.Teams.Where(t => t.Name == teamName).Select(t => (long?)t.Id).FirstOrDefaultAsync(ct);
            if (teamId is null)
            {
                return ApiProblems.Validation("team", $"There is no team called '{teamName}'.");
            }

            if (teamId != me.TeamId)
            {
                return ApiProblems.Validation("team", "You can add a child only to your own team.");
            }
        }

        if (teamId is null)
        {
            return ApiProblems.Validation("team", "You are not in a team, so you cannot add a child.");
        }

        var person = new Person { Reference = child.Reference.Trim(), Kind = PersonKind.Child, DisplayName = child.Name.Trim(), BirthDate = child.DateOfBirth, TeamId = teamId };
        return await people.AddPersonAsync(person, staff.Recorder(), ct) switch
        {
            Recorded added => TypedResults.Created($"/api/children/{added.NewSubjectId}", new AddedChild(added.NewSubjectId!.Value)),
            Rejected rejected => ApiProblems.Rejected(rejected),
            var other => throw new InvalidOperationException($"Unexpected result {other}."),
        };
    }

    private static async Task<IResult> AddPersonAsync(long id, HttpRequest request, ChildGate gate, PeopleService people, CurrentStaff staff, SafeguardDbContext db, CancellationToken ct)
    {
        if (ApiProblems.Access(await gate.CheckWriteAsync(id, ct)) is { } denied)
        {
            return denied;
        }

        var (adult, problem) = await JsonBody.ReadAsync<NewPerson>(request, ct);
        if (adult is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(adult.Name))
        {
            return ApiProblems.Validation("name", "Enter the person's name.");
        }

        // The adult and the relationship are one change: neither is kept without the other.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var by = staff.Recorder();
        var person = new Person { Reference = adult.Reference.Trim(), Kind = PersonKind.Adult, DisplayName = adult.Name.Trim() };
        if (await people.AddPersonAsync(person, by, ct) is Rejected personRejected)
        {
            return ApiProblems.Rejected(personRejected);
        }

        var relationship = await people.AddRelationshipAsync(person.Id, id, adult.Relationship, adult.ParentalResponsibility, by, ct);
        if (relationship is not Recorded related)
        {
            return ApiProblems.Rejected((Rejected)relationship);
        }

        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/children/{id}", new AddedPerson(person.Id, related.NewSubjectId!.Value));
    }

    private static async Task<IResult> RecordFactAsync(long id, HttpRequest request, ChildGate gate, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (ApiProblems.Access(await gate.CheckWriteAsync(id, ct)) is { } denied)
        {
            return denied;
        }

        var me = await staff.GetAsync(ct);
        var (read, problem) = await FactBody.ReadAsync(request, ChildFacts, (body, type, errors) => FillChild(body, type, id, me, errors), Recording.Today(time), ct);
        if (read is null)
        {
            return problem!;
        }

        if (!Recording.HasRole(request.HttpContext.User, ChildFacts.RolesByType[read.Fact.TypeName]))
        {
            return ApiProblems.Forbidden($"Your role cannot record {read.Fact.TypeName}.");
        }

        if (read.Supersedes is { } corrected && !await db.Facts.AnyAsync(f => f.Id == corrected && f.ChildId == id, ct))
        {
            return ApiProblems.Validation(FactBody.SupersedesProperty, $"There is no entry {corrected} on this child's record to correct.");
        }

        var result = await records.RecordAsync(read.Fact, staff.Recorder(read.CorrectionReason), supersedes: read.Supersedes, ct: ct);
        return await Recording.AnswerAsync(result, read.Fact, r => TypedResults.Created($"/api/children/{id}/facts/{r.FactId}", new RecordedFact(r.FactId)), db, ct);
    }

    private static void FillChild(JsonObject body, Type type, long childId, StaffMember me, Dictionary<string, string[]> errors)
    {
        var properties = JsonBody.TypeInfo(type).Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        FactBody.FillId(body, properties.Contains("childId") ? "childId" : "aboutChildId", childId, "child", errors);
        if (properties.Contains("aboutComplaintId") && body.ContainsKey("aboutComplaintId"))
        {
            errors["aboutComplaintId"] = ["A letter about a complaint is not recorded on a child's record: leave 'aboutComplaintId' out."];
        }

        if (properties.Contains("byId") && body["byId"] is null && me.PersonId is { } personId)
        {
            body["byId"] = personId;
        }
    }
}
