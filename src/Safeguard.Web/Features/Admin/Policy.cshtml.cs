using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Policy;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Admin;

public sealed record PolicySettingLine(string Name, string Title, string Description, int Value, int Default);

/// <summary>Every local policy setting with its value and the catalogue's default.</summary>
[Authorize(Roles = RoleSets.Administrators)]
public sealed class PolicyModel(PolicyService policy) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Changed { get; set; }

    public List<PolicySettingLine> Settings { get; private set; } = [];

    public PolicySettingLine? ChangedSetting => Settings.FirstOrDefault(s => s.Name == Changed);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await policy.CurrentAsync(ct);
        Settings = PolicySettings.Names
            .Select(name =>
            {
                var (title, description) = PolicySettingText.For(name);
                return new PolicySettingLine(name, title, description, current.Get(name), PolicySettings.Defaults.Get(name));
            })
            .ToList();
    }
}
