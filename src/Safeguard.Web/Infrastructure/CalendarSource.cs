using Safeguard.Calendar;
using Safeguard.Data;

namespace Safeguard.Web.Infrastructure;

/// <summary>
/// The council's working-day calendar: the shipped bank holidays plus the changes an administrator has added. It is
/// loaded at start-up and again whenever an administrator adds a change, so every clock counts the same days.
/// </summary>
public sealed class CalendarSource
{
    private volatile WorkingDayCalendar _current = WorkingDayCalendar.EnglandAndWales;

    public WorkingDayCalendar Current => _current;

    public async Task ReloadAsync(SafeguardDbContext db, TimeProvider time, CancellationToken ct = default) =>
        _current = await new CalendarAdministration(db, time).CalendarAsync(ct);

}
