using System.Globalization;

namespace Safeguard.Web.Components;

/// <summary>Moments shown as people in England and Wales read them (Europe/London), with the UTC time for reference.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    /// <summary>"10 Mar 2026, 10:00".</summary>
    public static string Display(DateTimeOffset moment) =>
        Local(moment).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-10 10:00:00 UTC".</summary>
    public static string Utc(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The moment a UK calendar day begins.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
