using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Safeguard.Web.Features.Errors;

/// <summary>The page shown for 403, 404 and other status codes, keeping the status code.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        (Title, Explanation) = code switch
        {
            403 => ("You do not have access to this page", "Your role, or the children allocated to you and your team, do not include this record. Ask your team manager if you need access."),
            404 => ("Page not found", "If you typed the web address, check it is correct. If you followed a link, the record may not exist."),
            400 => ("There is a problem with the request", "Go back and try again."),
            _ => ("Sorry, there is a problem with the service", "Try again later."),
        };
        return new PageResult { StatusCode = code };
    }
}
