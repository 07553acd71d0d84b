using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

public sealed record ScheduledMeeting(long FactId, long MeetingId);

/// <summary>Commands on conferences and core groups: scheduling one for a child, and what happens to it.</summary>
internal static class MeetingCommands
{
    public static readonly FactMenu Scheduling = new(
        new Dictionary<string, string>
        {
            ["conference-scheduled"] = RoleSets.MeetingOrganisers,
            ["core-group-scheduled"] = RoleSets.MeetingOrganisers,
        },
        TakesReference: true,
        TakesCorrection: false);

    public static readonly FactMenu MeetingFacts = new(
        new Dictionary<string, string>
        {
            ["invitation-sent"] = RoleSets.Correspondents,
            ["document-shared"] = RoleSets.Correspondents,
            ["conference-held"] = RoleSets.MeetingOrganisers,
            ["core-group-held"] = RoleSets.MeetingOrganisers,
            ["conference-cancelled"] = RoleSets.MeetingOrganisers,
        },
        TakesReference: false,
        TakesCorrection: true);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/children/{id:long}/meetings", ScheduleAsync)
            .WithTags("Meetings")
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.MeetingOrganisers })
            .AsCommand()
            .TakesFacts(Scheduling)
            .Produces<ScheduledMeeting>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Schedule a conference or core group for a child")
            .WithDescription("Schedules a meeting about the child in the address (and any siblings named in 'childIds', which must include this child). 'reference' is the new meeting's reference. The conference kind must be the one the children's plans give (CP_CONFERENCE_KIND): otherwise 409.");

        api.MapPost("/meetings/{id:long}/facts", RecordFactAsync)
            .WithTags("Meetings")
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.Correspondents + "," + RoleSets.MeetingOrganisers })
            .AsCommand()
            .TakesFacts(MeetingFacts)
            .Produces<RecordedFact>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record what happened to a meeting")
            .WithDescription("Invitations, shared reports and minutes, the meeting held, or the conference cancelled. The meeting comes from the address: leave 'meetingId' out or give the same id. Sending to a person under a contact restriction is refused (CP_SAFE_CONTACT, 409) with the safe route.");
    }

    private static async Task<IResult> ScheduleAsync(long id, HttpRequest request, ChildGate gate, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (ApiProblems.Access(await gate.CheckWriteAsync(id, ct)) is { } denied)
        {
            return denied;
        }

        var (read, problem) = await FactBody.ReadAsync(request, Scheduling, (body, _, errors) => FillSchedule(body, id, errors), Recording.Today(time), ct);
        if (read is null)
        {
            return problem!;
        }

        var children = read.Fact switch
        {
            ConferenceScheduled f => f.ChildIds,
            CoreGroupScheduled f => f.ChildIds,
            _ => [],
        };
        foreach (var sibling in children.Where(c => c != id))
        {
            if (await gate.CheckWriteAsync(sibling, ct) == ChildAccessResult.Forbidden)
            {
                return ApiProblems.Forbidden($"You may not open the record of child {sibling}, so you cannot schedule a meeting about them.");
            }
        }

        var result = await records.RecordAsync(read.Fact, staff.Recorder(), read.Reference, ct: ct);
        return await Recording.AnswerAsync(
            result,
            read.Fact,
            r => TypedResults.Created($"/api/meetings/{r.NewSubjectId}", new ScheduledMeeting(r.FactId, r.NewSubjectId!.Value)),
            db,
            ct);
    }

    private static void FillSchedule(JsonObject body, long childId, Dictionary<string, string[]> errors)
    {
        if (body.ContainsKey("meetingId"))
        {
            errors["meetingId"] = ["'meetingId' is given by the record when the meeting is scheduled: leave it out and give 'reference'."];
        }

        body["meetingId"] = 0;
        if (!body.ContainsKey("childIds"))
        {
            body["childIds"] = new JsonArray(JsonValue.Create(childId));
        }
        else if (body["childIds"] is not JsonArray ids || !ids.Any(n => n is JsonValue v && v.TryGetValue<long>(out var given) && given == childId))
        {
            errors["childIds"] = [$"'childIds' must include {childId}, the child in the address, or be left out."];
        }
    }

    private static async Task<IResult> RecordFactAsync(long id, HttpRequest request, ChildGate gate, CaseRecordService records, CurrentStaff staff, SafeguardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await MeetingQueries.CheckAsync(id, gate, db, view: null, ct) is { } denied)
        {
            return denied;
        }

        var (read, problem) = await FactBody.ReadAsync(request, MeetingFacts, (body, _, errors) => FactBody.FillId(body, "meetingId", id, "meeting", errors), Recording.Today(time), ct);
        if (read is null)
        {
            return problem!;
        }

        if (!Recording.HasRole(request.HttpContext.User, MeetingFacts.RolesByType[read.Fact.TypeName]))
        {
            return ApiProblems.Forbidden($"Your role cannot record {read.Fact.TypeName}.");
        }

        if (read.Supersedes is { } corrected && !await db.Facts.AnyAsync(f => f.Id == corrected && f.MeetingId == id, ct))
        {
            return ApiProblems.Validation(FactBody.SupersedesProperty, $"There is no entry {corrected} on this meeting's record to correct.");
        }

        var result = await records.RecordAsync(read.Fact, staff.Recorder(read.CorrectionReason), supersedes: read.Supersedes, ct: ct);
        return await Recording.AnswerAsync(result, read.Fact, r => TypedResults.Created($"/api/meetings/{id}/facts/{r.FactId}", new RecordedFact(r.FactId)), db, ct);
    }
}
