using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Correspondence.Letters;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Recording;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints.Responses;

/// <summary>A letter sent about a complaint, as its list shows it.</summary>
public sealed record ComplaintLetterLine(long FactId, DateOnly On, string What, IReadOnlyList<string> To, bool CanPrint);

/// <summary>A complaint letter ready to print again, and the name of its file.</summary>
public sealed record ComplaintLetterDraft(ILetterTemplate Template, string FileName, string What);

/// <summary>
/// Writes a complaint letter again from the record, as it was sent. A response letter is recorded just before its
/// response (so that a refused letter leaves no response behind), and a decision letter just after the closure or
/// the stage 3 decline it tells of; so a letter is the response that follows it, or else the decision before it.
/// </summary>
public sealed class ComplaintLetters(SafeguardDbContext db, WorkingDayCalendar calendar, IOptions<SafeguardOptions> options)
{
    /// <summary>The letters sent about a complaint, latest first.</summary>
    public async Task<List<ComplaintLetterLine>> ForComplaintAsync(long complaintId, CancellationToken ct = default)
    {
        var facts = (await new CaseFiles(db).ComplaintAsync(complaintId, ct)).Facts;
        var letters = facts.OfType<LetterSent>().Where(l => l.AboutComplaintId == complaintId).ToList();
        var people = letters.SelectMany(l => l.To).Distinct().ToList();
        var names = await db.People.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        return letters
            .Select(l => (Letter: l, Subject: SubjectOf(facts, l)))
            .Select(x => new ComplaintLetterLine(x.Letter.Id, x.Letter.On, What(x.Subject), x.Letter.To.Select(t => names.GetValueOrDefault(t, "Unknown")).ToList(), x.Subject is not null))
            .OrderByDescending(l => l.On).ThenByDescending(l => l.FactId)
            .ToList();
    }

    /// <summary>Whether the complainant still has to be told of a closure or a stage 3 decline (CX_DECISION_NOTICE).</summary>
    public static Fact? UntoldDecision(IReadOnlyList<Fact> facts)
    {
        if (facts.OfType<ComplaintClosed>().LastOrDefault() is { } closed)
        {
            return closed.ComplainantInformed || facts.OfType<ComplainantInformed>().Any() ? null : closed;
        }

        var progress = ComplaintProgress.Of(facts);
        if (!progress.Stage3Declined || facts.OfType<Stage3Declined>().LastOrDefault() is not { } declined)
        {
            return null;
        }

        return facts.OfType<LetterSent>().Any(l => l.Sequence > declined.Sequence) ? null : declined;
    }

    public static ComplaintDecision DecisionOf(Fact decision) => decision switch
    {
        ComplaintClosed { Reason: ClosureReason.Resolved } => ComplaintDecision.ClosedAsResolved,
        ComplaintClosed { Reason: ClosureReason.Withdrawn } => ComplaintDecision.Withdrawn,
        ComplaintClosed => ComplaintDecision.NotProgressed,
        _ => ComplaintDecision.Stage3Declined,
    };

    /// <summary>The reasons recorded with the decision, if any.</summary>
    public static string? RecordedReasons(Fact decision) => decision switch
    {
        ComplaintClosed c => string.IsNullOrWhiteSpace(c.Explanation) ? null : c.Explanation,
        Stage3Declined d => string.IsNullOrWhiteSpace(d.Reason) ? null : d.Reason,
        _ => null,
    };

    public static string DecisionName(ComplaintDecision decision) => decision switch
    {
        ComplaintDecision.ClosedAsResolved => "Closed as resolved",
        ComplaintDecision.Withdrawn => "Closed as withdrawn",
        ComplaintDecision.NotProgressed => "Not taken further",
        ComplaintDecision.Stage3Declined => "Review panel declined",
        _ => "Not accepted as late",
    };

    /// <summary>The letter recorded as <paramref name="letterFactId"/> about the complaint, or null when it is not one this feature can print.</summary>
    public async Task<ComplaintLetterDraft?> ComposeAsync(long complaintId, long letterFactId, CancellationToken ct = default)
    {
        var facts = (await new CaseFiles(db).ComplaintAsync(complaintId, ct)).Facts;
        if (facts.OfType<LetterSent>().FirstOrDefault(l => l.Id == letterFactId && l.AboutComplaintId == complaintId) is not { } letter
            || SubjectOf(facts, letter) is not { } subject)
        {
            return null;
        }

        var complaint = await db.Complaints.Include(c => c.Points).FirstAsync(c => c.Id == complaintId, ct);
        var recordedBy = await db.Facts.Where(f => f.Id == letter.Id).Select(f => f.RecordedBy).FirstAsync(ct);
        var signer = await db.Users.Where(u => u.UserName == recordedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? recordedBy;
        var names = await db.People.Where(p => p.Id == complaint.ComplainantId || p.Id == letter.To[0])
            .ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        var council = options.Value;
        var addressing = new LetterAddressing(
            new CouncilDetails(council.CouncilName, council.CouncilAddress),
            new Addressee(names[letter.To[0]], []),
            letter.On,
            new Signatory(signer, "Complaints manager"));
        var manager = new ContactDetails($"{signer}, complaints manager, {council.CouncilName}");
        var before = facts.Where(f => f.Sequence < letter.Sequence).ToList();
        var file = $"{complaint.Reference}-{Slug(subject)}-{letter.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.pdf";

        if (subject is ComplaintClosed or Stage3Declined)
        {
            var reasons = letter.Text ?? RecordedReasons(subject);
            if (reasons is null)
            {
                return null;
            }

            return new ComplaintLetterDraft(
                new ComplaintDecisionLetter
                {
                    Addressing = addressing,
                    ComplainantName = names[complaint.ComplainantId],
                    ComplaintReference = complaint.Reference,
                    Decision = DecisionOf(subject),
                    Reasons = reasons,
                    OmbudsmanBy = NextStepDeadlines.OmbudsmanBy(letter.On).By,
                    ComplaintsManager = manager,
                },
                file,
                What(subject));
        }

        var stage = subject switch { Stage1ResponseSent => 1, Stage2AdjudicationSent => 2, _ => 3 };
        var outcomes = subject is ComplaintResponseFact response ? response.Outcomes : before.OfType<Stage3ReportIssued>().LastOrDefault()?.Outcomes;
        var excluded = before.OfType<PointExcluded>().ToDictionary(p => p.PointId, p => p.Reason);
        if (letter.Text is null || outcomes is null
            || complaint.Points.Any(p => !outcomes.TryGetValue(p.Id, out var outcome) || (outcome == PointOutcome.Excluded && !excluded.ContainsKey(p.Id))))
        {
            return null;
        }

        return new ComplaintLetterDraft(
            new ComplaintResponseLetter
            {
                Addressing = addressing,
                Stage = stage,
                ComplainantName = names[complaint.ComplainantId],
                ComplaintReference = complaint.Reference,
                ReceivedOn = complaint.ReceivedOn,
                ResponseText = letter.Text,
                Points = complaint.Points.OrderBy(p => p.Id)
                    .Select(p => new ResponsePoint(p.Reference, p.Summary, outcomes[p.Id], outcomes[p.Id] == PointOutcome.Excluded ? excluded[p.Id] : null))
                    .ToList(),
                Remedies = before.OfType<RemedyAgreed>().Select(Remedy).ToList(),
                Actions = before.OfType<ActionAgreed>().Where(a => a.Due is not null).Select(a => new ResponseAction(a.Text, a.Due!.Value)).ToList(),
                NextStepBy = stage == 3 ? NextStepDeadlines.OmbudsmanBy(letter.On).By : NextStepDeadlines.NextStageBy(calendar, letter.On).By,
                ComplaintsManager = manager,
            },
            file,
            What(subject));
    }

    private static ResponseRemedy Remedy(RemedyAgreed remedy) => new(
        remedy.Kind,
        string.IsNullOrWhiteSpace(remedy.Description)
            ? remedy.Kind switch { RemedyKind.Apology => "A written apology.", RemedyKind.Payment => "A payment to you.", _ => "A remedy agreed with you." }
            : remedy.Description,
        remedy.Due,
        remedy.Kind == RemedyKind.Payment ? remedy.Amount : null);

    /// <summary>What the letter tells of: the response recorded next, or else the closure or decline before it.</summary>
    private static Fact? SubjectOf(IReadOnlyList<Fact> facts, LetterSent letter)
    {
        var next = facts.Where(f => f.Sequence > letter.Sequence)
            .OrderBy(f => f.Sequence)
            .FirstOrDefault(f => f is Stage1ResponseSent or Stage2AdjudicationSent or Stage3ResponseSent or ComplainantInformed or ComplaintClosed or Stage3Declined or Stage3Requested or LetterSent);
        if (next is Stage1ResponseSent or Stage2AdjudicationSent or Stage3ResponseSent)
        {
            return next;
        }

        return facts.Where(f => f.Sequence < letter.Sequence).OrderBy(f => f.Sequence)
            .LastOrDefault(f => f is ComplaintClosed or Stage3Declined or Stage3Requested or Stage1ResponseSent or Stage2AdjudicationSent or Stage3ResponseSent) is { } decision and (ComplaintClosed or Stage3Declined)
            ? decision
            : null;
    }

    private static string What(Fact? subject) => subject switch
    {
        Stage1ResponseSent => "Stage 1 response",
        Stage2AdjudicationSent => "Stage 2 adjudication",
        Stage3ResponseSent => "Stage 3 response",
        ComplaintClosed or Stage3Declined => "Decision letter",
        _ => "Letter",
    };

    private static string Slug(Fact subject) => subject switch
    {
        Stage1ResponseSent => "stage-1-response",
        Stage2AdjudicationSent => "stage-2-adjudication",
        Stage3ResponseSent => "stage-3-response",
        _ => "decision",
    };
}
