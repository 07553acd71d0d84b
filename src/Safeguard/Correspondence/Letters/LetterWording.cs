using System.Globalization;
using Safeguard.Protection;

namespace Safeguard.Correspondence.Letters;

/// <summary>Dates, times and names of meetings as GOV.UK style writes them: "Thursday 4 March 2027", "10am", "2:30pm", "midday".</summary>
public static class LetterWording
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string DayAndDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time)
    {
        if (time == new TimeOnly(12, 0))
        {
            return "midday";
        }

        if (time == TimeOnly.MinValue)
        {
            return "midnight";
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var minutes = time.Minute == 0 ? string.Empty : $":{time.Minute:D2}";
        return $"{hour}{minutes}{(time.Hour < 12 ? "am" : "pm")}";
    }

    public static string ConferenceName(ConferenceKind kind) => kind switch
    {
        ConferenceKind.Initial => "initial child protection conference",
        ConferenceKind.Review => "review child protection conference",
        ConferenceKind.TransferIn => "transfer-in child protection conference",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    internal static string IndefiniteArticle(string noun) => "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an" : "a";

    internal static LetterDetails ContactBlock(ContactDetails contact)
    {
        var rows = new List<KeyValuePair<string, string>> { new("Name", contact.Name) };
        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            rows.Add(new("Phone", contact.Phone));
        }

        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            rows.Add(new("Email", contact.Email));
        }

        return new LetterDetails(rows);
    }
}
