using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

/// <summary>Adds a one-off bank holiday (an extra day or a moved one) and reloads the calendar new clocks use.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class AddBankHolidayModel(CalendarAdministration administration, CalendarSource calendars, SafeguardDbContext db, TimeProvider time, CurrentStaff staff) : PageModel
{
    public const string Extra = "extra";
    public const string Moved = "moved";

    [BindProperty]
    public DateParts Date { get; set; } = new();

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateParts MovedFrom { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public IEnumerable<SelectListItem> Kinds =>
    [
        new("An extra bank holiday, such as a jubilee or a state funeral", Extra),
        new("A regular bank holiday moved to this date", Moved),
    ];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = Date.Read(ModelState, nameof(Date), "the date of the bank holiday");
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the name of the bank holiday");
        }

        if (Kind is not (Extra or Moved))
        {
            ModelState.AddModelError(nameof(Kind), "Select whether it is an extra bank holiday or a moved one");
        }

        DateOnly? movedFrom = Kind == Moved ? MovedFrom.Read(ModelState, nameof(MovedFrom), "the date the bank holiday moved from") : null;
        var calendar = calendars.Current;
        if (date is { } day && calendar.IsBankHoliday(day))
        {
            var existing = calendar.HolidaysIn(day.Year).First(h => h.Date == day);
            ModelState.AddModelError(nameof(Date), $"{Long(day)} is already a bank holiday ({existing.Name}). Enter a different date");
        }

        if (movedFrom is { } from && !calendar.IsBankHoliday(from))
        {
            ModelState.AddModelError(nameof(MovedFrom), $"{Long(from)} is not a bank holiday, so nothing can move from it. Enter the date of the regular bank holiday");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why the calendar is changing");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var change = new BankHolidayChange(date!.Value, Kind == Moved ? BankHolidayChangeKind.Moved : BankHolidayChangeKind.Extra, Name!.Trim(), movedFrom);
        var result = await administration.AddChangeAsync(change, staff.Recorder(Reason!.Trim()), ct);
        if (result is Rejected rejected)
        {
            ModelState.AddModelError(rejected.Field switch { "date" => nameof(Date), "name" => nameof(Name), "movedFrom" => nameof(MovedFrom), _ => string.Empty }, rejected.Message);
            return Page();
        }

        await calendars.ReloadAsync(db, time, ct);
        return Redirect($"/admin/calendar?added={date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
