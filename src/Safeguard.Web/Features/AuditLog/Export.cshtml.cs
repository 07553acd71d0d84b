using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.AuditLog;

/// <summary>The entries an audit search finds, as CSV, streamed in batches so a large export does not fill memory.</summary>
[Authorize(Roles = RoleSets.Auditors)]
public sealed class ExportModel(SafeguardDbContext db, AuditTrail trail, TimeProvider time) : PageModel
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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var search = new AuditSearch(db);
        var criteria = await search.ReadAsync(ModelState, Actor, Record, What, From, To, ct);
        if (criteria is null)
        {
            // The search page shows the same messages next to the fields.
            return Redirect($"/audit{AuditQueryString.Of(Request.Query)}");
        }

        await trail.WriteAsync("export audit log", "audit", $"Search: {criteria.Describe()}", ct);

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"audit-log-{today:yyyy-MM-dd}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(false));
        await writer.WriteLineAsync("entry,at_utc,at_uk,actor,action,record,fact,origin,reason,previous_hash,hash");
        await foreach (var entry in search.AllAsync(criteria, ct))
        {
            await writer.WriteLineAsync(Line(entry));
        }

        await writer.FlushAsync(ct);
        return new EmptyResult();
    }

    private static string Line(AuditEntry entry) => string.Join(',',
        entry.Id.ToString(CultureInfo.InvariantCulture),
        entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        UkTime.Local(entry.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        Cell(entry.Actor),
        Cell(entry.Action),
        Cell(entry.Subject),
        entry.FactId?.ToString(CultureInfo.InvariantCulture) ?? "",
        Cell(entry.Origin),
        Cell(entry.Reason),
        entry.PreviousHash ?? "",
        entry.Hash);

    /// <summary>A CSV cell, quoted when needed, and never read by a spreadsheet as a formula.</summary>
    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
