namespace Safeguard.Calendar;

public enum BankHolidayChangeKind
{
    /// <summary>A proclaimed day in addition to the regular ones (a jubilee, a state funeral).</summary>
    Extra,

    /// <summary>A regular holiday moved to another date; <see cref="BankHolidayChange.MovedFrom"/> is no longer a holiday.</summary>
    Moved,
}

/// <summary>A one-off change to the regular England and Wales bank holidays.</summary>
public sealed record BankHolidayChange(DateOnly Date, BankHolidayChangeKind Kind, string Name, DateOnly? MovedFrom = null)
{
    public void EnsureValid()
    {
        if (Kind == BankHolidayChangeKind.Moved && MovedFrom is null)
        {
            throw new ArgumentException($"The change on {Date:yyyy-MM-dd} moves a holiday but does not say from which date.");
        }

        if (Kind == BankHolidayChangeKind.Extra && MovedFrom is not null)
        {
            throw new ArgumentException($"The change on {Date:yyyy-MM-dd} is an extra day, so it cannot be moved from another date.");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ArgumentException($"The change on {Date:yyyy-MM-dd} needs a name.");
        }
    }
}

public sealed record BankHoliday(DateOnly Date, string Name);
