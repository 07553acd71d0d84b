using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Calendar;
using Safeguard.Complaints;

namespace Safeguard.Web.Features.Complaints.Remedies;

/// <summary>The deadlines an Ombudsman's decision gives, as a form offers them.</summary>
public static class OmbudsmanPeriods
{
    public static readonly IReadOnlyList<SelectListItem> Items =
    [
        new(OmbudsmanDeadline.Words(OmbudsmanPeriod.TwentyWorkingDays), "20-working-days"),
        new(OmbudsmanDeadline.Words(OmbudsmanPeriod.OneMonth), "one-month"),
        new(OmbudsmanDeadline.Words(OmbudsmanPeriod.ThreeMonths), "three-months"),
    ];

    /// <summary>The deadline chosen, counted from the decision with the council's calendar; null with an error when none was chosen.</summary>
    public static OmbudsmanDue? Read(ModelStateDictionary modelState, string key, string? value, WorkingDayCalendar calendar, DateOnly decision, string missing)
    {
        OmbudsmanPeriod? period = value switch
        {
            "20-working-days" => OmbudsmanPeriod.TwentyWorkingDays,
            "one-month" => OmbudsmanPeriod.OneMonth,
            "three-months" => OmbudsmanPeriod.ThreeMonths,
            _ => null,
        };
        if (period is null)
        {
            modelState.AddModelError(key, missing);
            return null;
        }

        return OmbudsmanDeadline.Of(calendar, decision, period.Value);
    }
}
