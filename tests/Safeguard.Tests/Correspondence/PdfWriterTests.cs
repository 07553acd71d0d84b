using System.Text;
using Safeguard.Correspondence.Pdf;
using UglyToad.PdfPig.Content;
using Xunit;

namespace Safeguard.Tests.Correspondence;

public sealed class PdfWriterTests
{
    private const string Filler =
        "The conference chair asked everyone to say what was going well, what they were worried about and what needed "
        + "to happen next, and each person in the room had time to answer before the group agreed the plan. ";

    private static readonly DateTimeOffset CreatedAt = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private static byte[] Pdf(Action<PdfTextDocument> write, string title = "Test")
    {
        var document = new PdfTextDocument();
        write(document);
        return document.ToPdf(title, CreatedAt);
    }

    [Fact]
    public void Parentheses_and_backslashes_round_trip()
    {
        const string Tricky = @"Costs (agreed) were paid :) to C:\Records\2027 (file \(1\)) ((nested)) \\server";

        var pdf = Pdf(d => d.Paragraph(Tricky));

        Assert.Equal(Tricky, PdfInspection.Text(pdf).Replace(" Page 1 of 1", string.Empty, StringComparison.Ordinal));
        PdfInspection.AssertCrossReferenceIsExact(pdf);
    }

    [Fact]
    public void Pounds_accents_and_typographic_punctuation_round_trip_through_win_ansi()
    {
        const string Text = "£250 for the café – Zoë’s “naïve” fiancée — 10 × €5 • Œuvre";

        var pdf = Pdf(d => d.Paragraph(Text));

        Assert.Contains(Text, PdfInspection.Text(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_outside_win_ansi_become_question_marks()
    {
        Assert.Equal(new byte[] { (byte)'?', 0xF3, (byte)'d', (byte)'?', (byte)' ', (byte)'?' }, WinAnsi.Encode("Łódź \U0001F600"));
        Assert.Equal(new byte[] { 0xA3, 0xE9, 0x92, 0x93, 0x94, 0x96, 0x97, 0x80 }, WinAnsi.Encode("£é’“”–—€"));
    }

    [Fact]
    public void Octal_escapes_keep_the_content_stream_seven_bit()
    {
        Assert.Equal(@"(\243 \(a\) \\)", Encoding.ASCII.GetString(PdfFileWriter.LiteralString(WinAnsi.Encode(@"£ (a) \"))));
    }

    [Fact]
    public void Every_win_ansi_character_is_the_character_and_width_the_reader_finds()
    {
        // PdfPig maps codes to characters and measures them with its own copy of Adobe's metrics, since the file gives no /Widths.
        var codes = Enumerable.Range(33, 223).Select(c => (byte)c).Where(c => StandardFontMetrics.Width(StandardFont.Helvetica, c) > 0).ToList();
        Assert.Equal(255 - 33 + 1 - 6, codes.Count);

        foreach (var font in new[] { StandardFont.Helvetica, StandardFont.HelveticaBold })
        {
            var document = new PdfTextDocument();
            foreach (var code in codes)
            {
                document.Lines([Character(code)], font);
            }

            using var pdf = PdfInspection.Open(document.ToPdf("Widths", CreatedAt));
            var letters = pdf.GetPages().SelectMany(page => page.Letters).Where(l => l.PointSize > PdfTextDocument.FooterSize).ToList();
            Assert.Equal(codes.Count, letters.Count);
            for (var i = 0; i < codes.Count; i++)
            {
                if (codes[i] is not (0xA0 or 0xAD))
                {
                    Assert.Equal(Character(codes[i]), letters[i].Value);
                }

                Assert.Equal(StandardFontMetrics.Width(font, codes[i]) * PdfTextDocument.BodySize / 1000, letters[i].Width, 3);
            }
        }
    }

    [Fact]
    public void Wrapped_lines_stay_inside_the_right_margin_and_are_filled_as_far_as_it_allows()
    {
        var paragraph = string.Concat(Enumerable.Repeat(Filler, 12));

        var pdf = Pdf(d => d.Paragraph(paragraph));

        using var document = PdfInspection.Open(pdf);
        var lines = document.GetPages()
            .SelectMany(page => page.GetWords().Where(w => w.Letters[0].PointSize == PdfTextDocument.BodySize).Select(word => (page.Number, Word: word)))
            .GroupBy(w => (w.Number, Math.Round(w.Word.Letters[0].StartBaseLine.Y, 2)))
            .Select(line => line.Select(w => w.Word).OrderBy(w => w.Letters[0].StartBaseLine.X).ToList())
            .ToList();
        Assert.True(lines.Count > 20);
        for (var i = 0; i < lines.Count; i++)
        {
            var right = RightEnd(lines[i][^1]);
            Assert.True(right <= PdfTextDocument.RightEdge + 0.001, $"Line {i + 1} ends at {right}, past the margin at {PdfTextDocument.RightEdge}.");
            if (i + 1 < lines.Count)
            {
                var space = StandardFontMetrics.Width(StandardFont.Helvetica, (byte)' ') * PdfTextDocument.BodySize / 1000;
                var nextWord = lines[i + 1][0];
                var nextWordWidth = RightEnd(nextWord) - nextWord.Letters[0].StartBaseLine.X;
                Assert.True(right + space + nextWordWidth > PdfTextDocument.RightEdge, $"Line {i + 1} had room for \"{nextWord.Text}\".");
            }

            Assert.Equal(PdfTextDocument.Margin, lines[i][0].Letters[0].StartBaseLine.X, 3);
        }
    }

    [Fact]
    public void Labelled_values_and_a_word_longer_than_a_line_stay_inside_the_margin()
    {
        var pdf = Pdf(d =>
        {
            d.LabelledValues(
            [
                new("Place", "Room 2, Exampletown Family Centre, 5 Test Lane, Exampletown EX1 9ZZ, entrance by the side gate next to the car park"),
                new("A label long enough to need wrapping in its own column", "Value"),
                new("Email", "a-very-long-address-that-cannot-be-broken-at-a-space.for-the-conference-team@exampleshire.example"),
            ]);
            d.Paragraph(new string('W', 200));
        });

        using var document = PdfInspection.Open(pdf);
        var letters = document.GetPages().SelectMany(page => page.Letters).ToList();
        Assert.All(letters, letter => Assert.True(letter.EndBaseLine.X <= PdfTextDocument.RightEdge + 0.001, $"\"{letter.Value}\" ends at {letter.EndBaseLine.X}."));
        Assert.All(letters, letter => Assert.True(letter.StartBaseLine.X >= PdfTextDocument.Margin - 0.001));
        Assert.Equal(200, letters.Count(l => l.Value == "W"));
    }

    [Fact]
    public void Text_beyond_a_page_breaks_onto_further_pages_each_numbered_of_the_total()
    {
        var pdf = Pdf(d =>
        {
            for (var i = 0; i < 40; i++)
            {
                d.Heading($"Section {i + 1}");
                d.Paragraph(Filler);
            }
        });

        using var document = PdfInspection.Open(pdf);
        Assert.True(document.NumberOfPages >= 3);
        foreach (var page in document.GetPages())
        {
            Assert.EndsWith($"Page {page.Number} of {document.NumberOfPages}", PdfInspection.PageText(pdf, page.Number), StringComparison.Ordinal);
            Assert.All(page.Letters.Where(l => l.PointSize >= PdfTextDocument.BodySize), letter => Assert.True(letter.StartBaseLine.Y >= PdfTextDocument.Margin));
            Assert.Equal(PdfTextDocument.PageWidth, page.Width, 2);
            Assert.Equal(PdfTextDocument.PageHeight, page.Height, 2);
        }

        PdfInspection.AssertCrossReferenceIsExact(pdf);
    }

    [Fact]
    public void A_heading_is_not_left_alone_at_the_foot_of_a_page()
    {
        var pdf = Pdf(d =>
        {
            for (var i = 0; i < 60; i++)
            {
                d.Heading($"Heading {i + 1}");
                d.Paragraph("One line.");
            }
        });

        using var document = PdfInspection.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Where(w => w.Letters[0].PointSize >= PdfTextDocument.BodySize).ToList();
            Assert.NotEqual("Heading", words[^2].Text);
        }
    }

    [Fact]
    public void The_information_dictionary_has_the_title_producer_and_given_creation_date()
    {
        var pdf = Pdf(d => d.Paragraph("Hello"), title: "Minutes of the core group meeting (Zoë)");

        using var document = PdfInspection.Open(pdf);
        Assert.Equal("Minutes of the core group meeting (Zoë)", document.Information.Title);
        Assert.Equal("Safeguard", document.Information.Producer);
        Assert.Equal(CreatedAt, document.Information.GetCreatedDateTimeOffset());
        Assert.Equal("1.4", document.Version.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_creation_date_with_an_offset_is_kept()
    {
        var createdAt = new DateTimeOffset(2027, 7, 1, 14, 5, 9, TimeSpan.FromHours(1));
        var document = new PdfTextDocument();
        document.Paragraph("Hello");

        using var pdf = PdfInspection.Open(document.ToPdf("Test", createdAt));

        Assert.Equal(createdAt, pdf.Information.GetCreatedDateTimeOffset());
        Assert.Contains("/CreationDate (D:20270701140509+01'00')", Encoding.ASCII.GetString(document.ToPdf("Test", createdAt)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_content_gives_the_same_bytes()
    {
        Assert.Equal(Pdf(d => d.Paragraph(Filler)), Pdf(d => d.Paragraph(Filler)));
    }

    private static double RightEnd(Word word) => word.Letters.Max(l => l.EndBaseLine.X);

    /// <summary>The character Windows-1252 gives a code; written out here rather than taken from the code under test.</summary>
    private static string Character(byte code) => code switch
    {
        >= 0x80 and <= 0x9F => "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ"[code - 0x80].ToString(),
        _ => ((char)code).ToString(),
    };
}
