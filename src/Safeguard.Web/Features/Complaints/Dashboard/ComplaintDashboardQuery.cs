using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Recording;
using Safeguard.Rules;
using Safeguard.Web.Features.Dashboard;

namespace Safeguard.Web.Features.Complaints.Dashboard;

/// <summary>
/// How one complaint clock did in a period: of the duties due in it, how many were met on or before their due date,
/// met late, or are overdue today. Stage 1 and stage 2 responses whose time was extended are a row of their own.
/// </summary>
public sealed record StageTimeliness(string Rule, bool Extended, string Duty, int OnTime, int Late, int Overdue, int NotYetDue)
{
    /// <summary>The row's key in the page and the CSV: the rule id, with "-EXTENDED" for the extended clock.</summary>
    public string Key => Extended ? $"{Rule}-EXTENDED" : Rule;

    public int Decided => OnTime + Late + Overdue;

    public int? PercentOnTime => Decided == 0 ? null : (int)Math.Round(100.0 * OnTime / Decided, MidpointRounding.AwayFromZero);
}

/// <summary>The outcomes given to points of complaint in the responses at one stage sent in a period.</summary>
public sealed record StageOutcomes(string Stage, int Responses, int Upheld, int PartlyUpheld, int NotUpheld, int Excluded)
{
    public int Points => Upheld + PartlyUpheld + NotUpheld + Excluded;
}

/// <summary>A count of something the complaints manager must look at: a flag to decide on or a breach of the procedure.</summary>
public sealed record ComplaintConcern(string Key, string Concern, int Count);

/// <summary>The remedies of one kind agreed in a period: delivered, overdue today, not yet due, and the money.</summary>
public sealed record RemedyFigures(string Kind, int Agreed, int Delivered, int Overdue, int NotYetDue, decimal AmountAgreed, decimal AmountPaid);

/// <summary>Open agreed actions past their due date today, by how long overdue.</summary>
public sealed record OverdueBand(string Band, int Actions);

/// <summary>One overdue action: what, whose, and the complaint it came from (none for an action agreed outside a complaint).</summary>
public sealed record OverdueAction(long ActionId, string Reference, string Text, string? Owner, DateOnly Due, int DaysOverdue, long? ComplaintId, string? ComplaintReference);

public sealed record OverdueActions(int Total, IReadOnlyList<OverdueBand> Bands, IReadOnlyList<OverdueAction> Oldest);

/// <summary>
/// The complaints dashboard's figures. Clocks are counted by their due date in the period (as on the main dashboard);
/// responses, flags, breaches and remedies by the date they happened or were agreed; overdue actions as of today.
/// </summary>
public sealed class ComplaintDashboardQuery(SafeguardDbContext db, CaseRecordService records)
{
    public const int OldestShown = 5;

    /// <summary>The clocked duties of the procedure, in the order a complaint meets them.</summary>
    public static readonly IReadOnlyList<string> StageRules =
    [
        RuleIds.Acknowledge, RuleIds.Stage1Response, RuleIds.Stage2Start, RuleIds.Stage2Response, RuleIds.Stage3Panel,
        RuleIds.Stage3Report, RuleIds.Stage3Response, RuleIds.DecisionNotice,
    ];

    private static readonly string[] ExtendableRules = [RuleIds.Stage1Response, RuleIds.Stage2Response];

    private static readonly (string Type, string Stage)[] ResponseTypes =
    [
        ("stage-1-response-sent", "Stage 1 response"),
        ("stage-2-adjudication-sent", "Stage 2 adjudication"),
        ("stage-3-report-issued", "Stage 3 review panel report"),
    ];

    private static readonly string[] Breaches = [RuleIds.Stage3Refused, RuleIds.ActionSmart, RuleIds.RemedyConsidered];

    /// <summary>Timeliness per clock, counted by the database (GROUP BY rule and whether the clock was extended).</summary>
    public async Task<List<StageTimeliness>> TimelinessAsync(Period period, DateOnly today, CancellationToken ct = default)
    {
        var counts = await db.Duties
            .Where(d => StageRules.Contains(d.Rule) && d.Due != null && d.Due >= period.From && d.Due <= period.To
                && (d.Outcome == DutyOutcome.Met || d.Outcome == DutyOutcome.Late || d.Outcome == DutyOutcome.Open))
            .GroupBy(d => new { d.Rule, Extended = d.Counting != null && d.Counting.Contains("(extended on") })
            .Select(g => new
            {
                g.Key.Rule,
                g.Key.Extended,
                OnTime = g.Count(d => d.Outcome == DutyOutcome.Met),
                Late = g.Count(d => d.Outcome == DutyOutcome.Late),
                Overdue = g.Count(d => d.Outcome == DutyOutcome.Open && d.Due < today),
                NotYetDue = g.Count(d => d.Outcome == DutyOutcome.Open && d.Due >= today),
            })
            .ToListAsync(ct);

        // Every clock has its row, so a stage with nothing due shows 0 rather than disappearing.
        var rows = new List<StageTimeliness>();
        foreach (var rule in StageRules)
        {
            foreach (var extended in ExtendableRules.Contains(rule) ? [false, true] : new[] { false })
            {
                var c = counts.FirstOrDefault(c => c.Rule == rule && c.Extended == extended);
                rows.Add(new StageTimeliness(rule, extended, DutyName(rule, extended), c?.OnTime ?? 0, c?.Late ?? 0, c?.Overdue ?? 0, c?.NotYetDue ?? 0));
            }
        }

        return rows;
    }

    /// <summary>Points by outcome in the responses sent in the period; the outcomes are in each response's own record, so those facts are read.</summary>
    public async Task<List<StageOutcomes>> OutcomesAsync(Period period, CancellationToken ct = default)
    {
        var types = ResponseTypes.Select(r => r.Type).ToArray();
        var superseded = db.Facts.Where(f => f.SupersedesId != null).Select(f => f.SupersedesId!.Value);
        var responses = await CaseFiles.FactsAsync(
            db.Facts.Where(f => types.Contains(f.Type) && f.OccurredOn >= period.From && f.OccurredOn <= period.To && !superseded.Contains(f.Id)),
            ct);

        return ResponseTypes.Select(r =>
        {
            var sent = responses.OfType<ComplaintResponseFact>().Where(f => f.TypeName == r.Type).ToList();
            var outcomes = sent.SelectMany(f => f.Outcomes.Values).ToList();
            return new StageOutcomes(
                r.Stage,
                sent.Count,
                outcomes.Count(o => o == PointOutcome.Upheld),
                outcomes.Count(o => o == PointOutcome.PartlyUpheld),
                outcomes.Count(o => o == PointOutcome.NotUpheld),
                outcomes.Count(o => o == PointOutcome.Excluded));
        }).ToList();
    }

    /// <summary>
    /// Late requests and late complaints (flags the rules raise for the complaints manager to decide on) and breaches
    /// of the procedure, dated in the period.
    /// </summary>
    public async Task<List<ComplaintConcern>> ConcernsAsync(Period period, DateOnly today, CancellationToken ct = default)
    {
        // Flags are not stored, so each complaint received or asked to go further in the period is evaluated again.
        // Councils receive tens of children's complaints a year, not thousands, so this stays cheap.
        string[] flagged = ["complaint-received", "stage-2-requested", "stage-3-requested"];
        var complaintIds = await db.Facts
            .Where(f => flagged.Contains(f.Type) && f.ComplaintId != null && f.OccurredOn >= period.From && f.OccurredOn <= period.To)
            .Select(f => f.ComplaintId!.Value)
            .Distinct()
            .ToListAsync(ct);
        var rules = (await records.RulesAsync(ct)).Complaints;
        var files = new CaseFiles(db);
        var flags = new List<ComplaintFlag>();
        foreach (var id in complaintIds)
        {
            flags.AddRange(rules.Evaluate(await files.ComplaintAsync(id, ct), today).Flags.Where(f => f.On >= period.From && f.On <= period.To));
        }

        var breaches = await db.Duties
            .Where(d => Breaches.Contains(d.Rule) && d.StartedOn >= period.From && d.StartedOn <= period.To)
            .GroupBy(d => d.Rule)
            .Select(g => new { Rule = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        return
        [
            new("late-request", "Requests for stage 2 or 3 more than 20 working days after the response (to decide on)", flags.Count(f => f.Kind == "late-request")),
            new("late-complaint", "Complaints made more than a year after the matter arose, with no decision to consider them (to decide on)", flags.Count(f => f.Kind == "late-complaint")),
            .. Breaches.Select(rule => new ComplaintConcern(rule, RuleCatalogue.Get(rule).Name, breaches.FirstOrDefault(b => b.Rule == rule)?.Count ?? 0)),
        ];
    }

    /// <summary>The remedies agreed in the period by kind: delivered, overdue today or not yet due, and the payments agreed and paid.</summary>
    public async Task<List<RemedyFigures>> RemediesAsync(Period period, DateOnly today, CancellationToken ct = default)
    {
        var agreed = db.Facts.Where(f => f.Type == "remedy-agreed" && f.RemedyId != null && f.OccurredOn >= period.From && f.OccurredOn <= period.To)
            .Select(f => f.RemedyId!.Value);
        var delivered = db.Facts.Where(f => f.Type == "remedy-delivered" && f.RemedyId != null).Select(f => f.RemedyId!.Value);
        var remedies = await db.Remedies.Where(r => agreed.Contains(r.Id))
            .Select(r => new { r.Kind, r.Amount, r.Due, Delivered = delivered.Contains(r.Id) })
            .ToListAsync(ct);

        return Enum.GetValues<RemedyKind>().Select(kind =>
        {
            var ofKind = remedies.Where(r => r.Kind == kind).ToList();
            return new RemedyFigures(
                KindName(kind),
                ofKind.Count,
                ofKind.Count(r => r.Delivered),
                ofKind.Count(r => !r.Delivered && r.Due < today),
                ofKind.Count(r => !r.Delivered && r.Due >= today),
                ofKind.Sum(r => r.Amount ?? 0),
                ofKind.Where(r => r.Delivered).Sum(r => r.Amount ?? 0));
        }).ToList();
    }

    /// <summary>Every agreed action still not done after its due date, by how long, and the oldest few.</summary>
    public async Task<OverdueActions> OverdueActionsAsync(DateOnly today, CancellationToken ct = default)
    {
        var overdue = db.Duties.Where(d => d.Rule == RuleIds.ActionOverdue && d.Outcome == DutyOutcome.Open && d.Due < today && d.ActionId != null);
        var dues = await overdue.Select(d => d.Due!.Value).ToListAsync(ct);
        var oldest = await overdue.OrderBy(d => d.Due).ThenBy(d => d.ActionId).Take(OldestShown)
            .Join(db.Actions, d => d.ActionId, a => a.Id, (d, a) => new { a.Id, a.Reference, a.Text, a.OwnerPersonId, a.OwnerDescription, Due = d.Due!.Value, a.ComplaintId })
            .ToListAsync(ct);
        var ownerIds = oldest.Where(a => a.OwnerPersonId != null).Select(a => a.OwnerPersonId!.Value).Distinct().ToList();
        var owners = await db.People.Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        var complaintIds = oldest.Where(a => a.ComplaintId != null).Select(a => a.ComplaintId!.Value).Distinct().ToList();
        var complaints = await db.Complaints.Where(c => complaintIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);

        OverdueBand Band(string name, Func<int, bool> days) => new(name, dues.Count(d => days(today.DayNumber - d.DayNumber)));
        return new OverdueActions(
            dues.Count,
            [Band("Up to 30 days overdue", d => d <= 30), Band("31 to 90 days overdue", d => d is > 30 and <= 90), Band("More than 90 days overdue", d => d > 90)],
            oldest.Select(a => new OverdueAction(
                a.Id,
                a.Reference,
                a.Text,
                a.OwnerPersonId is { } owner ? owners.GetValueOrDefault(owner) : a.OwnerDescription,
                a.Due,
                today.DayNumber - a.Due.DayNumber,
                a.ComplaintId,
                a.ComplaintId is { } c ? complaints.GetValueOrDefault(c) : null)).ToList());
    }

    public static string KindName(RemedyKind kind) => kind switch
    {
        RemedyKind.Apology => "Apologies",
        RemedyKind.Payment => "Payments",
        RemedyKind.Other => "Other remedies",
        _ => kind.ToString(),
    };

    private static string DutyName(string rule, bool extended) => (rule, extended) switch
    {
        (RuleIds.Stage1Response, false) => "Stage 1 response within 10 working days",
        (RuleIds.Stage1Response, true) => "Stage 1 response within 20 working days, extended",
        (RuleIds.Stage2Response, false) => "Stage 2 adjudication within 25 working days",
        (RuleIds.Stage2Response, true) => "Stage 2 adjudication within 65 working days, extended",
        _ => RuleCatalogue.Get(rule).Name,
    };
}
