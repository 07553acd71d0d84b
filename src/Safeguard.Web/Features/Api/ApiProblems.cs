using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Safeguard.Recording;
using Safeguard.Web.Features.Children;

namespace Safeguard.Web.Features.Api;

/// <summary>Every answer the API gives that is not a success, as RFC 9457 problem details.</summary>
internal static class ApiProblems
{
    public const string ValidationTitle = "There is a problem with the request";

    public static IResult Validation(string field, string message) => Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Validation(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(
        errors,
        detail: string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))),
        title: ValidationTitle);

    /// <summary>The service rejected the input: the field is named as the request names it.</summary>
    public static IResult Rejected(Rejected rejected, Func<string, string>? jsonField = null) =>
        Validation(jsonField?.Invoke(rejected.Field) ?? rejected.Field, rejected.Message);

    /// <summary>
    /// A guard refused the command (rules.md §6). The refusal is on the record; the person needs the reason and the
    /// safe route, so both travel as extensions next to the rule's id.
    /// </summary>
    public static IResult Refused(Refused refused, string? safeRouteName) => TypedResults.Problem(
        detail: refused.Message,
        statusCode: StatusCodes.Status409Conflict,
        title: "The record refused this",
        type: $"urn:safeguard:rule:{refused.Rule}",
        extensions: new Dictionary<string, object?>
        {
            ["rule"] = refused.Rule,
            ["ruleName"] = Rules.RuleCatalogue.Get(refused.Rule).Name,
            ["reason"] = refused.Message,
            ["safeRoute"] = refused.SafeRouteId is { } id ? new SafeRoute(id, safeRouteName ?? "") : null,
        });

    public static IResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "You do not have access");

    public static IResult UnsupportedMediaType() => TypedResults.Problem(
        detail: "Send the request body as JSON, with the header Content-Type: application/json.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The request body must be JSON");

    /// <summary>The answer when the gate does not let the caller at a child's record.</summary>
    public static IResult? Access(ChildAccessResult result) => result switch
    {
        ChildAccessResult.NotFound => NotFound("There is no such child on the record."),
        ChildAccessResult.Forbidden => Forbidden("Your role, or the children allocated to you and your team, do not include this record."),
        _ => null,
    };

    /// <summary>
    /// For status codes set without a body (the sign-in cookie's 401 and 403, routing's 404 and 405): problem
    /// details whatever the client says it accepts, because an API client should never get a page.
    /// </summary>
    public static Task WriteStatusAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status401Unauthorized => ("Sign in first", "The API uses the same sign-in as the web pages: sign in, then call it with the sign-in cookie."),
            StatusCodes.Status403Forbidden => ("You do not have access", "Your role does not allow this, or the record is not one you may open."),
            StatusCodes.Status404NotFound => ("Not found", "There is nothing at this address, or no such record."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"This address does not accept {http.Request.Method}."),
            StatusCodes.Status415UnsupportedMediaType => ("The request body must be JSON", "Send the request body as JSON, with the header Content-Type: application/json."),
            _ => (ReasonPhrases.GetReasonPhrase(status), (string?)null),
        };
        return TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(http);
    }
}

/// <summary>The recorded safe route (an IDVA, say) that correspondence must go through instead.</summary>
public sealed record SafeRoute(long PersonId, string Name);
