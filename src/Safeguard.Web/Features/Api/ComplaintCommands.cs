using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Recording;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Features.Complaints;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

public sealed record RegisteredComplaint(long FactId, long ComplaintId);

/// <summary>What a command that makes a new record (an action, a remedy, a recommendation) recorded, with the new record's id.</summary>
public sealed record RecordedNew(long FactId, long? NewId);

/// <summary>Commands of the complaints procedure: register a complaint, record each step, and the actions and remedies agreed.</summary>
internal static class ComplaintCommands
{
    public static readonly FactMenu Registration = new(
        new Dictionary<string, string> { ["complaint-received"] = RoleSets.ComplaintHandlers },
        TakesReference: true,
        TakesCorrection: false,
        ReferenceWords: "`reference` (required) is the new complaint's reference. Leave out `complaintId`; each point's `pointId` may be left out.");

    public static readonly FactMenu StepFacts = new(
        new[]
        {
            "complaint-acknowledged", "point-excluded", "complaint-deferred", "complaint-resumed", "stage-1-extended", "stage-1-response-sent",
            "stage-2-requested", "stage-2-statement-agreed", "stage-2-extended", "stage-2-report-received", "stage-2-adjudication-sent",
            "stage-3-requested", "stage-3-declined", "stage-3-panel-appointed", "appointment-ended", "stage-3-panel-held", "stage-3-report-issued",
            "stage-3-response-sent", "complaint-closed", "complainant-informed", "recommendation-made", "remedy-agreed", "remedy-declined",
            "ombudsman-decision",
        }.ToDictionary(t => t, _ => RoleSets.ComplaintHandlers),
        TakesReference: true,
        TakesCorrection: false,
        ReferenceWords: "`reference` (required with recommendation-made and remedy-agreed, and taken with nothing else) is the new recommendation's or remedy's reference; leave out its id.");

    public static readonly FactMenu ActionAgreement = new(
        new Dictionary<string, string> { ["action-agreed"] = RoleSets.ComplaintHandlers },
        TakesReference: true,
        TakesCorrection: false,
        ReferenceWords: "`reference` (required) is the new action's reference; leave out `actionId`.");

    public static readonly FactMenu ActionFacts = new(
        new Dictionary<string, string> { ["action-completed"] = RoleSets.ComplaintHandlers },
        TakesReference: false,
        TakesCorrection: false);

    public static readonly FactMenu RemedyFacts = new(
        new Dictionary<string, string> { ["remedy-delivered"] = RoleSets.ComplaintHandlers },
        TakesReference: false,
        TakesCorrection: false);

    /// <summary>The facts that make a new record, and the property its id goes in.</summary>
    private static readonly Dictionary<string, string> NewRecordIds = new(StringComparer.Ordinal)
    {
        ["complaint-received"] = "complaintId",
        ["recommendation-made"] = "recommendationId",
        ["remedy-agreed"] = "remedyId",
        ["action-agreed"] = "actionId",
    };

    public static void Map(RouteGroupBuilder api)
    {
        var handlers = new AuthorizeAttribute { Roles = RoleSets.ComplaintHandlers };

        api.MapPost("/complaints", RegisterAsync)
            .WithTags("Complaints")
            .RequireAuthorization(handlers)
            .AsCommand()
            .TakesFacts(Registration)
            .Produces<RegisteredComplaint>(StatusCodes.Status201Created)
            .WithSummary("Register a complaint")
            .WithDescription("Registers a complaint received from a complainant, with its points, and starts its clocks. A complainant with sufficient interest needs the council's `standingDecision`.");

        api.MapPost("/complaints/{id:long}/facts", RecordAsync)
            .WithTags("Complaints")
            .RequireAuthorization(handlers)
            .AsCommand()
            .TakesFacts(StepFacts)
            .Produces<RecordedNew>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record a step of a complaint")
            .WithDescription("Acknowledgement, exclusions, deferral, each stage's request, extension and response, the panel, closure, recommendations, remedies and the Ombudsman's decision. "
                + "The complaint comes from the address: leave 'complaintId' out or give the same id. A response's `outcomes` maps each point's id to its outcome; a response without an outcome for every point is refused (CX_RESPONSE_ALL_POINTS, 409). "
                + "A step out of the procedure's order is 400 naming 'complaintId'.");

        api.MapPost("/actions", AgreeActionAsync)
            .WithTags("Complaints")
            .RequireAuthorization(handlers)
            .AsCommand()
            .TakesFacts(ActionAgreement)
            .Produces<RecordedNew>(StatusCodes.Status201Created)
            .WithSummary("Agree an action")
            .WithDescription("An action agreed from a complaint ('complaintId'), a recommendation ('recommendationId') or on its own, with its owner, due date and measure of done (an action without them breaches CX_ACTION_SMART).");

        api.MapPost("/actions/{id:long}/facts", CompleteActionAsync)
            .WithTags("Complaints")
            .RequireAuthorization(handlers)
            .AsCommand()
            .TakesFacts(ActionFacts)
            .Produces<RecordedFact>(StatusCodes.Status201Created)
            .WithSummary("Record that an agreed action is done")
            .WithDescription("The action comes from the address: leave 'actionId' out or give the same id.");

        api.MapPost("/remedies/{id:long}/facts", DeliverRemedyAsync)
            .WithTags("Complaints")
            .RequireAuthorization(handlers)
            .AsCommand()
            .TakesFacts(RemedyFacts)
            .Produces<RecordedFact>(StatusCodes.Status201Created)
            .WithSummary("Record that an agreed remedy was delivered")
            .WithDescription("The remedy comes from the address: leave 'remedyId' out or give the same id.");
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (read, problem) = await FactBody.ReadAsync(request, Registration, FillNew, Recording.Today(time), ct);
        if (read is null)
        {
            return problem!;
        }

        var result = await records.RecordAsync(read.Fact, staff.Recorder(), read.Reference, ct: ct);
        return await Recording.AnswerAsync(
            result,
            read.Fact,
            r => TypedResults.Created($"/api/complaints/{r.NewSubjectId}", new RegisteredComplaint(r.FactId, r.NewSubjectId!.Value)),
            db,
            ct);
    }

    private static async Task<IResult> RecordAsync(long id, HttpRequest request, ComplaintGate gate, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (ComplaintQueries.Access(await gate.CheckWriteAsync(id, ct)) is { } denied)
        {
            return denied;
        }

        var (read, problem) = await FactBody.ReadAsync(
            request,
            StepFacts,
            (body, type, errors) =>
            {
                FactBody.FillId(body, "complaintId", id, "complaint", errors);
                FillNew(body, type, errors);
            },
            Recording.Today(time),
            ct);
        if (read is null)
        {
            return problem!;
        }

        if (read.Reference is not null && !NewRecordIds.ContainsKey(read.Fact.TypeName))
        {
            return ApiProblems.Validation(FactBody.ReferenceProperty, $"'{FactBody.ReferenceProperty}' is taken only with recommendation-made and remedy-agreed: leave it out.");
        }

        var result = await records.RecordAsync(read.Fact, staff.Recorder(), read.Reference, ct: ct);
        return await Recording.AnswerAsync(result, read.Fact, r => TypedResults.Created($"/api/complaints/{id}", new RecordedNew(r.FactId, r.NewSubjectId)), db, ct);
    }

    private static async Task<IResult> AgreeActionAsync(HttpRequest request, ComplaintGate gate, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (read, problem) = await FactBody.ReadAsync(request, ActionAgreement, FillNew, Recording.Today(time), ct);
        if (read is null)
        {
            return problem!;
        }

        if (read.Fact is ActionAgreed { ComplaintId: { } complaint } && await gate.CheckWriteAsync(complaint, ct) == ChildAccessResult.Forbidden)
        {
            return ComplaintQueries.Access(ChildAccessResult.Forbidden)!;
        }

        var result = await records.RecordAsync(read.Fact, staff.Recorder(), read.Reference, ct: ct);
        return await Recording.AnswerAsync(result, read.Fact, r => TypedResults.Created($"/api/actions/{r.NewSubjectId}", new RecordedNew(r.FactId, r.NewSubjectId)), db, ct);
    }

    private static async Task<IResult> CompleteActionAsync(long id, HttpRequest request, ComplaintGate gate, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var action = await db.Actions.Where(a => a.Id == id).Select(a => new { a.ComplaintId }).FirstOrDefaultAsync(ct);
        if (action is null)
        {
            return ApiProblems.NotFound("There is no such action on the record.");
        }

        if (action.ComplaintId is { } complaint && ComplaintQueries.Access(await gate.CheckWriteAsync(complaint, ct)) is { } denied)
        {
            return denied;
        }

        return await RecordOnAsync(request, ActionFacts, "actionId", id, "action", records, staff, db, time, ct);
    }

    private static async Task<IResult> DeliverRemedyAsync(long id, HttpRequest request, ComplaintGate gate, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var remedy = await db.Remedies.Where(r => r.Id == id).Select(r => new { r.ComplaintId }).FirstOrDefaultAsync(ct);
        if (remedy is null)
        {
            return ApiProblems.NotFound("There is no such remedy on the record.");
        }

        return ComplaintQueries.Access(await gate.CheckWriteAsync(remedy.ComplaintId, ct))
            ?? await RecordOnAsync(request, RemedyFacts, "remedyId", id, "remedy", records, staff, db, time, ct);
    }

    private static async Task<IResult> RecordOnAsync(HttpRequest request, FactMenu menu, string property, long id, string what, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (read, problem) = await FactBody.ReadAsync(request, menu, (body, _, errors) => FactBody.FillId(body, property, id, what, errors), Recording.Today(time), ct);
        if (read is null)
        {
            return problem!;
        }

        var result = await records.RecordAsync(read.Fact, staff.Recorder(), ct: ct);
        return await Recording.AnswerAsync(result, read.Fact, r => TypedResults.Created($"/api/{what switch { "action" => "actions", _ => "remedies" }}/{id}", new RecordedFact(r.FactId)), db, ct);
    }

    /// <summary>
    /// For a fact that makes a new record: its id is given by the record (left out, or 0), and so are the ids of a new
    /// complaint's points. For any other fact a reference is not taken. The reference itself is required by the service.
    /// </summary>
    private static void FillNew(JsonObject body, Type factType, Dictionary<string, string[]> errors)
    {
        var type = FactTypes.NameOf(factType);
        if (!NewRecordIds.TryGetValue(type, out var property))
        {
            return;
        }

        if (body[property] is { } given && !(given is JsonValue value && value.TryGetValue<long>(out var zero) && zero == 0))
        {
            errors[property] = [$"'{property}' is given by the record: leave it out and give 'reference'."];
            return;
        }

        body[property] = 0;
        if (type == "complaint-received" && body["points"] is JsonArray points)
        {
            foreach (var point in points.OfType<JsonObject>().Where(p => !p.ContainsKey("pointId")))
            {
                point["pointId"] = 0;
            }
        }
    }

}
