using Safeguard.Complaints;

namespace Safeguard.Web.Features.Complaints.Responses;

/// <summary>The responses a complaints manager sends (or, for the panel's report, records): one per stage.</summary>
public enum ResponseStage { Stage1, Stage2, PanelReport, Stage3 }

public static class ResponseStages
{
    public static readonly IReadOnlyList<ResponseStage> All = [ResponseStage.Stage1, ResponseStage.Stage2, ResponseStage.PanelReport, ResponseStage.Stage3];

    public static ResponseStage? Parse(string? slug) => All.Cast<ResponseStage?>().FirstOrDefault(s => Slug(s!.Value) == slug);

    public static string Slug(ResponseStage stage) => stage switch
    {
        ResponseStage.Stage1 => "stage-1",
        ResponseStage.Stage2 => "stage-2",
        ResponseStage.PanelReport => "panel-report",
        _ => "stage-3",
    };

    /// <summary>What is sent, for headings and links: "the stage 1 response".</summary>
    public static string Name(ResponseStage stage) => stage switch
    {
        ResponseStage.Stage1 => "stage 1 response",
        ResponseStage.Stage2 => "stage 2 adjudication",
        ResponseStage.PanelReport => "review panel's report",
        _ => "stage 3 response",
    };

    /// <summary>Whether the manager gives an outcome for each point (the panel's outcomes carry over to the stage 3 response).</summary>
    public static bool AsksOutcomes(ResponseStage stage) => stage != ResponseStage.Stage3;

    /// <summary>Whether a letter goes to the complainant (the panel's report reaches them with the stage 3 response).</summary>
    public static bool SendsLetter(ResponseStage stage) => stage != ResponseStage.PanelReport;

    /// <summary>Why this response cannot be recorded now, following the procedure's order; null when it can.</summary>
    public static string? NotNow(ResponseStage stage, ComplaintProgress progress) => progress switch
    {
        { Closed: true } => "This complaint is closed.",
        { Deferred: true } => "This complaint is deferred: record that it has resumed first.",
        _ => stage switch
        {
            ResponseStage.Stage1 => progress.Stage1Responded ? "The stage 1 response has already been sent." : null,
            ResponseStage.Stage2 => !progress.StatementAgreed ? "The stage 2 statement of complaint has not been agreed."
                : progress.AdjudicationSent ? "The stage 2 adjudication has already been sent." : null,
            ResponseStage.PanelReport => !progress.PanelHeld || progress.Stage3Declined ? "The review panel has not been held."
                : progress.ReportIssued ? "The panel's report has already been recorded." : null,
            _ => !progress.ReportIssued ? "The panel's report has not been recorded."
                : progress.Stage3Responded ? "The council has already responded to the panel." : null,
        },
    };

    /// <summary>The response that comes next, if any can be recorded now.</summary>
    public static ResponseStage? Next(ComplaintProgress progress) =>
        All.Cast<ResponseStage?>().FirstOrDefault(s => NotNow(s!.Value, progress) is null);

    public static ComplaintResponseFact? OutcomesFact(ResponseStage stage, long complaintId, DateOnly on, IReadOnlyDictionary<long, PointOutcome> outcomes) => stage switch
    {
        ResponseStage.Stage1 => new Stage1ResponseSent { On = on, ComplaintId = complaintId, Outcomes = outcomes },
        ResponseStage.Stage2 => new Stage2AdjudicationSent { On = on, ComplaintId = complaintId, Outcomes = outcomes },
        ResponseStage.PanelReport => new Stage3ReportIssued { On = on, ComplaintId = complaintId, Outcomes = outcomes },
        _ => null,
    };
}
