using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Policy;
using Safeguard.Recording;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

/// <summary>Changes one policy setting, with a reason; the policy service audits it and recounts every clock.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class ChangePolicyModel(PolicyService policy, CurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public int Current { get; private set; }

    public int Default { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Value = Current.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        int days = 0;
        if (string.IsNullOrWhiteSpace(Value))
        {
            ModelState.AddModelError(nameof(Value), "Enter the number of working days");
        }
        else if (!int.TryParse(Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out days))
        {
            ModelState.AddModelError(nameof(Value), "The number of working days must be a whole number, like 10");
        }
        else if (days == Current)
        {
            ModelState.AddModelError(nameof(Value), $"The setting is already {Current} working days. Enter a different number");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why the setting is changing");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await policy.ChangeAsync(Name, days, staff.Recorder(Reason!.Trim()), ct);
        if (result is Rejected rejected)
        {
            ModelState.AddModelError(rejected.Field == "value" ? nameof(Value) : string.Empty, rejected.Message);
            return Page();
        }

        return Redirect($"/admin/policy?changed={Uri.EscapeDataString(Name)}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!PolicySettings.Names.Contains(Name))
        {
            return false;
        }

        (Title, Description) = PolicySettingText.For(Name);
        Current = (await policy.CurrentAsync(ct)).Get(Name);
        Default = PolicySettings.Defaults.Get(Name);
        return true;
    }
}
