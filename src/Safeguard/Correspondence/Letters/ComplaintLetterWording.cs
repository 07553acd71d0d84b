using System.Globalization;
using System.Text.RegularExpressions;
using Safeguard.Complaints;

namespace Safeguard.Correspondence.Letters;

/// <summary>What the complaint letters say the same way: outcomes, money, the Ombudsman and how the council's own text becomes paragraphs.</summary>
public static partial class ComplaintLetterWording
{
    public const string OmbudsmanName = "Local Government and Social Care Ombudsman";
    public const string OmbudsmanWebsite = "www.lgo.org.uk";
    public const string OmbudsmanPhone = "0300 061 0614";

    /// <summary>"£1,250.00".</summary>
    public static string Money(decimal amount) => "£" + amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>The outcome as a person reads it: "Upheld", "Partly upheld", "Not upheld", "Excluded".</summary>
    public static string OutcomeName(PointOutcome outcome) => outcome switch
    {
        PointOutcome.Upheld => "Upheld",
        PointOutcome.PartlyUpheld => "Partly upheld",
        PointOutcome.NotUpheld => "Not upheld",
        PointOutcome.Excluded => "Excluded",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    internal static string OutcomeMeaning(PointOutcome outcome) => outcome switch
    {
        PointOutcome.Upheld => "Upheld. We agree with this part of your complaint.",
        PointOutcome.PartlyUpheld => "Partly upheld. We agree with some of this part of your complaint.",
        PointOutcome.NotUpheld => "Not upheld. We do not agree with this part of your complaint.",
        PointOutcome.Excluded => "Excluded. The complaints procedure cannot look at this part of your complaint.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>Free text as paragraphs: a blank line starts a new one, and single line breaks run on.</summary>
    internal static IEnumerable<LetterParagraph> Paragraphs(string text) =>
        BlankLines().Split(text.ReplaceLineEndings("\n"))
            .Select(paragraph => string.Join(" ", paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Where(paragraph => paragraph.Length > 0)
            .Select(paragraph => new LetterParagraph(paragraph));

    /// <summary>Adds a full stop unless the text already ends a sentence.</summary>
    internal static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }

    internal static LetterBlock[] Ombudsman(DateOnly by) =>
    [
        new LetterParagraph(
            $"The Ombudsman is independent and free to use. You should normally contact the Ombudsman within "
            + $"{NextStepDeadlines.OmbudsmanMonths} months, by {LetterWording.DayAndDate(by)}."),
        new LetterDetails([new("Website", OmbudsmanWebsite), new("Phone", OmbudsmanPhone)]),
    ];

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();
}
