using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.People;
using Safeguard.Rules;

namespace Safeguard.Recording;

public sealed partial class CaseRecordService
{
    /// <summary>Checks a complaint fact names real records and follows the procedure's order.</summary>
    private async Task<Rejected?> ComplaintAsync(ComplaintFact fact, CancellationToken ct)
    {
        if (fact is ComplaintReceived received)
        {
            return await ReceivedAsync(received, ct);
        }

        if (!await db.Complaints.AnyAsync(c => c.Id == fact.ComplaintId, ct))
        {
            return new Rejected("complaint", "There is no such complaint on the record.");
        }

        var file = await _files.ComplaintAsync(fact.ComplaintId, ct);
        var progress = ComplaintProgress.Of(file.Facts);
        if (progress.Closed && fact is not ComplainantInformed and not OmbudsmanDecisionRecorded and not RecommendationMade and not RemedyAgreed and not RemedyDeclined)
        {
            return new Rejected("complaint", "This complaint is closed.");
        }

        if (progress.Deferred && fact is not ComplaintResumed and not ComplaintClosed and not ComplaintAcknowledged)
        {
            return new Rejected("complaint", "This complaint is deferred: record that it has resumed first.");
        }

        if (fact is ComplaintResponseFact response && await OutcomesAsync(response, ct) is { } badOutcome)
        {
            return badOutcome;
        }

        var rules = await RulesAsync(ct);
        return fact switch
        {
            ComplaintDeferred f => Required("reason", f.Reason, "Enter why the complaint is deferred"),
            ComplaintResumed => progress.Deferred ? null : new Rejected("complaint", "This complaint is not deferred, so it cannot resume."),
            Stage1Extended f => Required("reason", f.Reason, "Enter why stage 1 needs longer")
                ?? (progress.Stage1Responded ? new Rejected("complaint", "Stage 1 has already been answered.") : null),
            Stage1ResponseSent => progress.Stage1Responded ? new Rejected("complaint", "Stage 1 has already been answered.") : null,
            Stage2Requested f => progress.Stage2Requested ? new Rejected("complaint", "Stage 2 has already been requested.")
                : progress.Stage1Responded || Overdue(rules, file, f.On, RuleIds.Stage1Response) ? null
                : new Rejected("complaint", "Stage 2 can be requested once stage 1 has been answered or its deadline has passed."),
            Stage2StatementAgreed f => !progress.Stage2Requested ? new Rejected("complaint", "Stage 2 has not been requested.")
                : progress.StatementAgreed ? new Rejected("complaint", "The statement of complaint has already been agreed.")
                : f.InvestigatingOfficerId is { } officer && officer == f.IndependentPersonId ? new Rejected("independentPerson", "The independent person must be someone other than the investigating officer.")
                : await PersonAsync("investigatingOfficer", f.InvestigatingOfficerId, PersonKind.Staff, ct) ?? await PersonAsync("independentPerson", f.IndependentPersonId, PersonKind.Staff, ct),
            PointExcluded f => await PointExclusionAsync(f, file, ct),
            Stage3PanelAppointed f => !progress.Stage3Requested || progress.Stage3Declined ? new Rejected("complaint", "There is no stage 3 request for a panel.")
                : progress.PanelHeld ? new Rejected("complaint", "The review panel has already been held.")
                : progress.PanelAppointed ? new Rejected("complaint", "The review panel has already been appointed.")
                : await PanelAsync(f, ct),
            AppointmentEnded f => await db.ComplaintAppointments.AnyAsync(a => a.ComplaintId == f.ComplaintId && a.PersonId == f.PersonId && a.EndedOn == null, ct)
                ? null : new Rejected("person", "This person has no appointment to this complaint that is still running."),
            Stage2Extended f => Required("reason", f.Reason, "Enter why stage 2 needs longer")
                ?? (!progress.StatementAgreed ? new Rejected("complaint", "The stage 2 statement of complaint has not been agreed.")
                : progress.AdjudicationSent ? new Rejected("complaint", "The stage 2 adjudication has already been sent.") : null),
            Stage2ReportReceived => progress.StatementAgreed ? null : new Rejected("complaint", "The stage 2 statement of complaint has not been agreed."),
            Stage2AdjudicationSent => !progress.StatementAgreed ? new Rejected("complaint", "The stage 2 statement of complaint has not been agreed.")
                : progress.AdjudicationSent ? new Rejected("complaint", "The stage 2 adjudication has already been sent.") : null,
            Stage3Requested f => progress.Stage3Requested && !progress.Stage3Declined ? new Rejected("complaint", "Stage 3 has already been requested.")
                : progress.AdjudicationSent || Overdue(rules, file, f.On, RuleIds.Stage2Response) ? null
                : new Rejected("complaint", "Stage 3 can be requested once the stage 2 adjudication has been sent or its deadline has passed."),
            Stage3Declined f => Required("reason", f.Reason, "Enter why stage 3 is declined")
                ?? (!progress.Stage3Requested || progress.Stage3Declined ? new Rejected("complaint", "There is no stage 3 request to decline.")
                : progress.PanelHeld ? new Rejected("complaint", "The review panel has already been held.") : null),
            Stage3PanelHeld => !progress.Stage3Requested || progress.Stage3Declined ? new Rejected("complaint", "There is no stage 3 request for a panel.")
                : progress.PanelHeld ? new Rejected("complaint", "The review panel has already been held.") : null,
            Stage3ReportIssued => progress.PanelHeld ? (progress.ReportIssued ? new Rejected("complaint", "The panel's report has already been issued.") : null)
                : new Rejected("complaint", "The review panel has not been held."),
            Stage3ResponseSent => progress.ReportIssued ? (progress.Stage3Responded ? new Rejected("complaint", "The council has already responded to the panel.") : null)
                : new Rejected("complaint", "The panel's report has not been issued."),
            ComplaintClosed => null,
            ComplainantInformed => progress.Closed ? null : new Rejected("complaint", "The complaint has not been closed, so there is no decision to tell the complainant about."),
            RecommendationMade f => Required("text", f.Text, "Enter the recommendation"),
            RemedyAgreed f => f.Kind == RemedyKind.Payment && f.Amount is null or <= 0 ? new Rejected("amount", "Enter the amount of the payment in pounds.")
                : f.Due < f.On ? new Rejected("due", "The remedy's due date must be on or after the day it was agreed.") : null,
            RemedyDeclined f => Required("reason", f.Reason, "Enter why no remedy is offered"),
            OmbudsmanDecisionRecorded f => Required("reference", f.Reference, "Enter the Ombudsman's reference"),
            _ => null,
        };
    }

    private static bool Overdue(RuleSet rules, ComplaintFile file, DateOnly on, string rule) =>
        rules.Complaints.Evaluate(file, on).Duties.Any(d => d.Rule == rule && d.StatusOn(on) == DutyStatus.Overdue);

    private async Task<Rejected?> ReceivedAsync(ComplaintReceived f, CancellationToken ct)
    {
        if (await PersonAsync("complainant", f.ComplainantId, null, ct) is { } complainant)
        {
            return complainant;
        }

        if (f.ChildId is { } child && await ChildAsync("child", child, ct) is { } noChild)
        {
            return noChild;
        }

        if (f.Points.Count == 0)
        {
            return new Rejected("points", "Enter at least one point of complaint.");
        }

        if (f.Standing == ComplainantStanding.SufficientInterest && string.IsNullOrWhiteSpace(f.StandingDecision))
        {
            return new Rejected("standingDecision", "Enter the council's decision that the complainant has sufficient interest in the child's welfare, and why.");
        }

        if (f.MatterArose is { } arose && arose > f.On)
        {
            return new Rejected("matterArose", "The date the matter arose must be on or before the day the complaint was received.");
        }

        if (f.Points.Any(p => string.IsNullOrWhiteSpace(p.Reference) || string.IsNullOrWhiteSpace(p.Summary)))
        {
            return new Rejected("points", "Each point of complaint needs a reference and a summary.");
        }

        return f.Points.Select(p => p.Reference).Distinct().Count() != f.Points.Count
            ? new Rejected("points", "Two points of complaint have the same reference.")
            : null;
    }

    private async Task<Rejected?> OutcomesAsync(ComplaintResponseFact response, CancellationToken ct)
    {
        var points = await db.ComplaintPoints.Where(p => p.ComplaintId == response.ComplaintId).Select(p => p.Id).ToListAsync(ct);
        if (response.Outcomes.Keys.Any(k => !points.Contains(k)))
        {
            return new Rejected("outcomes", "An outcome is given for a point that is not part of this complaint.");
        }

        var excluded = ExcludedPoints((await _files.ComplaintAsync(response.ComplaintId, ct)).Facts);
        return response.Outcomes.Any(o => excluded.Contains(o.Key) && o.Value != PointOutcome.Excluded)
            ? new Rejected("outcomes", "A point that was excluded from the procedure can only be given the outcome 'excluded'.")
            : null;
    }

    private static HashSet<long> ExcludedPoints(IEnumerable<Facts.Fact> facts) => facts.OfType<PointExcluded>().Select(f => f.PointId).ToHashSet();

    private async Task<Rejected?> PointExclusionAsync(PointExcluded f, ComplaintFile file, CancellationToken ct) =>
        !await db.ComplaintPoints.AnyAsync(p => p.Id == f.PointId && p.ComplaintId == f.ComplaintId, ct) ? new Rejected("point", "There is no such point in this complaint.")
        : ExcludedPoints(file.Facts).Contains(f.PointId) ? new Rejected("point", "This point has already been excluded.")
        : Required("reason", f.Reason, "Enter why the point is excluded, as the complainant will read it");

    private async Task<Rejected?> PanelAsync(Stage3PanelAppointed f, CancellationToken ct)
    {
        if (f.Members.Count != 3 || f.Members.Distinct().Count() != 3)
        {
            return new Rejected("members", "Choose three different people for the review panel.");
        }

        foreach (var member in f.Members)
        {
            if (await PersonAsync("members", member, PersonKind.Staff, ct) is { } notStaff)
            {
                return notStaff;
            }
        }

        return null;
    }
}
