using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Safeguard.Web.Features.Errors;

/// <summary>Shown when something unexpected failed: no stack trace, and problem details for the API.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(TimeProvider time) : PageModel
{
    public string At { get; private set; } = "";

    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    public IActionResult OnPut() => Show();

    public IActionResult OnDelete() => Show();

    private IActionResult Show()
    {
        At = time.GetUtcNow().ToString("d MMM yyyy HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        var original = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (original is not null && original.StartsWith("/api", StringComparison.Ordinal))
        {
            var problem = new ProblemDetails { Title = "Sorry, there is a problem with the service", Detail = $"Nothing was changed. Tell the service desk the time it happened: {At}.", Status = 500 };
            return new ObjectResult(problem) { StatusCode = 500, ContentTypes = { "application/problem+json" } };
        }

        return new PageResult { StatusCode = 500 };
    }
}
