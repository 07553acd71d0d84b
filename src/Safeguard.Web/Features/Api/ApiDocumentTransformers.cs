using System.Text;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Safeguard.Facts;

namespace Safeguard.Web.Features.Api;

/// <summary>The document's title and the conventions every endpoint follows.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Safeguard API",
            Version = ApiEndpoints.DocumentName,
            Description = """
                The same commands and reads as Safeguard's web pages, through the same services, record-level access and audit.

                - Sign in through the web sign-in page; the API takes the same sign-in cookie. Without it: 401. Without the role, or for a child whose record the caller may not open: 403.
                - Commands take `Content-Type: application/json` only (anything else is 415) and answer 201 with the id of what was recorded and its address in `Location`.
                - Errors are RFC 9457 problem details (`application/problem+json`). Invalid input is 400 with `errors` naming each property as the request names it. A guard's refusal (rules.md section 6) is 409 with `rule`, `ruleName`, `reason` and `safeRoute` as extensions; the refusal itself is on the record.
                - Facts are written in the scenario vocabulary: a `type` discriminator, camelCase properties, kebab-case values and dates as YYYY-MM-DD. A fact's date (`on`) may not be in the future.
                - Every read of a child's record is audited.
                """,
        };
        return Task.CompletedTask;
    }
}

/// <summary>Lists, on each fact endpoint, the fact types it takes with their properties, and the roles each needs.</summary>
internal sealed class FactOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<FactMenu>().FirstOrDefault() is not { } menu)
        {
            return Task.CompletedTask;
        }

        var text = new StringBuilder(operation.Description).AppendLine().AppendLine();
        text.AppendLine("The body is one fact: `type` is one of the types below; `on` (YYYY-MM-DD, not in the future) is the date it happened.");
        if (menu.TakesCorrection)
        {
            text.AppendLine($"To correct an entry, add `{FactBody.SupersedesProperty}` (the id of the entry it replaces) and `{FactBody.CorrectionReasonProperty}` (why).");
        }

        if (menu.TakesReference)
        {
            text.AppendLine(menu.ReferenceWords);
        }

        text.AppendLine();
        foreach (var (type, roles) in menu.RolesByType)
        {
            FactTypes.TryGetType(type, out var factType);
            var properties = JsonBody.TypeInfo(factType).Properties
                .Select(p => $"`{p.Name}`{(p.IsRequired ? "" : " (optional)")}: {JsonBody.Expected(p.PropertyType)}");
            text.AppendLine($"- `{type}` ({roles.Replace(",", ", ", StringComparison.Ordinal)}): {string.Join("; ", properties)}");
        }

        operation.Description = text.ToString();
        return Task.CompletedTask;
    }
}
