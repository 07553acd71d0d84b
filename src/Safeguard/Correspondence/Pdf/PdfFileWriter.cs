using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Safeguard.Correspondence.Pdf;

/// <summary>The document information dictionary. The creation date is given, never read from the clock.</summary>
internal sealed record PdfDocumentInfo(string Title, DateTimeOffset CreationDate);

/// <summary>
/// Writes a PDF 1.4 file of A4 pages of placed text in the standard Helvetica fonts: catalog, page tree, fonts,
/// information dictionary, one uncompressed content stream per page, and a cross-reference table with the byte
/// offset of every object. The same pages and information always give the same bytes.
/// </summary>
internal static class PdfFileWriter
{
    private const int CatalogId = 1;
    private const int PagesId = 2;
    private const int InfoId = 3;
    private const int FirstFontId = 4;
    private const int FirstPageId = FirstFontId + 2;

    private static readonly StandardFont[] Fonts = [StandardFont.Helvetica, StandardFont.HelveticaBold];

    public static byte[] Write(IReadOnlyList<IReadOnlyList<PlacedText>> pages, PdfDocumentInfo info)
    {
        var file = new PdfOutput();
        file.Ascii("%PDF-1.4\n");
        // A comment of bytes above 127 tells transfer programs the file is binary.
        file.Bytes([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);

        var pageIds = Enumerable.Range(0, pages.Count).Select(i => FirstPageId + (2 * i)).ToList();
        file.Object(CatalogId, "<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>");
        file.Object(PagesId, $"<< /Type /Pages /Kids [{string.Join(" ", pageIds.Select(id => $"{id} 0 R"))}] /Count {pages.Count} >>");
        file.Object(InfoId, $"<< /Title {TextString(info.Title)} /Producer (Safeguard) /CreationDate ({DateString(info.CreationDate)}) >>");
        for (var i = 0; i < Fonts.Length; i++)
        {
            file.Object(FirstFontId + i, $"<< /Type /Font /Subtype /Type1 /BaseFont /{StandardFontMetrics.BaseFontName(Fonts[i])} /Encoding /WinAnsiEncoding >>");
        }

        var fontResources = string.Join(" ", Fonts.Select((_, i) => $"/F{i + 1} {FirstFontId + i} 0 R"));
        for (var i = 0; i < pages.Count; i++)
        {
            var contentsId = pageIds[i] + 1;
            file.Object(pageIds[i], $"<< /Type /Page /Parent {PagesId} 0 R /MediaBox [0 0 {Number(PdfTextDocument.PageWidth)} {Number(PdfTextDocument.PageHeight)}] /Resources << /Font << {fontResources} >> /ProcSet [/PDF /Text] >> /Contents {contentsId} 0 R >>");
            file.Stream(contentsId, ContentStream(pages[i]));
        }

        var size = FirstPageId + (2 * pages.Count);
        var xrefOffset = file.Length;
        file.Ascii($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var id = 1; id < size; id++)
        {
            file.Ascii($"{file.OffsetOf(id):D10} 00000 n \n");
        }

        var fileId = Convert.ToHexString(SHA256.HashData(file.ToArray()).AsSpan(0, 16));
        file.Ascii($"trailer\n<< /Size {size} /Root {CatalogId} 0 R /Info {InfoId} 0 R /ID [<{fileId}> <{fileId}>] >>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return file.ToArray();
    }

    private static byte[] ContentStream(IReadOnlyList<PlacedText> placed)
    {
        var content = new PdfOutput();
        foreach (var text in placed)
        {
            content.Ascii($"BT /F{Array.IndexOf(Fonts, text.Font) + 1} {Number(text.Size)} Tf {Number(text.X)} {Number(text.Y)} Td ");
            content.Bytes(LiteralString(text.Text));
            content.Ascii(" Tj ET\n");
        }

        return content.ToArray();
    }

    /// <summary>
    /// A literal string: ( ) and \ are escaped, and codes outside printable ASCII are written as octal escapes so
    /// the content stream stays 7-bit text.
    /// </summary>
    internal static byte[] LiteralString(ReadOnlySpan<byte> encoded)
    {
        var output = new List<byte>(encoded.Length + 2) { (byte)'(' };
        foreach (var code in encoded)
        {
            if (code is (byte)'(' or (byte)')' or (byte)'\\')
            {
                output.Add((byte)'\\');
                output.Add(code);
            }
            else if (code is < 32 or > 126)
            {
                output.AddRange(Encoding.ASCII.GetBytes("\\" + Convert.ToString(code, 8).PadLeft(3, '0')));
            }
            else
            {
                output.Add(code);
            }
        }

        output.Add((byte)')');
        return [.. output];
    }

    /// <summary>A text string for the information dictionary: plain ASCII as is, anything else as UTF-16BE with a byte order mark.</summary>
    private static string TextString(string text) =>
        text.All(c => c is >= ' ' and <= '~')
            ? Encoding.ASCII.GetString(LiteralString(Encoding.ASCII.GetBytes(text)))
            : $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>";

    private static string DateString(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var local = date.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        return offset == TimeSpan.Zero ? $"D:{local}Z" : $"D:{local}{sign}{Math.Abs(offset.Hours):D2}'{Math.Abs(offset.Minutes):D2}'";
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed class PdfOutput
    {
        private readonly List<byte> bytes = [];
        private readonly Dictionary<int, long> offsets = [];

        public long Length => bytes.Count;

        public long OffsetOf(int id) => offsets[id];

        public void Ascii(string text) => Bytes(Encoding.ASCII.GetBytes(text));

        public void Bytes(ReadOnlySpan<byte> data) => bytes.AddRange(data);

        public void Object(int id, string body)
        {
            offsets[id] = bytes.Count;
            Ascii($"{id} 0 obj\n{body}\nendobj\n");
        }

        public void Stream(int id, byte[] data)
        {
            offsets[id] = bytes.Count;
            Ascii($"{id} 0 obj\n<< /Length {data.Length} >>\nstream\n");
            Bytes(data);
            Ascii("\nendstream\nendobj\n");
        }

        public byte[] ToArray() => [.. bytes];
    }
}
