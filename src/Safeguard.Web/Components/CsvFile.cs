using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Safeguard.Web.Components;

/// <summary>
/// A table written as CSV (RFC 4180): every field quoted when it holds a comma, a quote or a line break, and text
/// that a spreadsheet would run as a formula made inert with a leading apostrophe.
/// </summary>
public sealed class CsvFile
{
    private readonly StringBuilder _text = new();

    public CsvFile(params string[] headers) => Row(headers);

    public CsvFile Row(params object?[] fields)
    {
        _text.AppendJoin(',', fields.Select(Field));
        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The file to download, UTF-8 with a byte-order mark so that spreadsheets read names correctly.</summary>
    public FileContentResult ToResult(string fileName)
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(_text.ToString())).ToArray();
        return new FileContentResult(bytes, "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }

    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
