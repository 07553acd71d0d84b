namespace Safeguard.Calendar;

/// <summary>A one-off bank holiday change an administrator added after the product shipped.</summary>
public sealed class BankHolidayChangeRow
{
    public long Id { get; set; }

    public DateOnly Date { get; set; }

    public BankHolidayChangeKind Kind { get; set; }

    public DateOnly? MovedFrom { get; set; }

    public required string Name { get; set; }

    public required string AddedBy { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public BankHolidayChange ToChange() => new(Date, Kind, Name, MovedFrom);
}
