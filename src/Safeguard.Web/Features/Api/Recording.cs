using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Safeguard.Correspondence;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Protection;
using Safeguard.Recording;

namespace Safeguard.Web.Features.Api;

/// <summary>The id of what was recorded.</summary>
public sealed record RecordedFact(long FactId);

/// <summary>Turns what <see cref="CaseRecordService"/> said into the API's answer.</summary>
internal static class Recording
{
    public static async Task<IResult> AnswerAsync(RecordResult result, Fact fact, Func<Recorded, IResult> created, SafeguardDbContext db, CancellationToken ct) => result switch
    {
        Recorded recorded => created(recorded),
        Rejected rejected => ApiProblems.Rejected(rejected, field => JsonField(field, fact)),
        Refused refused => ApiProblems.Refused(refused, refused.SafeRouteId is { } via
            ? await db.People.Where(p => p.Id == via).Select(p => p.DisplayName ?? p.Reference).FirstOrDefaultAsync(ct)
            : null),
        _ => throw new InvalidOperationException($"Unknown result {result}."),
    };

    /// <summary>The service names fields as the pages do ("child", "person"); the API names them as its JSON does.</summary>
    private static string JsonField(string field, Fact fact) => field switch
    {
        "child" or "children" when fact is ConferenceScheduled or CoreGroupScheduled => "childIds",
        "child" => "childId",
        "about" when fact is LetterSent => "aboutChildId",
        "by" => "byId",
        "person" => "personId",
        "worker" => "workerId",
        "meeting" => "meetingId",
        "via" => "viaId",
        "alert" => "alertId",
        "complaint" => "complaintId",
        "complainant" => "complainantId",
        "point" => "pointId",
        "independentPerson" => "independentPersonId",
        "investigatingOfficer" => "investigatingOfficerId",
        "owner" => "ownerPersonId",
        "action" => "actionId",
        "remedy" => "remedyId",
        "recommendation" => "recommendationId",
        _ => field,
    };

    /// <summary>Whether the user has one of the roles in a <see cref="Infrastructure.RoleSets"/> value.</summary>
    public static bool HasRole(ClaimsPrincipal user, string roles) => roles.Split(',').Any(user.IsInRole);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
