using Safeguard.Complaints;
using Safeguard.Rules;

namespace Safeguard.Web.Features.Complaints.Steps;

/// <summary>
/// The steps of the complaints procedure a complaints manager records on a complaint, in the order of the procedure.
/// Responses, letters, remedies and actions have their own pages.
/// </summary>
public static class StepCatalogue
{
    public static readonly IReadOnlyList<StepForm> All =
    [
        new()
        {
            Slug = "acknowledged",
            Name = "Complaint acknowledged",
            Title = "Record that the complaint was acknowledged",
            DateLegend = "When was the complaint acknowledged?",
            DateDescription = "the date the complaint was acknowledged",
            Offered = c => !c.Progress.Closed && !c.Facts.OfType<ComplaintAcknowledged>().Any(),
            Build = a => new ComplaintAcknowledged { On = a.On, ComplaintId = a.ComplaintId },
            Confirmation = _ => "Acknowledgement recorded",
        },
        new()
        {
            Slug = "deferred",
            Name = "Complaint deferred",
            Title = "Defer the complaint",
            DateLegend = "When was the complaint deferred?",
            DateDescription = "the date the complaint was deferred",
            Reason = new("Why is the complaint deferred?", "Enter why the complaint is deferred",
                "For example, court proceedings would be prejudiced, or an earlier complaint about the same matters is being investigated"),
            Guidance = "The stage 1 clock stops while the complaint is deferred and starts again from the day it resumes.",
            Offered = c => !c.Progress.Closed && !c.Progress.Deferred && !c.Progress.Stage1Responded,
            Build = a => new ComplaintDeferred { On = a.On, ComplaintId = a.ComplaintId, Reason = a.Reason! },
            Confirmation = _ => "Deferral recorded: the stage 1 clock has stopped",
        },
        new()
        {
            Slug = "resumed",
            Name = "Complaint resumed",
            Title = "Record that the complaint has resumed",
            DateLegend = "When did the complaint resume?",
            DateDescription = "the date the complaint resumed",
            Guidance = "Stage 1 starts again from this date: the response is due 10 working days after it.",
            Offered = c => !c.Progress.Closed && c.Progress.Deferred,
            Build = a => new ComplaintResumed { On = a.On, ComplaintId = a.ComplaintId },
            Confirmation = _ => "Resumption recorded: the stage 1 clock has started again",
        },
        new()
        {
            Slug = "stage-1-extended",
            Name = "Stage 1 extended",
            Title = "Extend stage 1 to 20 working days",
            DateLegend = "When was the extension made?",
            DateDescription = "the date of the extension",
            Reason = new("Why does stage 1 need longer?", "Enter why stage 1 needs longer", "The complainant will be told this reason"),
            Asks = StepQuestions.ToldComplainant,
            Clock = RuleIds.Stage1Response,
            Guidance = "An extension only counts if it is recorded on or before the 10th working day of stage 1, and the complainant must be told. An extension recorded later has no effect on the due date.",
            Offered = c => Running(c) && !c.Progress.Stage1Responded && !c.Facts.OfType<Stage1Extended>().Any(),
            Build = a => new Stage1Extended { On = a.On, ComplaintId = a.ComplaintId, Reason = $"{a.Reason!.TrimEnd('.')}. The complainant has been told." },
            Confirmation = _ => "Stage 1 extension recorded",
        },
        new()
        {
            Slug = "stage-2-requested",
            Name = "Stage 2 requested",
            Title = "Record that the complainant asked for stage 2",
            DateLegend = "When did the complainant ask for stage 2?",
            DateDescription = "the date of the request",
            Guidance = "A request made more than 20 working days after the stage 1 response is still accepted; the complaint page then shows it as a late request for a decision.",
            Offered = c => Running(c) && !c.Progress.Stage2Requested && (c.Progress.Stage1Responded || Overdue(c, RuleIds.Stage1Response)),
            Build = a => new Stage2Requested { On = a.On, ComplaintId = a.ComplaintId },
            Confirmation = _ => "Stage 2 request recorded",
        },
        new()
        {
            Slug = "statement-agreed",
            Name = "Statement of complaint agreed",
            Title = "Record the statement of complaint and the stage 2 appointments",
            DateLegend = "When was the statement of complaint agreed?",
            DateDescription = "the date the statement was agreed",
            Asks = StepQuestions.Stage2Appointees,
            Guidance = "The investigating officer and the independent person can then open this complaint, and only this one, while their appointments last.",
            Offered = c => Running(c) && c.Progress.Stage2Requested && !c.Progress.StatementAgreed,
            Build = a => new Stage2StatementAgreed { On = a.On, ComplaintId = a.ComplaintId, InvestigatingOfficerId = a.Officer, IndependentPersonId = a.Independent },
            Confirmation = _ => "Statement of complaint recorded and the investigating officer and independent person appointed",
        },
        new()
        {
            Slug = "stage-2-extended",
            Name = "Stage 2 extended",
            Title = "Extend stage 2 to up to 65 working days",
            DateLegend = "When was the extension made?",
            DateDescription = "the date of the extension",
            Reason = new("Why does stage 2 need longer?", "Enter why stage 2 needs longer", "The complainant will be told this reason"),
            Asks = StepQuestions.ToldComplainant,
            Clock = RuleIds.Stage2Response,
            Guidance = "An extension only counts if it is recorded on or before the 25th working day of stage 2, and the complainant must be told. An extension recorded later has no effect on the due date.",
            Offered = c => Running(c) && c.Progress.StatementAgreed && !c.Progress.AdjudicationSent && !c.Facts.OfType<Stage2Extended>().Any(),
            Build = a => new Stage2Extended { On = a.On, ComplaintId = a.ComplaintId, Reason = $"{a.Reason!.TrimEnd('.')}. The complainant has been told." },
            Confirmation = _ => "Stage 2 extension recorded",
        },
        new()
        {
            Slug = "report-received",
            Name = "Investigating officer's report received",
            Title = "Record that the investigating officer's report was received",
            DateLegend = "When was the report received?",
            DateDescription = "the date the report was received",
            Offered = c => Running(c) && c.Progress.StatementAgreed && !c.Progress.AdjudicationSent && !c.Facts.OfType<Stage2ReportReceived>().Any(),
            Build = a => new Stage2ReportReceived { On = a.On, ComplaintId = a.ComplaintId },
            Confirmation = _ => "Investigating officer's report recorded",
        },
        new()
        {
            Slug = "stage-3-requested",
            Name = "Stage 3 requested",
            Title = "Record that the complainant asked for a review panel",
            DateLegend = "When did the complainant ask for stage 3?",
            DateDescription = "the date of the request",
            Guidance = "A request made more than 20 working days after the stage 2 adjudication is still accepted; the complaint page then shows it as a late request for a decision.",
            Offered = c => Running(c) && (!c.Progress.Stage3Requested || c.Progress.Stage3Declined) && (c.Progress.AdjudicationSent || Overdue(c, RuleIds.Stage2Response)),
            Build = a => new Stage3Requested { On = a.On, ComplaintId = a.ComplaintId },
            Confirmation = _ => "Stage 3 request recorded",
        },
        new()
        {
            Slug = "panel-appointed",
            Name = "Review panel appointed",
            Title = "Appoint the review panel",
            DateLegend = "When was the panel appointed?",
            DateDescription = "the date the panel was appointed",
            Asks = StepQuestions.Panel,
            Offered = c => Stage3Open(c) && !c.Progress.PanelAppointed,
            Build = a => new Stage3PanelAppointed { On = a.On, ComplaintId = a.ComplaintId, Members = a.Members },
            Confirmation = _ => "Review panel appointed",
        },
        new()
        {
            Slug = "panel-held",
            Name = "Review panel held",
            Title = "Record that the review panel met",
            DateLegend = "When did the panel meet?",
            DateDescription = "the date the panel met",
            Offered = Stage3Open,
            Build = a => new Stage3PanelHeld { On = a.On, ComplaintId = a.ComplaintId },
            Confirmation = _ => "Review panel meeting recorded",
        },
        new()
        {
            Slug = "stage-3-declined",
            Name = "Stage 3 declined",
            Title = "Decline the request for a review panel",
            DateLegend = "When was stage 3 declined?",
            DateDescription = "the date stage 3 was declined",
            Reason = new("Why is stage 3 declined?", "Enter why stage 3 is declined"),
            Asks = StepQuestions.Decline,
            Guidance = "A request for a review panel may be declined only in exceptional circumstances and with the complainant's agreement. Both answers are recorded as you give them: if either is no, the decline is recorded as a breach of CX_STAGE3_REFUSED.",
            Offered = Stage3Open,
            Build = a => new Stage3Declined { On = a.On, ComplaintId = a.ComplaintId, Reason = a.Reason!, Exceptional = a.Exceptional, ComplainantAgreed = a.Agreed },
            Confirmation = a => a.Exceptional && a.Agreed
                ? "Stage 3 declined: exceptional circumstances and the complainant's agreement are recorded"
                : $"Stage 3 declined and recorded as a breach of CX_STAGE3_REFUSED: {(a.Exceptional ? "" : "no exceptional circumstances")}{(a.Exceptional || a.Agreed ? "" : " and ")}{(a.Agreed ? "" : "the complainant has not agreed")}",
        },
        new()
        {
            Slug = "closed",
            Name = "Complaint closed",
            Title = "Close the complaint",
            DateLegend = "When was the complaint closed?",
            DateDescription = "the date the complaint was closed",
            Asks = StepQuestions.Closure,
            Guidance = "Closing ends the complaint's running clocks and every appointment. The complainant must then be told of the decision with its reasons: that duty runs until the decision letter is sent.",
            Offered = c => !c.Progress.Closed,
            Build = a => new ComplaintClosed { On = a.On, ComplaintId = a.ComplaintId, Reason = a.Closure!.Value, ComplainantInformed = false, Explanation = a.Explanation },
            Confirmation = _ => "Closure recorded: send the complainant the decision letter with the reasons",
        },
        new()
        {
            Slug = "appointment-ended",
            Name = "Appointment ended",
            Title = "End an appointment to this complaint",
            DateLegend = "When did the appointment end?",
            DateDescription = "the date the appointment ended",
            Asks = StepQuestions.Appointment,
            Guidance = "The person can no longer open this complaint once their appointment ends.",
            Offered = c => !c.Progress.Closed && c.Appointments.Any(a => a.EndedOn is null),
            Build = a => new AppointmentEnded { On = a.On, ComplaintId = a.ComplaintId, PersonId = a.Person!.Value },
            Confirmation = _ => "Appointment ended",
        },
    ];

    public static StepForm? Find(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    /// <summary>The steps that make sense for the complaint as it stands.</summary>
    public static IReadOnlyList<StepForm> OfferedFor(ComplaintView complaint) => All.Where(s => s.Offered(complaint)).ToList();

    private static bool Running(ComplaintView c) => !c.Progress.Closed && !c.Progress.Deferred;

    private static bool Stage3Open(ComplaintView c) => Running(c) && c.Progress.Stage3Requested && !c.Progress.Stage3Declined && !c.Progress.PanelHeld;

    private static bool Overdue(ComplaintView c, string rule) => c.Duties.Any(d => d.Rule == rule && d.Status == DutyStatus.Overdue);
}
