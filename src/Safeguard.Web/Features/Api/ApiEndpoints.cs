using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Safeguard.Access;
using Safeguard.Facts;

namespace Safeguard.Web.Features.Api;

/// <summary>
/// The JSON API: the same commands and reads as the pages, through the same services, gate and audit. Signed in
/// with the same cookie; errors are RFC 9457 problem details; described by OpenAPI at /api/openapi/v1.json.
/// </summary>
public static class ApiEndpoints
{
    public const string DocumentName = "v1";

    public static void AddSafeguardApi(this IServiceCollection services)
    {
        services.Configure<OpenApiOptions>(DocumentName, openApi =>
        {
            openApi.AddDocumentTransformer<ApiDocumentTransformer>();
            openApi.AddOperationTransformer<FactOperationTransformer>();
        });
    }

    public static void MapSafeguardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        ChildCommands.Map(api);
        MeetingCommands.Map(api);
        ChildQueries.Map(api);
        MeetingQueries.Map(api);
        WorkQueries.Map(api);
        ManagementQueries.Map(api);
        ComplaintCommands.Map(api);
        ComplaintQueries.Map(api);

        app.MapOpenApi("/api/openapi/{documentName}.json")
            .RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(",", StaffRoles.All) });
    }

    /// <summary>
    /// Marks a POST as a command: its body must be JSON (see docs/adr/0006), it may answer 400 with the fields
    /// that are wrong, and 415 for anything but JSON.
    /// </summary>
    internal static RouteHandlerBuilder AsCommand(this RouteHandlerBuilder builder) => builder
        .AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.HasJsonContentType() ? await next(context) : ApiProblems.UnsupportedMediaType())
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Marks a POST as a command taking a fact from <paramref name="menu"/>.</summary>
    internal static RouteHandlerBuilder TakesFacts(this RouteHandlerBuilder builder, FactMenu menu) => builder
        .WithMetadata(menu)
        .Accepts<Fact>("application/json");
}
