namespace Safeguard.Complaints;

public sealed class Complaint
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public long ComplainantId { get; set; }

    public long? ChildId { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public List<ComplaintPoint> Points { get; set; } = [];
}

public sealed class ComplaintPoint
{
    public long Id { get; set; }

    public long ComplaintId { get; set; }

    public required string Reference { get; set; }

    public required string Summary { get; set; }
}

public sealed class Recommendation
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public long ComplaintId { get; set; }

    public RecommendationSource Source { get; set; }

    public required string Text { get; set; }
}

public sealed class AgreedAction
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public long? ComplaintId { get; set; }

    public long? RecommendationId { get; set; }

    public required string Text { get; set; }

    public long? OwnerPersonId { get; set; }

    public string? OwnerDescription { get; set; }

    public DateOnly? Due { get; set; }

    public string? Measure { get; set; }
}

public sealed class Remedy
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public long ComplaintId { get; set; }

    public RemedyKind Kind { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly Due { get; set; }

    public string? Description { get; set; }

    public long? OwnerPersonId { get; set; }
}

/// <summary>
/// Someone appointed to one complaint: an investigating officer, an independent person or a panel member. While it
/// lasts (until it is ended or the complaint closes) it is their only way into the complaint and the child it concerns.
/// </summary>
public sealed class ComplaintAppointment
{
    public long Id { get; set; }

    public long ComplaintId { get; set; }

    public long PersonId { get; set; }

    public AppointmentRole Role { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? EndedOn { get; set; }
}

/// <summary>
/// An overdue action or remedy escalated to its owner and the senior managers: one notice per item and due date, so
/// the email goes once; a new due date escalates again.
/// </summary>
public sealed class EscalationNotice
{
    public long Id { get; set; }

    public long? ActionId { get; set; }

    public long? RemedyId { get; set; }

    public DateOnly Due { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>The addresses it was sent to, comma-separated.</summary>
    public required string SentTo { get; set; }
}
