namespace Safeguard.Correspondence.Pdf;

/// <summary>
/// Text to WinAnsiEncoding (Windows-1252) bytes, the encoding the standard Type1 fonts are declared with. A
/// character the encoding has no code for becomes '?', so a letter never carries a glyph the font cannot show.
/// </summary>
internal static class WinAnsi
{
    public const byte Replacement = (byte)'?';

    private static readonly Dictionary<char, byte> Windows1252Extras = new()
    {
        ['\u20AC'] = 0x80, // €
        ['\u201A'] = 0x82, // ‚
        ['\u0192'] = 0x83, // ƒ
        ['\u201E'] = 0x84, // „
        ['\u2026'] = 0x85, // …
        ['\u2020'] = 0x86, // †
        ['\u2021'] = 0x87, // ‡
        ['\u02C6'] = 0x88, // ˆ
        ['\u2030'] = 0x89, // ‰
        ['\u0160'] = 0x8A, // Š
        ['\u2039'] = 0x8B, // ‹
        ['\u0152'] = 0x8C, // Œ
        ['\u017D'] = 0x8E, // Ž
        ['\u2018'] = 0x91, // ‘
        ['\u2019'] = 0x92, // ’
        ['\u201C'] = 0x93, // “
        ['\u201D'] = 0x94, // ”
        ['\u2022'] = 0x95, // •
        ['\u2013'] = 0x96, // –
        ['\u2014'] = 0x97, // —
        ['\u02DC'] = 0x98, // ˜
        ['\u2122'] = 0x99, // ™
        ['\u0161'] = 0x9A, // š
        ['\u203A'] = 0x9B, // ›
        ['\u0153'] = 0x9C, // œ
        ['\u017E'] = 0x9E, // ž
        ['\u0178'] = 0x9F, // Ÿ
    };

    /// <summary>Encodes text; tabs and line breaks become spaces, and a surrogate pair becomes a single '?'.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                bytes.Add(Replacement);
                continue;
            }

            bytes.Add(Encode(c));
        }

        return [.. bytes];
    }

    public static byte Encode(char c) => c switch
    {
        '\t' or '\n' or '\r' => (byte)' ',
        >= ' ' and <= '~' => (byte)c,
        >= '\u00A0' and <= '\u00FF' => (byte)c,
        _ => Windows1252Extras.TryGetValue(c, out var code) ? code : Replacement,
    };
}
