using Microsoft.AspNetCore.Http.Extensions;

namespace Safeguard.Web.Features.AuditLog;

/// <summary>The search fields of a request's query string, so that paging and export keep the same search.</summary>
public static class AuditQueryString
{
    private static readonly string[] SearchFields = ["Actor", "Record", "What", "From.Day", "From.Month", "From.Year", "To.Day", "To.Month", "To.Year"];

    public static string Of(IQueryCollection query)
    {
        var builder = new QueryBuilder();
        foreach (var field in SearchFields)
        {
            if (query.TryGetValue(field, out var values) && values.ToString() is { Length: > 0 } value)
            {
                builder.Add(field, value);
            }
        }

        return builder.ToQueryString().Value ?? "";
    }

    /// <summary>The search with one more parameter (a page position), as a query string starting with "?".</summary>
    public static string With(string search, string name, long value) =>
        $"{(search.Length == 0 ? "?" : search + "&")}{name}={value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
