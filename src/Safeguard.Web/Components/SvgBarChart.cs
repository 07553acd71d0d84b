using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Safeguard.Web.Components;

/// <summary>One bar: its label, its value, and the value as it should be read ("75%", "12").</summary>
public sealed record Bar(string Label, double Value, string Shown);

/// <summary>
/// A horizontal bar chart drawn on the server as SVG, with no script. It is an image with a title and a description
/// for screen readers; the page shows the same numbers in a table beside it, and each bar is labelled with its value
/// so that nothing depends on colour.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int BarSpace = 560;
    private const int LineHeight = 18;
    private const int BarHeight = 20;
    private const int RowGap = 12;
    private const int CharactersPerLine = 80;

    /// <summary>The chart; <paramref name="id"/> must be unique on the page, and <paramref name="max"/> is the value of a full-width bar (100 for percentages; the largest value when null).</summary>
    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<Bar> bars, double? max = null)
    {
        var scale = max ?? (bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value)));
        var rows = bars.Select(b => (Bar: b, Lines: Wrap(b.Label))).ToList();
        var height = Math.Max(RowGap, rows.Sum(r => (r.Lines.Count * LineHeight) + BarHeight + RowGap));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(description)}</desc>");
        if (rows.Count == 0)
        {
            svg.Append("<text x=\"0\" y=\"16\" font-size=\"16\" fill=\"#0b0c0c\">Nothing to show for this period</text>");
        }

        var top = 0;
        foreach (var (bar, lines) in rows)
        {
            foreach (var line in lines)
            {
                top += LineHeight;
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top - 4}\" font-size=\"14\" fill=\"#0b0c0c\">{Encode(line)}</text>");
            }

            var length = scale <= 0 ? 0 : Math.Clamp(bar.Value / scale, 0, 1) * BarSpace;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{top}\" width=\"{BarSpace}\" height=\"{BarHeight}\" fill=\"#f3f2f1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{top}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"#1d70b8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{BarSpace + 8}\" y=\"{top + BarHeight - 4}\" font-size=\"14\" font-weight=\"bold\" fill=\"#0b0c0c\">{Encode(bar.Shown)}</text>");
            top += BarHeight + RowGap;
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Breaks a long label into lines that fit above the bar (SVG text does not wrap by itself).</summary>
    private static List<string> Wrap(string label)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > CharactersPerLine)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
