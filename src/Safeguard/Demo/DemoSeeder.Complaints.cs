using Safeguard.Complaints;

namespace Safeguard.Demo;

/// <summary>
/// Complaints from the hand-shaped families: at stage 1 (acknowledgement due today, a response due today, one due in
/// a few days, one overdue), at stage 2 (the adjudication overdue), at stage 3 (the panel due next week, with an
/// agreed action from stage 2 overdue, its panel appointed) and one closed at stage 1.
/// </summary>
internal sealed partial class DemoSeeder
{
    private static DemoStaffMember Complaints => DemoStaff.HarryEvans;

    private async Task ComplaintsAsync(CancellationToken ct)
    {
        var f = _handShaped;

        // K0001: acknowledged late; the stage 1 response is due today.
        var k1 = Received(out var s1, "K0001", f[20].Mother, f[20], Ago(10), "Visits were cancelled at short notice", "We were not told the date of the review conference");
        s1.Add(Ago(4), Complaints, d => new ComplaintAcknowledged { On = d, ComplaintId = k1.Id });

        // K0002: the stage 1 response is overdue.
        var k2 = Received(out var s2, "K0002", f[17].Father!.Value, f[17], Ago(12), "The social worker did not return my calls");
        s2.Add(Ago(10), Complaints, d => new ComplaintAcknowledged { On = d, ComplaintId = k2.Id });

        // K0003: the stage 1 response is due in three working days.
        var k3 = Received(out var s3, "K0003", f[22].Mother, f[22], Ago(7), "Contact arrangements were changed without asking me");
        s3.Add(Ago(5), Complaints, d => new ComplaintAcknowledged { On = d, ComplaintId = k3.Id });

        // K0004: received three working days ago; the acknowledgement is due today.
        Received(out var s4, "K0004", f[5].Mother, f[5], Ago(3), "The assessment visit was arranged without telling me", "My partner was spoken to without me there");

        // K0005: stage 2; the adjudication is overdue.
        var k5 = Received(out var s5, "K0005", f[21].Father!.Value, f[21], Ago(75), "The conference report contained errors about my work", "I was not told the outcome of the strategy discussion");
        s5.Add(Ago(74), Complaints, d => new ComplaintAcknowledged { On = d, ComplaintId = k5.Id });
        s5.Add(Ago(66), Complaints, d => new Stage1ResponseSent { On = d, ComplaintId = k5.Id, Outcomes = Outcomes(k5, PointOutcome.NotUpheld, PointOutcome.NotUpheld) });
        s5.Add(Ago(50), Complaints, d => new Stage2Requested { On = d, ComplaintId = k5.Id });
        s5.Add(Ago(43), Complaints, d => new Stage2StatementAgreed { On = d, ComplaintId = k5.Id, InvestigatingOfficerId = Staff(DemoStaff.LiamFord), IndependentPersonId = Staff(DemoStaff.MayaSingh) });

        // K0006: stage 2 extended and adjudicated in time, an apology delivered, two actions agreed (one done, one
        // overdue); stage 3 requested, and the review panel is due next week.
        var k6 = Received(out var s6, "K0006", f[24].Mother, f[24], Ago(105), "The conference report was shared the night before", "Minutes of the core group contained errors");
        s6.Add(Ago(104), Complaints, d => new ComplaintAcknowledged { On = d, ComplaintId = k6.Id });
        s6.Add(Ago(95), Complaints, d => new Stage1ResponseSent { On = d, ComplaintId = k6.Id, Outcomes = Outcomes(k6, PointOutcome.PartlyUpheld, PointOutcome.NotUpheld) });
        s6.Add(Ago(88), Complaints, d => new Stage2Requested { On = d, ComplaintId = k6.Id });
        s6.Add(Ago(82), Complaints, d => new Stage2StatementAgreed { On = d, ComplaintId = k6.Id, InvestigatingOfficerId = Staff(DemoStaff.LiamFord), IndependentPersonId = Staff(DemoStaff.MayaSingh) });
        s6.Add(Ago(60), Complaints, d => new Stage2Extended { On = d, ComplaintId = k6.Id, Reason = "The investigation needs interviews with the police and the school" });
        s6.Add(Ago(45), DemoStaff.LiamFord, d => new Stage2ReportReceived { On = d, ComplaintId = k6.Id });
        s6.Add(Ago(40), DemoStaff.IslaMorgan, d => new Stage2AdjudicationSent { On = d, ComplaintId = k6.Id, Outcomes = Outcomes(k6, PointOutcome.Upheld, PointOutcome.PartlyUpheld) });
        var remedy = new Slot();
        s6.Add(Ago(40), DemoStaff.IslaMorgan, d => new RemedyAgreed { On = d, ComplaintId = k6.Id, RemedyId = 0, Kind = RemedyKind.Apology, Due = Ago(30) }, "K0006-R1", remedy);
        s6.Add(Ago(33), DemoStaff.IslaMorgan, d => new RemedyDelivered { On = d, RemedyId = remedy.Id });
        var recommendation = new Slot();
        s6.Add(Ago(40), DemoStaff.IslaMorgan, d => new RecommendationMade { On = d, ComplaintId = k6.Id, RecommendationId = 0, By = RecommendationSource.Stage2, Text = "Share every conference report with parents at least three working days before the conference" }, "K0006-REC1", recommendation);
        var audit = new Slot();
        s6.Add(Ago(40), DemoStaff.IslaMorgan, d => new ActionAgreed { On = d, ActionId = 0, ComplaintId = k6.Id, RecommendationId = recommendation.Id, Text = "Audit ten conference reports for the date they were shared", OwnerPersonId = Staff(DemoStaff.DanielReid), Due = Ago(10), Measure = "An audit report to the senior manager showing all ten shared in time" }, "K0006-A1", audit);
        var guidance = new Slot();
        s6.Add(Ago(40), DemoStaff.IslaMorgan, d => new ActionAgreed { On = d, ActionId = 0, ComplaintId = k6.Id, RecommendationId = recommendation.Id, Text = "Remind business support to send reports by the notice date", OwnerPersonId = Staff(DemoStaff.GraceLee), Due = Ago(20), Measure = "Reminder sent to every business support officer" }, "K0006-A2", guidance);
        s6.Add(Ago(22), DemoStaff.GraceLee, d => new ActionCompleted { On = d, ActionId = guidance.Id, Evidence = "Team briefing note of the reminder, circulated to all business support officers" });
        s6.Add(Ago(25), Complaints, d => new Stage3Requested { On = d, ComplaintId = k6.Id });
        s6.Add(Ago(15), Complaints, d => new Stage3PanelAppointed { On = d, ComplaintId = k6.Id, Members = [Staff(DemoStaff.NadiaBrooks), Staff(DemoStaff.OscarHill), Staff(DemoStaff.PriyaShah)] });

        // K0007: upheld at stage 1 and closed, the complainant told.
        var k7 = Received(out var s7, "K0007", f[8].Mother, f[8], Ago(60), "Nobody told me the core group had been moved");
        s7.Add(Ago(59), Complaints, d => new ComplaintAcknowledged { On = d, ComplaintId = k7.Id });
        s7.Add(Ago(52), Complaints, d => new Stage1ResponseSent { On = d, ComplaintId = k7.Id, Outcomes = Outcomes(k7, PointOutcome.Upheld) });
        s7.Add(Ago(40), Complaints, d => new ComplaintClosed { On = d, ComplaintId = k7.Id, Reason = ClosureReason.Resolved });

        foreach (var story in new[] { s1, s2, s3, s4, s5, s6, s7 })
        {
            await RecordAsync(story, ct);
            _complaints++;
        }
    }

    private static Slot Received(out Story story, string reference, long complainant, Family family, DateOnly on, params string[] points)
    {
        story = new Story(reference);
        var slot = new Slot();
        var info = points.Select((p, i) => new ComplaintPointInfo(0, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p)).ToList();
        story.Add(on, Complaints, d => new ComplaintReceived { On = d, ComplaintId = 0, ComplainantId = complainant, ChildId = family.Child, Points = info }, reference, slot);
        return slot;
    }

    private static Dictionary<long, PointOutcome> Outcomes(Slot complaint, params PointOutcome[] outcomes) =>
        complaint.Points.Zip(outcomes).ToDictionary(p => p.First, p => p.Second);
}
