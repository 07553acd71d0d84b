using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Authorisation;

/// <summary>One way into the app: a method and route (with the page handler, if named), and what it demands of the caller.</summary>
public sealed record AppEndpoint(string Key, bool AllowsAnonymous, IReadOnlyList<string> Roles);

/// <summary>The app's endpoints as routing knows them: every Razor page handler and every minimal API endpoint.</summary>
public static class AppEndpoints
{
    public static async Task<List<AppEndpoint>> ListAsync(SafeguardApp app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var found = new List<AppEndpoint>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = Template(endpoint.RoutePattern);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var roles = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .SelectMany(a => (a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            foreach (var (method, handler) in await MethodsAsync(endpoint, loader))
            {
                found.Add(new AppEndpoint($"{method} {route}{handler}", anonymous, roles));
            }
        }

        return found;
    }

    /// <summary>"children/{id:long}/meetings/new/{type:regex(...)}" -> "/children/{id}/meetings/new/{type}".</summary>
    private static string Template(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}."),
        }))));

    /// <summary>A page answers GET whatever its handlers, and each On{Method}{Name} handler besides; an API endpoint its HTTP methods.</summary>
    private static async Task<IEnumerable<(string Method, string Handler)>> MethodsAsync(RouteEndpoint endpoint, PageLoader loader)
    {
        if (endpoint.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor page)
        {
            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            return compiled.HandlerMethods
                .Select(h => (h.HttpMethod.ToUpperInvariant(), h.Name is { Length: > 0 } name ? $"?handler={name}" : ""))
                .Append(("GET", ""))
                .Distinct();
        }

        return (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => (m, ""));
    }
}
