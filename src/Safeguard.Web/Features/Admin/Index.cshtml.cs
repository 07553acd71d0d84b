using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

[Authorize(Roles = RoleSets.Administrators)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
