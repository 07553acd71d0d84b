using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Recording;
using Safeguard.Rules;
using Safeguard.Web.Features.Children;

namespace Safeguard.Web.Features.Complaints;

/// <summary>A point of complaint as its page shows it: the latest outcome given, and why it is excluded if it is.</summary>
public sealed record PointView(long Id, string Reference, string Summary, PointOutcome? Outcome, string? OutcomeAt, string? ExcludedReason);

/// <summary>Someone appointed to the complaint, and whether the appointment still lasts.</summary>
public sealed record AppointmentView(long PersonId, string Name, AppointmentRole Role, DateOnly From, DateOnly? EndedOn);

/// <summary>One complaint as its pages read it: who, about whom, its points, where it has got to, its clocks and flags.</summary>
public sealed record ComplaintView(
    long Id,
    string Reference,
    long ComplainantId,
    string Complainant,
    long? ChildId,
    string? Child,
    DateOnly ReceivedOn,
    ComplaintReceived Received,
    IReadOnlyList<PointView> Points,
    ComplaintProgress Progress,
    IReadOnlyList<AppointmentView> Appointments,
    IReadOnlyList<DutyLine> Duties,
    IReadOnlyList<ComplaintFlag> Flags,
    IReadOnlyList<Fact> Facts)
{
    /// <summary>The stage the complaint is at, in words.</summary>
    public string Stage => StageOf(Progress);

    /// <summary>The stage a complaint with this progress is at, in words.</summary>
    public static string StageOf(ComplaintProgress progress) => progress switch
    {
        { Closed: true } => "Closed",
        { Deferred: true } => "Deferred",
        { Stage3Responded: true } => "Stage 3: council responded",
        { Stage3Declined: true } => "Stage 3 declined",
        { Stage3Requested: true } => "Stage 3: review panel",
        { AdjudicationSent: true } => "Stage 2: adjudication sent",
        { Stage2Requested: true } => "Stage 2: investigation",
        { Stage1Responded: true } => "Stage 1: response sent",
        _ => "Stage 1",
    };
}

/// <summary>Reads complaints for their pages and the API. Callers open the complaint through <see cref="ComplaintGate"/> first.</summary>
public sealed class ComplaintQuery(SafeguardDbContext db, CaseRecordService records, ChildRecordQuery children)
{
    public async Task<ComplaintView?> GetAsync(long complaintId, DateOnly today, CancellationToken ct = default)
    {
        var complaint = await db.Complaints.Include(c => c.Points).FirstOrDefaultAsync(c => c.Id == complaintId, ct);
        if (complaint is null)
        {
            return null;
        }

        var file = await new CaseFiles(db).ComplaintAsync(complaintId, ct);
        var received = file.Facts.OfType<ComplaintReceived>().First();
        var appointments = await db.ComplaintAppointments.Where(a => a.ComplaintId == complaintId).OrderBy(a => a.From).ThenBy(a => a.Id).ToListAsync(ct);
        var names = await children.NamesAsync([complaint.ComplainantId, .. complaint.ChildId is { } c ? [c] : Array.Empty<long>(), .. appointments.Select(a => a.PersonId)], ct);
        var scope = Scope.Complaint(complaintId).ToString();
        var rows = await db.Duties.Where(d => d.Scope == scope || (d.Scope == Scope.Refusals && d.ComplaintId == complaintId)).ToListAsync(ct);
        var evaluation = (await records.RulesAsync(ct)).Complaints.Evaluate(file, today);

        return new ComplaintView(
            complaint.Id,
            complaint.Reference,
            complaint.ComplainantId,
            names.GetValueOrDefault(complaint.ComplainantId, "Unknown"),
            complaint.ChildId,
            complaint.ChildId is { } child ? names.GetValueOrDefault(child) : null,
            complaint.ReceivedOn,
            received,
            Points(complaint, file.Facts),
            ComplaintProgress.Of(file.Facts),
            appointments.Select(a => new AppointmentView(a.PersonId, names.GetValueOrDefault(a.PersonId, "Unknown"), a.Role, a.From, a.EndedOn)).ToList(),
            await children.LinesAsync(rows, today, ct),
            evaluation.Flags,
            file.Facts);
    }

    private static List<PointView> Points(Complaint complaint, IReadOnlyList<Fact> facts)
    {
        var excluded = facts.OfType<PointExcluded>().ToDictionary(f => f.PointId, f => f.Reason);
        var latest = new Dictionary<long, (PointOutcome Outcome, string At)>();
        foreach (var response in facts.OfType<ComplaintResponseFact>())
        {
            foreach (var (point, outcome) in response.Outcomes)
            {
                latest[point] = (outcome, ResponseName(response));
            }
        }

        return complaint.Points.OrderBy(p => p.Id)
            .Select(p => new PointView(
                p.Id,
                p.Reference,
                p.Summary,
                latest.TryGetValue(p.Id, out var l) ? l.Outcome : null,
                latest.TryGetValue(p.Id, out var at) ? at.At : null,
                excluded.GetValueOrDefault(p.Id)))
            .ToList();
    }

    public static string ResponseName(ComplaintResponseFact response) => response switch
    {
        Stage1ResponseSent => "stage 1 response",
        Stage2AdjudicationSent => "stage 2 adjudication",
        Stage3ReportIssued => "stage 3 panel report",
        _ => response.TypeName,
    };

    public static string OutcomeName(PointOutcome outcome) => outcome switch
    {
        PointOutcome.Upheld => "Upheld",
        PointOutcome.PartlyUpheld => "Partly upheld",
        PointOutcome.NotUpheld => "Not upheld",
        PointOutcome.Excluded => "Excluded",
        _ => outcome.ToString(),
    };

    public static string RoleName(AppointmentRole role) => role switch
    {
        AppointmentRole.InvestigatingOfficer => "Investigating officer",
        AppointmentRole.IndependentPerson => "Independent person",
        AppointmentRole.PanelMember => "Review panel member",
        _ => role.ToString(),
    };
}
