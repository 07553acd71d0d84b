using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Safeguard.Web.Components;

/// <summary>A date as a person types it into a GOV.UK date input: day, month and year in separate boxes.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();

    /// <summary>
    /// Reads the date, or adds a GOV.UK-style error for the field ("Enter the date the visit happened", "The date
    /// of the visit must be a real date") and returns null. <paramref name="notAfter"/> is usually today.
    /// </summary>
    public DateOnly? Read(ModelStateDictionary modelState, string key, string description, DateOnly? notAfter = null, bool required = true)
    {
        var day = Day?.Trim();
        var month = Month?.Trim();
        var year = Year?.Trim();
        if (string.IsNullOrEmpty(day) && string.IsNullOrEmpty(month) && string.IsNullOrEmpty(year))
        {
            if (required)
            {
                modelState.AddModelError(key, $"Enter {description}");
            }

            return null;
        }

        var missing = new[] { ("day", day), ("month", month), ("year", year) }.Where(p => string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            modelState.AddModelError(key, $"{Capitalise(description)} must include a {string.Join(" and ", missing)}");
            return null;
        }

        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || year!.Length != 4 || m is < 1 or > 12 || y < 1900 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            modelState.AddModelError(key, $"{Capitalise(description)} must be a real date");
            return null;
        }

        var date = new DateOnly(y, m, d);
        if (notAfter is { } latest && date > latest)
        {
            modelState.AddModelError(key, $"{Capitalise(description)} must be today or in the past");
            return null;
        }

        return date;
    }

    private static string Capitalise(string description) =>
        description.Length == 0 ? description : char.ToUpperInvariant(description[0]) + description[1..];
}
