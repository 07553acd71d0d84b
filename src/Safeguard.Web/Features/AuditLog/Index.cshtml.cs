using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Data;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.AuditLog;

/// <summary>The auditor's search of the audit log: by person, record, action and date, newest first.</summary>
[Authorize(Roles = RoleSets.Auditors)]
public sealed class IndexModel(SafeguardDbContext db, AuditTrail trail) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Record { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? What { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public AuditPage Results { get; private set; } = new([], false, false);

    /// <summary>The search as a query string, without the paging, for the next and previous links and the export.</summary>
    public string SearchQuery { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var search = new AuditSearch(db);
        var criteria = await search.ReadAsync(ModelState, Actor, Record, What, From, To, ct);
        SearchQuery = AuditQueryString.Of(Request.Query);
        if (criteria is null)
        {
            return;
        }

        await trail.WriteAsync("view audit log", "audit", $"Search: {criteria.Describe()}", ct);
        Results = await search.PageAsync(criteria, Before, After, ct);
    }
}
