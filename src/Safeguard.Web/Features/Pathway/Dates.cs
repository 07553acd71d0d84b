using System.Globalization;

namespace Safeguard.Web.Features.Pathway;

/// <summary>Dates as the pathway pages write them: 10 March 2026.</summary>
public static class Dates
{
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Long(DateTimeOffset at) => at.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);
}
