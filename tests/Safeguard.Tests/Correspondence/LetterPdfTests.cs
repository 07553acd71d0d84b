using Safeguard.Correspondence;
using Safeguard.Correspondence.Letters;
using Safeguard.Protection;
using Xunit;

namespace Safeguard.Tests.Correspondence;

public sealed class LetterPdfTests
{
    [Fact]
    public void A_parent_is_invited_to_the_conference_with_its_date_time_place_and_the_right_to_bring_a_supporter()
    {
        var letter = LetterSamples.Invitation();
        var pdf = letter.ToPdf(LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal(1, document.NumberOfPages);
            Assert.Equal("Invitation to an initial child protection conference about Sam Example", document.Information.Title);
        }

        var text = PdfInspection.Text(pdf);
        Assert.Contains("Exampleshire Council Alex Example Children's Services 12 Sample Road 1 Example Street", text, StringComparison.Ordinal);
        Assert.Contains("EX3 4AB EX1 2MP 1 March 2027", text, StringComparison.Ordinal);
        Assert.Contains("Dear Alex Example", text, StringComparison.Ordinal);
        Assert.Contains("You are invited to an initial child protection conference about Sam Example.", text, StringComparison.Ordinal);
        Assert.Contains("Date Thursday 18 March 2027", text, StringComparison.Ordinal);
        Assert.Contains("Time 10:30am", text, StringComparison.Ordinal);
        Assert.Contains("Place Room 2, Exampletown Family Centre", text, StringComparison.Ordinal);
        Assert.Contains("A child protection conference is a meeting of the family and the professionals", text, StringComparison.Ordinal);
        Assert.Contains("You can bring someone to support you, such as a friend, relative or advocate.", text, StringComparison.Ordinal);
        Assert.Contains("Contact Priya Sample if you have any questions", text, StringComparison.Ordinal);
        Assert.Contains("Phone 01632 960 123", text, StringComparison.Ordinal);
        Assert.Contains("Yours sincerely Jordan Placeholder Child Protection Coordinator", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
        Assert.Equal(LetterKind.Invitation, letter.Compose().Kind);
    }

    [Fact]
    public void An_invitation_without_a_time_or_place_says_they_are_to_be_confirmed()
    {
        var pdf = (LetterSamples.Invitation() with { StartTime = null, Place = null }).ToPdf(LetterSamples.CreatedAt);

        var text = PdfInspection.Text(pdf);
        Assert.Contains("Time To be confirmed. We will write to tell you.", text, StringComparison.Ordinal);
        Assert.Contains("Place To be confirmed. We will write to tell you.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConferenceKind.Initial, "decide together whether Sam Example needs a child protection plan")]
    [InlineData(ConferenceKind.Review, "how the child protection plan for Sam Example is working")]
    [InlineData(ConferenceKind.TransferIn, "a child protection plan made by another council")]
    public void An_invitation_explains_the_kind_of_conference(ConferenceKind kind, string purpose)
    {
        var pdf = (LetterSamples.Invitation() with { Conference = kind }).ToPdf(LetterSamples.CreatedAt);

        var text = PdfInspection.Text(pdf);
        Assert.Contains(LetterWording.ConferenceName(kind), text, StringComparison.Ordinal);
        Assert.Contains(purpose, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_professional_is_asked_for_what_they_know_rather_than_told_about_a_supporter()
    {
        var pdf = LetterSamples.Invitation(Invitee.Professional).ToPdf(LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal(1, document.NumberOfPages);
        }

        var text = PdfInspection.Text(pdf);
        Assert.Contains("Please come ready to share what you and your service know about Sam Example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("support you", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_cover_letter_encloses_the_report_and_asks_for_it_to_be_read_before_the_conference()
    {
        var letter = LetterSamples.ReportCover();
        var pdf = letter.ToPdf(LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal(1, document.NumberOfPages);
        }

        var text = PdfInspection.Text(pdf);
        Assert.Contains("Dear Alex Example", text, StringComparison.Ordinal);
        Assert.Contains("1 March 2027", text, StringComparison.Ordinal);
        Assert.Contains(
            "I enclose the social worker's report for the review child protection conference about Sam Example on Thursday 18 March 2027.",
            text,
            StringComparison.Ordinal);
        Assert.Contains("Please read the report before the conference", text, StringComparison.Ordinal);
        Assert.DoesNotContain("working days", text, StringComparison.Ordinal);
        Assert.Equal(LetterKind.Report, letter.Compose().Kind);
    }

    [Fact]
    public void The_minutes_cover_letter_encloses_the_minutes_and_says_how_to_ask_for_corrections()
    {
        var letter = LetterSamples.MinutesCover();
        var pdf = letter.ToPdf(LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal(1, document.NumberOfPages);
        }

        var text = PdfInspection.Text(pdf);
        Assert.Contains("Dear Alex Example", text, StringComparison.Ordinal);
        Assert.Contains(
            "I enclose the minutes of the initial child protection conference about Sam Example held on Thursday 18 February 2027.",
            text,
            StringComparison.Ordinal);
        Assert.Contains("If you think something in them is wrong or missing, write to Priya Sample by Monday 15 March 2027.", text, StringComparison.Ordinal);
        Assert.Equal(LetterKind.Minutes, letter.Compose().Kind);
    }

    [Fact]
    public void Minutes_of_a_core_group_meeting_say_so_and_without_a_deadline_ask_for_corrections_as_soon_as_possible()
    {
        var pdf = (LetterSamples.MinutesCover(MeetingType.CoreGroup) with { CorrectionsBy = null }).ToPdf(LetterSamples.CreatedAt);

        var text = PdfInspection.Text(pdf);
        Assert.Contains("the minutes of the core group meeting about Sam Example held on Thursday 18 February 2027", text, StringComparison.Ordinal);
        Assert.Contains("write to Priya Sample as soon as possible", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_letter_continues_on_a_second_page_numbered_page_2_of_2()
    {
        var paragraphs = Enumerable.Range(1, 14)
            .Select(i => (LetterBlock)new LetterParagraph($"Paragraph {i}. " + string.Concat(Enumerable.Repeat("The family and the professionals met to talk about the plan. ", 6))))
            .ToList();
        var letter = new Letter(LetterKind.Other, LetterSamples.Addressing(), "A long letter", paragraphs);

        var pdf = LetterPdf.Render(letter, LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal(2, document.NumberOfPages);
        }

        Assert.Contains("Page 1 of 2", PdfInspection.PageText(pdf, 1), StringComparison.Ordinal);
        Assert.DoesNotContain("Yours sincerely", PdfInspection.PageText(pdf, 1), StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", PdfInspection.PageText(pdf, 2), StringComparison.Ordinal);
        Assert.Contains("Yours sincerely", PdfInspection.PageText(pdf, 2), StringComparison.Ordinal);
        Assert.Contains("Paragraph 14.", PdfInspection.Text(pdf), StringComparison.Ordinal);
        PdfInspection.AssertCrossReferenceIsExact(pdf);
    }

    [Fact]
    public void Every_letter_has_an_exact_cross_reference_table()
    {
        ILetterTemplate[] letters = [LetterSamples.Invitation(), LetterSamples.Invitation(Invitee.Professional), LetterSamples.ReportCover(), LetterSamples.MinutesCover()];
        foreach (var letter in letters)
        {
            PdfInspection.AssertCrossReferenceIsExact(letter.ToPdf(LetterSamples.CreatedAt));
        }
    }

    [Fact]
    public void The_same_letter_gives_the_same_bytes()
    {
        Assert.Equal(LetterSamples.Invitation().ToPdf(LetterSamples.CreatedAt), LetterSamples.Invitation().ToPdf(LetterSamples.CreatedAt));
        Assert.NotEqual(LetterSamples.Invitation().ToPdf(LetterSamples.CreatedAt), LetterSamples.Invitation().ToPdf(LetterSamples.CreatedAt.AddDays(1)));
    }

    [Fact]
    public void A_letter_without_a_child_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => (LetterSamples.ReportCover() with { ChildName = " " }).Compose());
    }

    [Theory]
    [InlineData(10, 0, "10am")]
    [InlineData(14, 30, "2:30pm")]
    [InlineData(12, 0, "midday")]
    [InlineData(12, 15, "12:15pm")]
    [InlineData(0, 0, "midnight")]
    [InlineData(9, 5, "9:05am")]
    public void Times_are_written_in_gov_uk_style(int hour, int minute, string expected)
    {
        Assert.Equal(expected, LetterWording.Time(new TimeOnly(hour, minute)));
    }
}
