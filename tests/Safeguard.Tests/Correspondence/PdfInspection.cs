using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Xunit;

namespace Safeguard.Tests.Correspondence;

internal static partial class PdfInspection
{
    /// <summary>Opens with lenient parsing off, so a broken cross-reference table or stream length fails rather than being repaired.</summary>
    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });

    /// <summary>The words of every page in reading order, one space between them, so sentences read across line breaks.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
    }

    public static string PageText(byte[] pdf, int pageNumber)
    {
        using var document = Open(pdf);
        return string.Join(" ", document.GetPage(pageNumber).GetWords().Select(word => word.Text));
    }

    /// <summary>
    /// Reads the cross-reference table from the startxref offset and checks every in-use entry points at
    /// "N 0 obj" for its own N, the trailer's /Size matches, and every stream's /Length ends at its endstream.
    /// </summary>
    public static void AssertCrossReferenceIsExact(byte[] pdf)
    {
        var file = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.4\n", file, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", file, StringComparison.Ordinal);

        var startxref = file.LastIndexOf("startxref\n", StringComparison.Ordinal);
        var xrefOffset = int.Parse(file[(startxref + "startxref\n".Length)..].Split('\n')[0], CultureInfo.InvariantCulture);
        Assert.Equal("xref\n", file.Substring(xrefOffset, 5));

        var header = file[(xrefOffset + 5)..].Split('\n')[0].Split(' ');
        Assert.Equal("0", header[0]);
        var count = int.Parse(header[1], CultureInfo.InvariantCulture);
        var entriesStart = xrefOffset + 5 + header[0].Length + 1 + header[1].Length + 1;
        Assert.Equal("0000000000 65535 f \n", file.Substring(entriesStart, 20));
        for (var id = 1; id < count; id++)
        {
            var entry = file.Substring(entriesStart + (20 * id), 20);
            Assert.Matches(XrefEntry(), entry);
            var offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{id} 0 obj\n", file[offset..], StringComparison.Ordinal);
        }

        Assert.StartsWith("trailer\n", file[(entriesStart + (20 * count))..], StringComparison.Ordinal);
        Assert.Contains($"/Size {count} ", file[(entriesStart + (20 * count))..], StringComparison.Ordinal);

        foreach (Match stream in StreamStart().Matches(file))
        {
            var length = int.Parse(stream.Groups["length"].Value, CultureInfo.InvariantCulture);
            var dataStart = stream.Index + stream.Length;
            Assert.Equal("\nendstream", file.Substring(dataStart + length, "\nendstream".Length));
        }
    }

    [GeneratedRegex(@"^\d{10} 00000 n \n$")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"<< /Length (?<length>\d+) >>\nstream\n")]
    private static partial Regex StreamStart();
}
