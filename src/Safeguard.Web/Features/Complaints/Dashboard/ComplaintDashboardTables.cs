using Safeguard.Web.Components;
using Safeguard.Web.Features.Dashboard;

namespace Safeguard.Web.Features.Complaints.Dashboard;

/// <summary>The complaints dashboard's tables by name, for the CSV downloads and the API, with the same columns as on the page.</summary>
public sealed class ComplaintDashboardTables(ComplaintDashboardQuery query)
{
    public const string Timeliness = "timeliness";
    public const string Outcomes = "outcomes";
    public const string Concerns = "late-requests-and-breaches";
    public const string Remedies = "remedies";
    public const string OverdueActions = "overdue-actions";
    public const string OldestOverdueActions = "oldest-overdue-actions";

    public static readonly IReadOnlyList<string> Names = [Timeliness, Outcomes, Concerns, Remedies, OverdueActions, OldestOverdueActions];

    /// <summary>Tables counted as of today, whatever the period.</summary>
    public static bool AsOfToday(string table) => table is OverdueActions or OldestOverdueActions;

    /// <summary>The rows of a table (null for no such table), as the API returns them.</summary>
    public async Task<object?> RowsAsync(string table, Period period, DateOnly today, CancellationToken ct = default) => table switch
    {
        Timeliness => await query.TimelinessAsync(period, today, ct),
        Outcomes => await query.OutcomesAsync(period, ct),
        Concerns => await query.ConcernsAsync(period, today, ct),
        Remedies => await query.RemediesAsync(period, today, ct),
        OverdueActions => (await query.OverdueActionsAsync(today, ct)).Bands,
        OldestOverdueActions => (await query.OverdueActionsAsync(today, ct)).Oldest,
        _ => null,
    };

    /// <summary>A table as CSV; null for no such table.</summary>
    public async Task<CsvFile?> CsvAsync(string table, Period period, DateOnly today, CancellationToken ct = default) =>
        await RowsAsync(table, period, today, ct) switch
        {
            List<StageTimeliness> rows => ForTimeliness(rows),
            List<StageOutcomes> rows => ForOutcomes(rows),
            List<ComplaintConcern> rows => ForConcerns(rows),
            List<RemedyFigures> rows => ForRemedies(rows),
            IReadOnlyList<OverdueBand> rows => ForOverdue(rows),
            IReadOnlyList<OverdueAction> rows => ForOldest(rows),
            _ => null,
        };

    public static CsvFile ForTimeliness(IEnumerable<StageTimeliness> rows)
    {
        var csv = new CsvFile("Rule", "Duty", "On time", "Late", "Overdue", "Not yet due", "% on time");
        foreach (var r in rows)
        {
            csv.Row(r.Key, r.Duty, r.OnTime, r.Late, r.Overdue, r.NotYetDue, r.PercentOnTime);
        }

        return csv;
    }

    public static CsvFile ForOutcomes(IEnumerable<StageOutcomes> rows)
    {
        var csv = new CsvFile("Stage", "Responses", "Points", "Upheld", "Partly upheld", "Not upheld", "Excluded");
        foreach (var r in rows)
        {
            csv.Row(r.Stage, r.Responses, r.Points, r.Upheld, r.PartlyUpheld, r.NotUpheld, r.Excluded);
        }

        return csv;
    }

    public static CsvFile ForConcerns(IEnumerable<ComplaintConcern> rows)
    {
        var csv = new CsvFile("Key", "Concern", "Count");
        foreach (var r in rows)
        {
            csv.Row(r.Key, r.Concern, r.Count);
        }

        return csv;
    }

    public static CsvFile ForRemedies(IEnumerable<RemedyFigures> rows)
    {
        var csv = new CsvFile("Remedy", "Agreed", "Delivered", "Overdue", "Not yet due", "Amount agreed (£)", "Amount paid (£)");
        foreach (var r in rows)
        {
            csv.Row(r.Kind, r.Agreed, r.Delivered, r.Overdue, r.NotYetDue, r.AmountAgreed, r.AmountPaid);
        }

        return csv;
    }

    public static CsvFile ForOverdue(IEnumerable<OverdueBand> rows)
    {
        var csv = new CsvFile("How long overdue", "Actions");
        foreach (var r in rows)
        {
            csv.Row(r.Band, r.Actions);
        }

        return csv;
    }

    public static CsvFile ForOldest(IEnumerable<OverdueAction> rows)
    {
        var csv = new CsvFile("Action", "What", "Owner", "Due", "Days overdue", "Complaint");
        foreach (var r in rows)
        {
            csv.Row(r.Reference, r.Text, r.Owner, r.Due, r.DaysOverdue, r.ComplaintReference);
        }

        return csv;
    }
}
