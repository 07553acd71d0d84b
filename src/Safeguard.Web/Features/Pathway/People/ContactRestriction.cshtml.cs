using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Pathway.People;

public sealed class ContactRestrictionInput
{
    public string? Restricted { get; set; }

    public List<string> Protects { get; set; } = [];

    public DateParts On { get; set; } = new();

    /// <summary>A person's id, <see cref="ContactRestrictionModel.NewSafeRoute"/> or <see cref="ContactRestrictionModel.NoSafeRoute"/>.</summary>
    public string? SafeRoute { get; set; }

    public string? SafeRouteName { get; set; }

    public string? SafeRouteRole { get; set; }
}

/// <summary>
/// Records that one of the child's adults must not receive correspondence that would reach the people the restriction
/// protects, and the safe route (an IDVA, say) that correspondence goes through instead.
/// </summary>
[Authorize(Roles = RoleSets.Caseworkers)]
public sealed class ContactRestrictionModel(
    SafeguardDbContext db,
    ChildGate gate,
    ChildRecordQuery query,
    PathwayLookups lookups,
    PeopleService people,
    CaseRecordService records,
    CurrentStaff staff,
    TimeProvider time) : PageModel
{
    public const string NewSafeRoute = "new";
    public const string NoSafeRoute = "none";

    public static readonly IReadOnlyList<SelectListItem> SafeRouteRoles = [new("Independent domestic violence advisor (IDVA)", nameof(StaffRole.Idva)), new("Someone else", nameof(StaffRole.Other))];

    private static readonly Dictionary<string, string> ServiceFields = new()
    {
        ["person"] = "Form.Restricted",
        ["protects"] = "Form.Protects",
        ["via"] = "Form.SafeRoute",
    };

    public static readonly IReadOnlyList<string> FieldOrder = ["Form.Restricted", "Form.Protects", "Form.On", "Form.SafeRoute", "Form.SafeRouteName", "Form.SafeRouteRole"];

    [BindProperty]
    public ContactRestrictionInput Form { get; set; } = new();

    public ChildSummary Child { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Adults { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Protectable { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SafeRoutes { get; private set; } = [];

    public RefusalNotice? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "form contact restriction", ct) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        if (Adults.All(a => a.Value != Form.Restricted))
        {
            ModelState.AddModelError("Form.Restricted", "Select who must not receive correspondence");
        }

        var protects = Form.Protects.Distinct().ToList();
        if (protects.Count == 0 || protects.Any(p => Protectable.All(c => c.Value != p)))
        {
            ModelState.AddModelError("Form.Protects", "Select who the correspondence must not reach");
        }
        else if (protects.Contains(Form.Restricted ?? ""))
        {
            ModelState.AddModelError("Form.Protects", "The person under the restriction cannot also be protected by it");
        }

        var on = Form.On.Read(ModelState, "Form.On", "the date of the restriction", notAfter: today);
        var safeRouteName = Form.SafeRouteName?.Trim();
        if (Form.SafeRoute == NewSafeRoute)
        {
            if (string.IsNullOrEmpty(safeRouteName))
            {
                ModelState.AddModelError("Form.SafeRouteName", "Enter the name of the safe route person");
            }

            if (SafeRouteRoles.All(r => r.Value != Form.SafeRouteRole))
            {
                ModelState.AddModelError("Form.SafeRouteRole", "Select the safe route person's role");
            }
        }
        else if (SafeRoutes.All(r => r.Value != Form.SafeRoute))
        {
            ModelState.AddModelError("Form.SafeRoute", "Select the safe route, or that there is none");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var by = staff.Recorder();
        long? via = Form.SafeRoute switch
        {
            NoSafeRoute => null,
            NewSafeRoute => null,
            var chosen => long.Parse(chosen!, CultureInfo.InvariantCulture),
        };
        if (Form.SafeRoute == NewSafeRoute)
        {
            var route = new Person
            {
                Reference = $"SR-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
                Kind = PersonKind.Staff,
                StaffRole = Enum.Parse<StaffRole>(Form.SafeRouteRole!),
                DisplayName = safeRouteName,
                Qualified = false,
            };
            if (await people.AddPersonAsync(route, by, ct) is Rejected rejected)
            {
                RecordOutcome.ShowRejection(ModelState, rejected, ServiceFields, "Form.SafeRouteName");
                return Page();
            }

            via = route.Id;
        }

        var fact = new ContactRestrictionRecorded
        {
            On = on!.Value,
            PersonId = long.Parse(Form.Restricted!, CultureInfo.InvariantCulture),
            Protects = protects.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToList(),
            ViaId = via,
        };
        switch (await records.RecordAsync(fact, by, ct: ct))
        {
            case Refused refused:
                Refusal = await lookups.RefusalAsync(refused, ct);
                return Page();
            case Rejected rejected:
                RecordOutcome.ShowRejection(ModelState, rejected, ServiceFields, "Form.Restricted");
                return Page();
            default:
                TempData["Confirmation"] = "Contact restriction recorded";
                return Redirect($"/children/{id}");
        }
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        Child = (await query.SummaryAsync(id, ct))!;
        var adults = await lookups.ChildsAdultsAsync(id, ct);
        Adults = adults.Select(a => new SelectListItem(a.Text, Id(a.Id))).ToList();
        Protectable = [new SelectListItem($"{Child.Name} (the child)", Id(Child.Id)), .. Adults.Select(a => new SelectListItem(a.Text, a.Value))];

        // Safe routes are the IDVAs on the record and anyone already named as a safe route.
        var usedRoutes = db.ContactRestrictions.Where(r => r.ViaPersonId != null).Select(r => r.ViaPersonId!.Value);
        var routes = await db.People.Where(p => (p.Kind == PersonKind.Staff && p.StaffRole == StaffRole.Idva) || usedRoutes.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.DisplayName ?? p.Reference, p.StaffRole })
            .ToListAsync(ct);
        SafeRoutes =
        [
            .. routes.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new SelectListItem(r.StaffRole == StaffRole.Idva ? $"{r.Name} (IDVA)" : r.Name, Id(r.Id))),
            new SelectListItem("Someone not on the record yet (give their name below)", NewSafeRoute),
            new SelectListItem("There is no safe route", NoSafeRoute),
        ];
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
