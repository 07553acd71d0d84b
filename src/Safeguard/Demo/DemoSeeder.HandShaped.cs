using Safeguard.Correspondence;
using Safeguard.Protection;

namespace Safeguard.Demo;

/// <summary>
/// The 24 hand-shaped children. Together they put every child protection clock of rules.md §4 at each of: due
/// today, due in the next few working days, overdue, and met; and they show the findings that have no clock (a
/// child not seen in an enquiry, a parent not consulted or not invited, a lead social worker in the first year, a
/// letter refused by the safe-contact guard). Dates count back from today on the working-day calendar ("Ago(n)" is n
/// working days ago), so the same items are due whatever day it is.
/// </summary>
/// <remarks>
/// Stages: C00001-C00003 referral awaiting a decision; C00004-C00005 assessment; C00006 section 47 enquiry;
/// C00007 awaiting a strategy discussion; C00008 closed after moving away; C00009-C00011 awaiting the initial
/// conference; C00012-C00014 moved in, awaiting the transfer-in conference; C00015-C00023 on a plan; C00024 stepped
/// down to a child in need plan.
/// </remarks>
internal sealed partial class DemoSeeder
{
    private const string Northshire = "Northshire County Council";
    private const string Eastvale = "Eastvale City Council";

    private readonly Dictionary<int, Family> _handShaped = [];

    private async Task HandShapedChildAsync(int number, CancellationToken ct)
    {
        var (worker, shape) = number switch
        {
            1 or 4 or 6 or 11 or 16 => (DemoStaff.BenHughes, new FamilyShape()),
            3 => (DemoStaff.AmaraOkafor, NoFatherResponsibility),
            5 => (DemoStaff.ChloePatel, new FamilyShape(FatherHasResponsibility: false, StepFather: true)),
            22 => (DemoStaff.AmaraOkafor, NoFatherResponsibility),
            23 => (DemoStaff.ChloePatel, new FamilyShape(StepFather: true)),
            _ when number % 2 == 0 => (DemoStaff.ChloePatel, new FamilyShape()),
            _ => (DemoStaff.AmaraOkafor, new FamilyShape()),
        };
        var f = await FamilyAsync(number, worker, shape, ct);
        _handShaped[number] = f;
        var s = new Story(f.Reference);
        switch (number)
        {
            case 1:
                // CP_REFERRAL_DECISION due today.
                Referral(s, f, Ago(1), null);
                break;
            case 2:
                // CP_REFERRAL_DECISION due on the next working day.
                Referral(s, f, Ago(0), null);
                break;
            case 3:
                // CP_REFERRAL_DECISION overdue.
                Referral(s, f, Ago(4), null);
                break;
            case 4:
                // CP_ASSESSMENT_45WD due today.
                Referral(s, f, Ago(45), ReferralDecision.Assessment);
                Seen(s, f, Ago(40), SeenPurpose.Assessment);
                Consulted(s, f, f.Mother, Ago(38), ConsultationPurpose.Assessment);
                Consulted(s, f, f.Father!.Value, Ago(36), ConsultationPurpose.Assessment);
                break;
            case 5:
                // CP_ASSESSMENT_45WD due in three working days.
                Referral(s, f, Ago(42), ReferralDecision.Assessment);
                Seen(s, f, Ago(38), SeenPurpose.Assessment);
                break;
            case 6:
                // CP_ASSESSMENT_45WD overdue; the assessment found the concerns that led to a section 47 enquiry, still open.
                Referral(s, f, Ago(50), ReferralDecision.Assessment, Ago(49));
                Seen(s, f, Ago(44), SeenPurpose.Assessment);
                StrategyDiscussion(s, f, Ago(4));
                Seen(s, f, Ago(3), SeenPurpose.Section47);
                Consulted(s, f, f.Mother, Ago(2), ConsultationPurpose.Section47);
                break;
            case 7:
                // A referral decided a working day late (a late CP_REFERRAL_DECISION); the strategy discussion is still to come.
                Referral(s, f, Ago(3), ReferralDecision.StrategyDiscussion, Ago(1));
                break;
            case 8:
                Closed(s, f);
                break;
            case 9:
                // CP_ICPC_15WD due today: the conference is today.
                Enquiry(s, f, Ago(15), Ago(8), new EnquiryPlan());
                Conference(s, f, $"ICPC-{f.Reference}", ConferenceKind.Initial, Ago(8), Ago(0), null);
                break;
            case 10:
                // CP_ICPC_15WD due in three working days; the report is due to the parents today.
                Enquiry(s, f, Ago(12), Ago(6), new EnquiryPlan());
                Conference(s, f, $"ICPC-{f.Reference}", ConferenceKind.Initial, Ago(6), Ahead(3), null, new ConferencePlan { ReportDaysBefore = null, FatherReportDaysBefore = null });
                break;
            case 11:
                // CP_ICPC_15WD overdue; the father was never consulted (CP_S47_PARENTS_CONSULTED missing) and has not had the report.
                Enquiry(s, f, Ago(19), Ago(12), new EnquiryPlan { FatherConsulted = false });
                Conference(s, f, $"ICPC-{f.Reference}", ConferenceKind.Initial, Ago(12), Ahead(2), null, new ConferencePlan { FatherReportDaysBefore = null });
                break;
            case 12:
                // CP_TRANSFER_IN_CONFERENCE due today.
                TransferIn(s, f, Ago(15), Ago(10), Ago(0), new ConferencePlan());
                break;
            case 13:
                // CP_TRANSFER_IN_CONFERENCE due in two working days.
                TransferIn(s, f, Ago(13), Ago(8), Ahead(2), new ConferencePlan());
                break;
            case 14:
                // CP_TRANSFER_IN_CONFERENCE overdue; the report for next week's conference is due in two working days.
                TransferIn(s, f, Ago(18), Ago(4), Ahead(5), new ConferencePlan { ReportDaysBefore = null, FatherReportDaysBefore = null });
                break;
            case 15:
                {
                    // Transfer-in conference held in time (met); CP_FIRST_CORE_GROUP_10WD due today.
                    var start = Ago(10);
                    TransferIn(s, f, Ago(22), Ago(18), start, new ConferencePlan { MinutesAfter = 6 }, ConferenceOutcome.Plan);
                    Work(s, f, start, _today, new PlanWork { CoreGroups = false });
                    CoreGroup(s, f, $"CG1-{f.Reference}", Ago(3), Ago(0), true, hold: false);
                    break;
                }

            case 16:
                {
                    // CP_FIRST_CORE_GROUP_10WD due in two working days; a first-year worker is lead (CP_LEAD_SOCIAL_WORKER breach);
                    // the chair's quality alert is due in two working days.
                    var start = Ago(8);
                    PathToPlan(s, f, start, new EnquiryPlan { StrategyBefore = 13 });
                    Work(s, f, start, _today, new PlanWork { CoreGroups = false });
                    CoreGroup(s, f, $"CG1-{f.Reference}", Ago(1), Ahead(2), true, hold: false);
                    QualityAlert(s, f, 1, Ago(3), null);
                    break;
                }

            case 17:
                {
                    // CP_FIRST_CORE_GROUP_10WD overdue; the initial conference was late, the child was not seen in the
                    // enquiry (CP_S47_CHILD_SEEN missing), and its minutes are due in two working days.
                    var start = Ago(13);
                    PathToPlan(s, f, start, new EnquiryPlan { StrategyBefore = 21, ChildSeen = false, Conference = new ConferencePlan { MinutesShared = false, Category = AbuseCategory.Physical } });
                    Work(s, f, start, _today, new PlanWork { CoreGroups = false });
                    CoreGroup(s, f, $"CG1-{f.Reference}", Ago(2), Ahead(1), true, hold: false);
                    break;
                }

            case 18:
                {
                    // CP_FIRST_REVIEW_3M, CP_CORE_GROUP_INTERVAL and CP_VISIT_INTERVAL due today; the father had the
                    // report a day before the initial conference (late CP_CONFERENCE_REPORT_NOTICE).
                    var start = MonthsBefore(_today, 3);
                    PathToPlan(s, f, start, new EnquiryPlan { Conference = new ConferencePlan { FatherReportDaysBefore = 1 } });
                    Work(s, f, start, _today, new PlanWork { LastVisit = Ago(10), LastCoreGroup = Ago(20) });
                    Review(s, f, 1, Ago(0), null);
                    break;
                }

            case 19:
                {
                    // CP_FIRST_REVIEW_3M, CP_CORE_GROUP_INTERVAL and CP_VISIT_INTERVAL due in the next few working days;
                    // the father was not invited to the initial conference (CP_PARENT_INVITED missing).
                    var start = MonthsBeforeSomeWorkingDay(1, 4, 3);
                    PathToPlan(s, f, start, new EnquiryPlan { ViaAssessment = true, Conference = new ConferencePlan { InviteFather = false, Category = AbuseCategory.Emotional } });
                    Work(s, f, start, _today, new PlanWork { LastVisit = Ago(8), LastCoreGroup = Ago(17) });
                    Review(s, f, 1, start.AddMonths(3), null);
                    break;
                }

            case 20:
                {
                    // CP_FIRST_REVIEW_3M, CP_CORE_GROUP_INTERVAL, CP_VISIT_INTERVAL and CP_QUALITY_ALERT_RESPONSE overdue.
                    // The father is kept from the mother and the child (domestic abuse), with the IDVA as the safe route:
                    // he still gets his own invitations, but a joint letter to both parents is refused (CP_SAFE_CONTACT).
                    var start = MonthsBeforeSomeWorkingDay(-5, -9, 3);
                    Restriction(s, f, f.Father!.Value, Add(start, -14));
                    PathToPlan(s, f, start, new EnquiryPlan { Conference = new ConferencePlan { Category = AbuseCategory.Emotional } });
                    Work(s, f, start, _today, new PlanWork { LastVisit = Ago(13), LastCoreGroup = Ago(24) });
                    QualityAlert(s, f, 1, Ago(8), null);
                    Letter(s, f, Ago(6), [f.Mother, f.Father!.Value], LetterKind.Other, refused: true);
                    Letter(s, f, Ago(6), [_idva], LetterKind.Other, refused: false);
                    break;
                }

            case 21:
                {
                    // CP_REVIEW_6M, CP_MANAGEMENT_REVIEW, CP_QUALITY_ALERT_RESPONSE, CP_CORE_GROUP_MINUTES and
                    // CP_TRANSFER_NOTIFY due today. The plan set weekly visits.
                    var review = MonthsBefore(_today, 6);
                    var start = OnOrAfterWorkingDay(review.AddMonths(-3).AddDays(5));
                    PathToPlan(s, f, start, new EnquiryPlan { Conference = new ConferencePlan { VisitFrequency = 5, Category = AbuseCategory.Emotional } });
                    Review(s, f, 1, review, ConferenceOutcome.Plan);
                    Work(s, f, start, _today, new PlanWork { VisitStep = 4, LastManagementReview = Ago(20), LastCoreGroup = Ago(10), LastCoreGroupMinutes = false });
                    Review(s, f, 2, Ago(0), null);
                    QualityAlert(s, f, 1, Ago(5), null);
                    Moved(s, f, Ago(5), Northshire, null);
                    break;
                }

            case 22:
                {
                    // CP_REVIEW_6M, CP_MANAGEMENT_REVIEW, CP_CORE_GROUP_MINUTES and CP_TRANSFER_NOTIFY due in the next few
                    // working days; a quality alert acted on in time.
                    var review = MonthsBeforeSomeWorkingDay(2, 5, 6);
                    var start = OnOrAfterWorkingDay(review.AddMonths(-3).AddDays(5));
                    PathToPlan(s, f, start);
                    Review(s, f, 1, review, ConferenceOutcome.Plan);
                    Work(s, f, start, _today, new PlanWork { LastManagementReview = Ago(18), LastCoreGroup = Ago(8), LastCoreGroupMinutes = false });
                    QualityAlert(s, f, 1, Ago(30), Ago(27));
                    Moved(s, f, Ago(2), Eastvale, null);
                    break;
                }

            case 23:
                {
                    // CP_REVIEW_6M, CP_MANAGEMENT_REVIEW, CP_CORE_GROUP_MINUTES and CP_TRANSFER_NOTIFY overdue; the
                    // father never had the report for the first review (CP_CONFERENCE_REPORT_NOTICE overdue). The
                    // stepfather, without parental responsibility, is kept from the mother and the child.
                    var review = MonthsBeforeSomeWorkingDay(-6, -10, 6);
                    var start = OnOrAfterWorkingDay(review.AddMonths(-3).AddDays(5));
                    Restriction(s, f, f.StepFather!.Value, Add(start, -20));
                    PathToPlan(s, f, start, new EnquiryPlan { Conference = new ConferencePlan { Category = AbuseCategory.Physical } });
                    Review(s, f, 1, review, ConferenceOutcome.Plan, new ConferencePlan { FatherReportDaysBefore = null });
                    Work(s, f, start, _today, new PlanWork { LastManagementReview = Ago(26), LastCoreGroup = Ago(14), LastCoreGroupMinutes = false });
                    Moved(s, f, Ago(9), Northshire, null);
                    break;
                }

            case 24:
                {
                    // Stepped down: the second review ended the plan (CP_REVIEW_6M met) for a child in need plan; its
                    // minutes are due today (CP_CONFERENCE_MINUTES).
                    var start = OnOrAfterWorkingDay(_today.AddMonths(-5));
                    var stepDown = Ago(15);
                    PathToPlan(s, f, start, new EnquiryPlan { ViaAssessment = true });
                    Review(s, f, 1, OnOrAfterWorkingDay(start.AddMonths(3).AddDays(-7)), ConferenceOutcome.Plan);
                    Review(s, f, 2, stepDown, ConferenceOutcome.ChildInNeed, new ConferencePlan { MinutesShared = false });
                    s.Add(stepDown, f.Worker, d => new ChildInNeedPlanStarted { On = d, ChildId = f.Child });
                    Work(s, f, start, stepDown);
                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(number));
        }

        await RecordAsync(s, ct);
    }

    /// <summary>
    /// C00008: on a plan, moved away and the new council told in time (CP_TRANSFER_NOTIFY met), the case closed once
    /// the new council held its transfer-in conference; the minutes of the first review never went out
    /// (CP_CONFERENCE_MINUTES overdue).
    /// </summary>
    private void Closed(Story s, Family f)
    {
        var review = Ago(30);
        var start = OnOrAfterWorkingDay(review.AddMonths(-3).AddDays(3));
        var closed = Ago(8);
        PathToPlan(s, f, start);
        Review(s, f, 1, review, ConferenceOutcome.Plan, new ConferencePlan { MinutesShared = false });
        Moved(s, f, Ago(22), Northshire, Ago(20));
        Work(s, f, start, closed);
        s.Add(closed, f.Manager, d => new CaseClosed { On = d, ChildId = f.Child, Reason = $"Transferred to {Northshire} after its transfer-in conference" });
    }

    /// <summary>A child who moved here with a plan elsewhere: the other council's notification, and our transfer-in conference.</summary>
    private void TransferIn(Story s, Family f, DateOnly received, DateOnly scheduledOn, DateOnly conference, ConferencePlan plan, ConferenceOutcome? outcome = null)
    {
        s.Add(received, Business, d => new TransferReceived { On = d, ChildId = f.Child, FromAuthority = Eastvale });
        Allocate(s, f, Add(received, 1));
        Conference(s, f, $"TCPC-{f.Reference}", ConferenceKind.TransferIn, scheduledOn, conference, outcome, plan);
    }
}
