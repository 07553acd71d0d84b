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
}
