using System.Globalization;

namespace Safeguard.Web.Components;

/// <summary>A query-string parameter that is wrong, and why, in words for the person reading the answer.</summary>
public sealed record ParameterError(string Parameter, string Message);

/// <summary>Dates in an address (the CSV downloads, the API) are written yyyy-mm-dd.</summary>
public static class QueryDates
{
    /// <summary>The date in <paramref name="text"/>, <paramref name="fallback"/> when it is not given, or the reason it is not a date.</summary>
    public static (DateOnly Date, ParameterError? Error) Read(string parameter, string? text, DateOnly fallback)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (fallback, null);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (fallback, new ParameterError(parameter, $"{parameter} must be a real date written as yyyy-mm-dd, for example 2026-03-10."));
    }
}
