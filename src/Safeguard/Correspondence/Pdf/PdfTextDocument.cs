namespace Safeguard.Correspondence.Pdf;

/// <summary>One line of text placed on a page: its font, size, and the left end of its baseline.</summary>
internal sealed record PlacedText(StandardFont Font, double Size, double X, double Y, byte[] Text);

/// <summary>
/// Lays out flowing text on A4 pages: headings, wrapped paragraphs, blocks of lines (addresses), two blocks of
/// lines side by side, and a two-column "label: value" block, breaking pages as needed, then writes the PDF with "Page 1 of N" footers.
/// Positions are rounded to hundredths of a point as they are laid out, so what is measured is what is written.
/// </summary>
internal sealed class PdfTextDocument
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Margin = 56;
    public const double RightEdge = PageWidth - Margin;
    public const double BodySize = 11;
    public const double FooterSize = 9;
    public const double FooterBaseline = 30;

    private const double BodyLeading = 15;
    private const double ParagraphSpacing = 7;
    private const double HeadingSize = 13;
    private const double HeadingLeading = 18;
    private const double HeadingSpacingBefore = 4;
    private const double RowSpacing = 1;
    private const double ColumnGap = 24;
    private const double TextWidth = RightEdge - Margin;
    private const double LabelColumnMaximum = TextWidth * 0.4;
    private const double RightBlockMaximum = TextWidth * 0.45;

    private readonly List<List<PlacedText>> pages = [[]];
    private double top = PageHeight - Margin;

    public void Heading(string text, double size = HeadingSize)
    {
        var leading = Math.Max(HeadingLeading, size * 1.35);
        if (pages[^1].Count > 0)
        {
            Space(HeadingSpacingBefore);
        }

        // A heading is kept with at least the first two lines of what follows it.
        EnsureRoom(leading + (2 * BodyLeading));
        foreach (var line in Wrap(WinAnsi.Encode(text), StandardFont.HelveticaBold, size, TextWidth))
        {
            PlaceLine(StandardFont.HelveticaBold, size, leading, Margin, line);
        }

        Space(ParagraphSpacing / 2);
    }

    public void Paragraph(string text, StandardFont font = StandardFont.Helvetica)
    {
        foreach (var line in Wrap(WinAnsi.Encode(text), font, BodySize, TextWidth))
        {
            PlaceLine(font, BodySize, BodyLeading, Margin, line);
        }

        Space(ParagraphSpacing);
    }

    /// <summary>Lines set one under another without paragraph spacing, such as an address; a long line still wraps and an empty one is kept.</summary>
    public void Lines(IEnumerable<string> lines, StandardFont font = StandardFont.Helvetica, double size = BodySize)
    {
        var leading = Math.Max(BodyLeading, size * 1.35);
        foreach (var line in lines.SelectMany(text => WrapLine(text, font, size, TextWidth)))
        {
            PlaceLine(font, size, leading, Margin, line);
        }

        Space(ParagraphSpacing);
    }

    /// <summary>Two blocks of lines level with each other, such as the recipient's address on the left and the sender's on the right.</summary>
    public void SideBySide(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var widestRight = right.Count == 0 ? 0 : right.Max(text => StandardFontMetrics.Measure(StandardFont.Helvetica, BodySize, WinAnsi.Encode(text)));
        var rightX = Math.Round(RightEdge - Math.Min(widestRight, RightBlockMaximum), 2);
        PlaceRows(
            (StandardFont.Helvetica, Margin, [.. left.SelectMany(text => WrapLine(text, StandardFont.Helvetica, BodySize, rightX - ColumnGap - Margin))]),
            (StandardFont.Helvetica, rightX, [.. right.SelectMany(text => WrapLine(text, StandardFont.Helvetica, BodySize, RightEdge - rightX))]));
        Space(ParagraphSpacing);
    }

    /// <summary>Bold labels in a left column, values beside them; both columns wrap, and a row is kept on one page if it fits.</summary>
    public void LabelledValues(IReadOnlyList<KeyValuePair<string, string>> rows)
    {
        var encoded = rows.Select(r => (Label: WinAnsi.Encode(r.Key), Value: WinAnsi.Encode(r.Value))).ToList();
        var widestLabel = encoded.Count == 0 ? 0 : encoded.Max(r => StandardFontMetrics.Measure(StandardFont.HelveticaBold, BodySize, r.Label));
        var labelWidth = Math.Min(widestLabel, LabelColumnMaximum);
        var valueX = Math.Round(Margin + labelWidth + (ColumnGap / 2), 2);
        foreach (var (label, value) in encoded)
        {
            PlaceRows(
                (StandardFont.HelveticaBold, Margin, Wrap(label, StandardFont.HelveticaBold, BodySize, labelWidth)),
                (StandardFont.Helvetica, valueX, Wrap(value, StandardFont.Helvetica, BodySize, RightEdge - valueX)));
            Space(RowSpacing);
        }

        Space(ParagraphSpacing - RowSpacing);
    }

    /// <summary>Starts a new page unless this many lines of body text fit on this one.</summary>
    public void KeepTogether(int bodyLines) => EnsureRoom(bodyLines * BodyLeading);

    /// <summary>Vertical space; it never carries over onto a new page.</summary>
    public void Space(double points) => top = Math.Max(Margin, top - points);

    public byte[] ToPdf(string title, DateTimeOffset creationDate)
    {
        var finished = pages.Select((placed, index) =>
        {
            var footer = WinAnsi.Encode($"Page {index + 1} of {pages.Count}");
            var footerX = Math.Round(RightEdge - StandardFontMetrics.Measure(StandardFont.Helvetica, FooterSize, footer), 2);
            return (IReadOnlyList<PlacedText>)[.. placed, new PlacedText(StandardFont.Helvetica, FooterSize, footerX, FooterBaseline, footer)];
        }).ToList();
        return PdfFileWriter.Write(finished, new PdfDocumentInfo(title, creationDate));
    }

    /// <summary>
    /// Greedy word wrap at spaces, measured with the font's own widths. A word wider than the line on its own is
    /// broken between characters rather than allowed past the margin.
    /// </summary>
    internal static List<byte[]> Wrap(byte[] text, StandardFont font, double size, double width)
    {
        var lines = new List<byte[]>();
        var current = new List<byte>();
        foreach (var word in Split(text))
        {
            var candidate = current.Count == 0 ? [.. word] : new List<byte>([.. current, (byte)' ', .. word]);
            if (Fits(candidate))
            {
                current = candidate;
                continue;
            }

            if (current.Count > 0)
            {
                lines.Add([.. current]);
            }

            current = [];
            foreach (var code in word)
            {
                if (current.Count > 0 && !Fits([.. current, code]))
                {
                    lines.Add([.. current]);
                    current = [];
                }

                current.Add(code);
            }
        }

        if (current.Count > 0)
        {
            lines.Add([.. current]);
        }

        return lines;

        bool Fits(List<byte> line) => StandardFontMetrics.Measure(font, size, [.. line]) <= width + 1e-9;
    }

    private static IEnumerable<byte[]> Split(byte[] text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == (byte)' ')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }
    }

    private static List<byte[]> WrapLine(string text, StandardFont font, double size, double width)
    {
        var lines = Wrap(WinAnsi.Encode(text), font, size, width);
        return lines.Count == 0 ? [[]] : lines;
    }

    /// <summary>Two columns of lines, row by row; kept together on one page when they fit on one.</summary>
    private void PlaceRows((StandardFont Font, double X, List<byte[]> Lines) left, (StandardFont Font, double X, List<byte[]> Lines) right)
    {
        var rows = Math.Max(left.Lines.Count, right.Lines.Count);
        if (rows * BodyLeading <= PageHeight - Margin - Margin)
        {
            EnsureRoom(rows * BodyLeading);
        }

        for (var i = 0; i < rows; i++)
        {
            EnsureRoom(BodyLeading);
            var baseline = Baseline(BodySize);
            foreach (var (font, x, lines) in new[] { left, right })
            {
                if (i < lines.Count && lines[i].Length > 0)
                {
                    pages[^1].Add(new PlacedText(font, BodySize, x, baseline, lines[i]));
                }
            }

            top -= BodyLeading;
        }
    }

    private void PlaceLine(StandardFont font, double size, double leading, double x, byte[] line)
    {
        EnsureRoom(leading);
        if (line.Length > 0)
        {
            pages[^1].Add(new PlacedText(font, size, x, Baseline(size), line));
        }

        top -= leading;
    }

    private double Baseline(double size) => Math.Round(top - size, 2);

    private void EnsureRoom(double height)
    {
        if (top - height < Margin && pages[^1].Count > 0)
        {
            pages.Add([]);
            top = PageHeight - Margin;
        }
    }
}
