namespace Safeguard.Web.Features.Escalation;

/// <summary>One per application: keeps runs from overlapping (so an item is never emailed twice) and says when the last one ended.</summary>
public sealed class EscalationStatus
{
    private int _runs;

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset? LastRunAt { get; private set; }

    public int Runs => Volatile.Read(ref _runs);

    internal void Finished(DateTimeOffset at)
    {
        LastRunAt = at;
        Interlocked.Increment(ref _runs);
    }
}
