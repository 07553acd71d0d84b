using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Correspondence.Letters;
using Xunit;

namespace Safeguard.Tests.Correspondence;

public sealed class ComplaintLetterTests
{
    [Fact]
    public void A_response_prints_every_point_with_its_outcome_in_plain_english_and_why_an_excluded_point_is_excluded()
    {
        var letter = LetterSamples.ComplaintResponse();
        var pdf = letter.ToPdf(LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal("Stage 1 response to your complaint CX-2027-014", document.Information.Title);
        }

        var text = PdfInspection.Text(pdf);
        Assert.Contains("Dear Alex Example", text, StringComparison.Ordinal);
        Assert.Contains("This is our response to your complaint at stage 1 of the children's complaints procedure.", text, StringComparison.Ordinal);
        Assert.Contains("Complainant Alex Example", text, StringComparison.Ordinal);
        Assert.Contains("Complaint reference CX-2027-014", text, StringComparison.Ordinal);
        Assert.Contains("Complaint received 12 February 2027", text, StringComparison.Ordinal);
        Assert.Contains("Thank you for your complaint about the help your family has had from children's services.", text, StringComparison.Ordinal);
        Assert.Contains("talked to the social worker, the team manager and the family support worker.", text, StringComparison.Ordinal);
        Assert.Contains(
            "Point 1 The social worker did not return my calls for three weeks. Outcome Upheld. We agree with this part of your complaint.",
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            "Point 2 The report for the conference was sent to me the day before it. Outcome Partly upheld. We agree with some of this part of your complaint.",
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            "Point 3 The family support worker was rude to me. Outcome Not upheld. We do not agree with this part of your complaint.",
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            "Point 4 I disagree with the conference's decision to make a child protection plan. Outcome Excluded. The complaints procedure cannot look at this part of your complaint. "
            + "Reason " + LetterSamples.ConferenceDecisionExcluded,
            text,
            StringComparison.Ordinal);
        Assert.Contains("Yours sincerely Jordan Placeholder", text, StringComparison.Ordinal);
        Assert.Equal(LetterKind.Outcome, letter.Compose().Kind);
        PdfInspection.AssertCrossReferenceIsExact(pdf);
    }

    [Fact]
    public void The_response_text_keeps_its_paragraphs_and_runs_single_line_breaks_on()
    {
        var letter = LetterSamples.ComplaintResponse() with { ResponseText = "  First paragraph,\r\nstill the first.\r\n \r\n\r\nSecond paragraph.\n\n\nThird.  \n" };

        var body = letter.Compose().Body;

        var start = body.ToList().IndexOf(new LetterHeading("Our response")) + 1;
        Assert.Equal(
            [new LetterParagraph("First paragraph, still the first."), new LetterParagraph("Second paragraph."), new LetterParagraph("Third."), new LetterHeading("Our decision on each point")],
            body.Skip(start).Take(4));
    }

    [Fact]
    public void A_stage_1_response_tells_the_complainant_how_and_by_when_to_ask_for_stage_2()
    {
        var text = PdfInspection.Text(LetterSamples.ComplaintResponse(1).ToPdf(LetterSamples.CreatedAt));

        Assert.Contains("If you are not satisfied You can ask for your complaint to go to stage 2 of the procedure.", text, StringComparison.Ordinal);
        Assert.Contains("an investigating officer looks into your complaint. An independent person, who does not work for the council,", text, StringComparison.Ordinal);
        Assert.Contains("You need to ask within 20 working days, by Wednesday 31 March 2027.", text, StringComparison.Ordinal);
        Assert.Contains("If you ask after this date, we will decide whether to accept your request and tell you why.", text, StringComparison.Ordinal);
        Assert.Contains("To ask for stage 2, contact our complaints manager: Name Robin Sample Phone 01632 960 456 Email complaints@exampleshire.example", text, StringComparison.Ordinal);
        Assert.Contains("The Local Government and Social Care Ombudsman usually looks at a complaint only after it has been through all 3 stages of our procedure.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("www.lgo.org.uk", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_2_adjudication_encloses_both_reports_and_tells_the_complainant_how_and_by_when_to_ask_for_a_review_panel()
    {
        var pdf = LetterSamples.ComplaintResponse(2).ToPdf(LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal("Stage 2 adjudication on your complaint CX-2027-014", document.Information.Title);
        }

        var text = PdfInspection.Text(pdf);
        Assert.Contains("I have considered the investigating officer's report and the independent person's report on your complaint. Both reports are enclosed", text, StringComparison.Ordinal);
        Assert.Contains("You can ask for your complaint to go to stage 3 of the procedure: a review panel of 3 people who do not work for the council.", text, StringComparison.Ordinal);
        Assert.Contains("You need to ask within 20 working days, by Wednesday 31 March 2027.", text, StringComparison.Ordinal);
        Assert.Contains("To ask for stage 3, contact our complaints manager: Name Robin Sample", text, StringComparison.Ordinal);
        Assert.Contains("only after it has been through all 3 stages of our procedure.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stage 2, contact", text, StringComparison.Ordinal);
        Assert.DoesNotContain("www.lgo.org.uk", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_3_response_to_the_panel_says_the_procedure_is_complete_and_how_and_by_when_to_go_to_the_Ombudsman()
    {
        var pdf = LetterSamples.ComplaintResponse(3).ToPdf(LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal("Our response to the review panel's report on your complaint CX-2027-014", document.Information.Title);
        }

        var text = PdfInspection.Text(pdf);
        Assert.Contains("A review panel of 3 independent people has considered your complaint and sent us its report.", text, StringComparison.Ordinal);
        Assert.Contains(
            "Our complaints procedure is now complete. If you are still not satisfied, you can ask the Local Government and Social Care Ombudsman to look at your complaint.",
            text,
            StringComparison.Ordinal);
        Assert.Contains("You should normally contact the Ombudsman within 12 months, by Wednesday 1 March 2028. Website www.lgo.org.uk Phone 0300 061 0614", text, StringComparison.Ordinal);
        Assert.Contains("If you have questions about this letter, contact our complaints manager: Name Robin Sample", text, StringComparison.Ordinal);
        Assert.DoesNotContain("You need to ask within", text, StringComparison.Ordinal);
        Assert.DoesNotContain("To ask for stage", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_sets_out_the_agreed_remedies_with_amounts_in_pounds_and_the_actions_with_their_dates()
    {
        var text = PdfInspection.Text(LetterSamples.ComplaintResponse(2).ToPdf(LetterSamples.CreatedAt));

        Assert.Contains("Putting things right We have agreed to put things right in these ways.", text, StringComparison.Ordinal);
        Assert.Contains("Apology A written apology from the team manager for the missed calls. We will do this by Monday 15 March 2027.", text, StringComparison.Ordinal);
        Assert.Contains("Payment £250.00. In recognition of the time and trouble you were put to. We will pay this by Wednesday 24 March 2027.", text, StringComparison.Ordinal);
        Assert.Contains(
            "What we will do We will take these actions by the dates shown. By 30 April 2027 Remind all social workers in the North team to return calls within 2 working days.",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_without_remedies_or_actions_has_no_sections_for_them()
    {
        var text = PdfInspection.Text((LetterSamples.ComplaintResponse() with { Remedies = [], Actions = [] }).ToPdf(LetterSamples.CreatedAt));

        Assert.DoesNotContain("Putting things right", text, StringComparison.Ordinal);
        Assert.DoesNotContain("What we will do", text, StringComparison.Ordinal);
        Assert.Contains("If you are not satisfied", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("250", "£250.00")]
    [InlineData("1000", "£1,000.00")]
    [InlineData("1234.5", "£1,234.50")]
    [InlineData("0.75", "£0.75")]
    public void Money_is_written_in_pounds_and_pence(string amount, string expected)
    {
        Assert.Equal(expected, ComplaintLetterWording.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_response_is_never_printed_with_a_point_that_has_no_outcome()
    {
        var letter = LetterSamples.ComplaintResponse() with
        {
            Points = [new("1", "The social worker did not return my calls.", PointOutcome.Upheld), new("2", "The report was late.", null)],
        };

        var error = Assert.Throws<ArgumentException>(() => letter.ToPdf(LetterSamples.CreatedAt));
        Assert.Contains("Point 2 has no outcome", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_response_is_never_printed_with_an_excluded_point_that_does_not_say_why(string? reason)
    {
        var letter = LetterSamples.ComplaintResponse() with
        {
            Points = [new("4", "I disagree with the conference's decision.", PointOutcome.Excluded, reason)],
        };

        var error = Assert.Throws<ArgumentException>(letter.Compose);
        Assert.Contains("Point 4 is excluded without the reason why", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_that_is_not_excluded_cannot_carry_a_reason_for_exclusion()
    {
        var letter = LetterSamples.ComplaintResponse() with
        {
            Points = [new("2", "The report was late.", PointOutcome.PartlyUpheld, LetterSamples.ConferenceDecisionExcluded)],
        };

        var error = Assert.Throws<ArgumentException>(letter.Compose);
        Assert.Contains("Point 2 is partly upheld, so it cannot have a reason for exclusion", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<ComplaintResponseLetter, ComplaintResponseLetter>> IncompleteResponses => new()
    {
        { "no points", l => l with { Points = [] } },
        { "a point without a summary", l => l with { Points = [new("1", " ", PointOutcome.Upheld)] } },
        { "a point without a reference", l => l with { Points = [new("", "The report was late.", PointOutcome.Upheld)] } },
        { "no response text", l => l with { ResponseText = " \n\n " } },
        { "no complainant", l => l with { ComplainantName = "" } },
        { "no complaint reference", l => l with { ComplaintReference = " " } },
        { "stage 0", l => l with { Stage = 0 } },
        { "stage 4", l => l with { Stage = 4 } },
        { "a payment without an amount", l => l with { Remedies = [new(RemedyKind.Payment, "For your time and trouble", new DateOnly(2027, 3, 24))] } },
        { "a payment of nothing", l => l with { Remedies = [new(RemedyKind.Payment, "For your time and trouble", new DateOnly(2027, 3, 24), 0m)] } },
        { "a payment in fractions of a penny", l => l with { Remedies = [new(RemedyKind.Payment, "For your time and trouble", new DateOnly(2027, 3, 24), 10.005m)] } },
        { "an apology with an amount", l => l with { Remedies = [new(RemedyKind.Apology, "A written apology", new DateOnly(2027, 3, 24), 100m)] } },
        { "a remedy without a description", l => l with { Remedies = [new(RemedyKind.Apology, " ", new DateOnly(2027, 3, 24))] } },
        { "an action without its text", l => l with { Actions = [new("", new DateOnly(2027, 4, 30))] } },
        { "a next step on the letter's own date", l => l with { NextStepBy = l.Addressing.Date } },
    };

    [Theory]
    [MemberData(nameof(IncompleteResponses))]
    public void An_incomplete_response_is_refused(string what, Func<ComplaintResponseLetter, ComplaintResponseLetter> change)
    {
        Assert.False(string.IsNullOrEmpty(what));
        var letter = change(LetterSamples.ComplaintResponse());

        Assert.ThrowsAny<ArgumentException>(letter.Compose);
    }

    [Theory]
    [InlineData(ComplaintDecision.ClosedAsResolved, "We have closed your complaint because it has been resolved.")]
    [InlineData(ComplaintDecision.Withdrawn, "We have closed your complaint because it has been withdrawn.")]
    [InlineData(ComplaintDecision.NotProgressed, "We have decided not to take your complaint further under the children's complaints procedure.")]
    [InlineData(ComplaintDecision.Stage3Declined, "We have decided not to set up a review panel for your complaint. A review panel is stage 3 of the children's complaints procedure.")]
    [InlineData(ComplaintDecision.LateComplaintNotAccepted, "We have decided not to accept your complaint under the children's complaints procedure, because it was made too late.")]
    public void A_decision_letter_gives_the_decision_its_reasons_and_the_route_to_the_Ombudsman_with_its_date(ComplaintDecision decision, string decided)
    {
        var letter = LetterSamples.Decision(decision);
        var pdf = letter.ToPdf(LetterSamples.CreatedAt);

        using (var document = PdfInspection.Open(pdf))
        {
            Assert.Equal("Our decision about your complaint CX-2027-014", document.Information.Title);
        }

        var text = PdfInspection.Text(pdf);
        Assert.Contains("Dear Alex Example", text, StringComparison.Ordinal);
        Assert.Contains(decided, text, StringComparison.Ordinal);
        Assert.Contains("Complainant Alex Example Complaint reference CX-2027-014", text, StringComparison.Ordinal);
        Assert.Contains(
            "Why we made this decision Your complaint is about the same matters as the court proceedings about Sam. The court will decide them.",
            text,
            StringComparison.Ordinal);
        Assert.Contains("If you are not satisfied with this decision, you can ask the Local Government and Social Care Ombudsman to look at your complaint.", text, StringComparison.Ordinal);
        Assert.Contains("You should normally contact the Ombudsman within 12 months, by Wednesday 1 March 2028. Website www.lgo.org.uk Phone 0300 061 0614", text, StringComparison.Ordinal);
        Assert.Contains("contact our complaints manager: Name Robin Sample Phone 01632 960 456", text, StringComparison.Ordinal);
        Assert.Equal(decision == ComplaintDecision.Stage3Declined, text.Contains("You can ask again for a review panel.", StringComparison.Ordinal));
        Assert.Equal(decision == ComplaintDecision.Withdrawn, text.Contains("If you did not mean to withdraw your complaint", StringComparison.Ordinal));
        Assert.Equal(LetterKind.Outcome, letter.Compose().Kind);
        PdfInspection.AssertCrossReferenceIsExact(pdf);
    }

    [Fact]
    public void Declining_a_review_panel_says_it_is_only_for_exceptional_circumstances_and_the_complainant_may_disagree()
    {
        var text = PdfInspection.Text(LetterSamples.Decision(ComplaintDecision.Stage3Declined).ToPdf(LetterSamples.CreatedAt));

        Assert.Contains("We can make this decision only in exceptional circumstances.", text, StringComparison.Ordinal);
        Assert.Contains("What you can do If you do not agree with this decision, tell our complaints manager. You can ask again for a review panel.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_accepting_a_late_complaint_explains_the_time_limit_and_when_a_late_complaint_can_still_be_looked_at()
    {
        var text = PdfInspection.Text(LetterSamples.Decision(ComplaintDecision.LateComplaintNotAccepted).ToPdf(LetterSamples.CreatedAt));

        Assert.Contains("A complaint should be made within a year of the events it is about.", text, StringComparison.Ordinal);
        Assert.Contains("only if there was a good reason it was not made sooner and we can still look into it fairly.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\n ")]
    public void A_decision_is_never_sent_without_its_reasons(string? reasons)
    {
        var letter = LetterSamples.Decision() with { Reasons = reasons! };

        Assert.ThrowsAny<ArgumentException>(letter.Compose);
    }

    [Fact]
    public void A_decision_letter_needs_an_Ombudsman_date_after_its_own()
    {
        var letter = LetterSamples.Decision() with { OmbudsmanBy = LetterSamples.Addressing().Date.AddDays(-1) };

        var error = Assert.Throws<ArgumentException>(letter.Compose);
        Assert.Contains("must be after the letter's date", error.Message, StringComparison.Ordinal);
    }
}
