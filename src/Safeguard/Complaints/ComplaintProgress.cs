using Safeguard.Facts;

namespace Safeguard.Complaints;

/// <summary>Which steps of the procedure a complaint has been through: what an order check needs.</summary>
public sealed record ComplaintProgress
{
    public bool Deferred { get; private init; }

    public bool Closed { get; private init; }

    public bool Stage1Responded { get; private init; }

    public bool Stage2Requested { get; private init; }

    public bool StatementAgreed { get; private init; }

    public bool AdjudicationSent { get; private init; }

    public bool Stage3Requested { get; private init; }

    public bool Stage3Declined { get; private init; }

    public bool PanelAppointed { get; private init; }

    public bool PanelHeld { get; private init; }

    public bool ReportIssued { get; private init; }

    public bool Stage3Responded { get; private init; }

    public static ComplaintProgress Of(IEnumerable<Fact> facts)
    {
        var progress = new ComplaintProgress();
        foreach (var fact in facts)
        {
            progress = fact switch
            {
                ComplaintDeferred => progress with { Deferred = true },
                ComplaintResumed => progress with { Deferred = false },
                ComplaintClosed => progress with { Closed = true },
                Stage1ResponseSent => progress with { Stage1Responded = true },
                Complaints.Stage2Requested => progress with { Stage2Requested = true },
                Stage2StatementAgreed => progress with { StatementAgreed = true },
                Stage2AdjudicationSent => progress with { AdjudicationSent = true },
                Complaints.Stage3Requested => progress with { Stage3Requested = true, Stage3Declined = false },
                Complaints.Stage3Declined => progress with { Stage3Declined = true },
                Stage3PanelAppointed => progress with { PanelAppointed = true },
                Stage3PanelHeld => progress with { PanelHeld = true },
                Stage3ReportIssued => progress with { ReportIssued = true },
                Stage3ResponseSent => progress with { Stage3Responded = true },
                _ => progress,
            };
        }

        return progress;
    }
}
