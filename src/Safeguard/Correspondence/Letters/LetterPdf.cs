using Safeguard.Correspondence.Pdf;

namespace Safeguard.Correspondence.Letters;

/// <summary>Prints a letter as PDF: the council's name, the recipient's address beside the council's address and the date, greeting, subject, body and sign-off.</summary>
public static class LetterPdf
{
    private const double CouncilNameSize = 16;

    /// <param name="template">The letter to print.</param>
    /// <param name="createdAt">Recorded as the PDF's creation date; pass the time it is produced, from a TimeProvider.</param>
    public static byte[] ToPdf(this ILetterTemplate template, DateTimeOffset createdAt) => Render(template.Compose(), createdAt);

    public static byte[] Render(Letter letter, DateTimeOffset createdAt)
    {
        var addressing = letter.Addressing;
        var document = new PdfTextDocument();
        document.Lines([addressing.From.Name], StandardFont.HelveticaBold, CouncilNameSize);
        document.SideBySide([addressing.To.Name, .. addressing.To.AddressLines], [.. addressing.From.AddressLines, string.Empty, LetterWording.Date(addressing.Date)]);
        document.Paragraph($"Dear {addressing.To.Name}");
        document.Heading(letter.Subject);
        foreach (var block in letter.Body)
        {
            switch (block)
            {
                case LetterHeading heading:
                    document.Heading(heading.Text, PdfTextDocument.BodySize + 1);
                    break;
                case LetterParagraph paragraph:
                    document.Paragraph(paragraph.Text);
                    break;
                case LetterDetails details:
                    document.LabelledValues(details.Rows);
                    break;
                default:
                    throw new NotSupportedException($"A letter cannot print a {block.GetType().Name}.");
            }
        }

        // Two empty lines leave room for a signature; the sign-off is never split across pages.
        string[] signOff = ["Yours sincerely", string.Empty, string.Empty, addressing.SignedBy.Name, addressing.SignedBy.JobTitle];
        document.KeepTogether(signOff.Length);
        document.Lines(signOff);
        return document.ToPdf(letter.Subject, createdAt);
    }
}
