using Microsoft.EntityFrameworkCore;
using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.Recording;

namespace Safeguard.Calendar;

/// <summary>
/// One-off bank holiday changes an administrator adds after a release (a proclaimed day, a moved holiday). The
/// council's calendar is the shipped changes plus these.
/// </summary>
public sealed class CalendarAdministration(SafeguardDbContext db, TimeProvider time)
{
    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct = default)
    {
        var added = await db.BankHolidayChanges.OrderBy(c => c.Date).ToListAsync(ct);
        return added.Count == 0
            ? WorkingDayCalendar.EnglandAndWales
            : new WorkingDayCalendar(ShippedBankHolidayChanges.All.Concat(added.Select(c => c.ToChange())));
    }

    public async Task<RecordResult> AddChangeAsync(BankHolidayChange change, Recorder by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(change.Name))
        {
            return new Rejected("name", "Enter the name of the bank holiday.");
        }

        if (change.Kind == BankHolidayChangeKind.Moved && change.MovedFrom is null)
        {
            return new Rejected("movedFrom", "Enter the date the holiday moved from.");
        }

        var current = await CalendarAsync(ct);
        if (current.IsBankHoliday(change.Date))
        {
            return new Rejected("date", $"{change.Date:yyyy-MM-dd} is already a bank holiday.");
        }

        if (change.MovedFrom is { } from && !current.IsBankHoliday(from))
        {
            return new Rejected("movedFrom", $"{from:yyyy-MM-dd} is not a bank holiday, so nothing can move from it.");
        }

        var row = new BankHolidayChangeRow { Date = change.Date, Kind = change.Kind, MovedFrom = change.MovedFrom, Name = change.Name.Trim(), AddedBy = by.User, AddedAt = time.GetUtcNow() };
        db.BankHolidayChanges.Add(row);
        db.AuditEntries.Add(new AuditEntry { At = time.GetUtcNow(), Actor = by.User, Action = "add bank holiday change", Subject = $"calendar:{change.Date:yyyy-MM-dd}", Reason = by.Reason, Origin = by.Origin });
        await db.SaveChangesAsync(ct);
        return new Recorded(0, row.Id);
    }
}
