using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

public sealed record HolidayYear(int Year, IReadOnlyList<BankHoliday> Holidays);

/// <summary>This year's and next year's bank holidays, the changes administrators added, and a recount of every clock.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class CalendarModel(SafeguardDbContext db, CalendarSource calendars, TimeProvider time, ClockRecount recount) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Added { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Recounted { get; set; }

    public List<HolidayYear> Years { get; private set; } = [];

    public List<BankHolidayChangeRow> Changes { get; private set; } = [];

    public HashSet<DateOnly> ChangedDates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var calendar = calendars.Current;
        var year = DateOnly.FromDateTime(time.GetLocalNow().DateTime).Year;
        Years = [new HolidayYear(year, calendar.HolidaysIn(year)), new HolidayYear(year + 1, calendar.HolidaysIn(year + 1))];
        Changes = [.. (await db.BankHolidayChanges.AsNoTracking().ToListAsync(ct)).OrderByDescending(c => c.Date)];
        ChangedDates = Changes.Select(c => c.Date).ToHashSet();
    }

    public async Task<IActionResult> OnPostRecountAsync(CancellationToken ct)
    {
        var count = await recount.RunAsync(ct);
        return Redirect($"/admin/calendar?recounted={count}");
    }
}
