using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Pathway.Referrals;

public sealed class NewReferralInput
{
    public string? Name { get; set; }

    public DateParts BirthDate { get; set; } = new();

    public string? Team { get; set; }

    public DateParts ReceivedOn { get; set; } = new();

    public string? Source { get; set; }
}

/// <summary>A referral about a child new to the record: the child is added, then the referral is recorded.</summary>
[Authorize(Roles = RoleSets.Caseworkers)]
public sealed class NewReferralModel(SafeguardDbContext db, PeopleService people, CaseRecordService records, CurrentStaff staff, TimeProvider time) : PageModel
{
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.Name", "Form.BirthDate", "Form.Team", "Form.ReceivedOn", "Form.Source"];

    [BindProperty]
    public NewReferralInput Form { get; set; } = new();

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadTeamsAsync(ct);
        Form.Team = (await staff.GetAsync(ct)).TeamId?.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadTeamsAsync(ct);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var name = Form.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError("Form.Name", "Enter the child's full name");
        }
        else if (name.Length > 200)
        {
            ModelState.AddModelError("Form.Name", "The child's name must be 200 characters or fewer");
        }

        var born = Form.BirthDate.Read(ModelState, "Form.BirthDate", "the child's date of birth", notAfter: today);
        if (Teams.All(t => t.Value != Form.Team))
        {
            ModelState.AddModelError("Form.Team", "Select the team responsible for the child");
        }

        var received = Form.ReceivedOn.Read(ModelState, "Form.ReceivedOn", "the date the referral was received", notAfter: today);
        var source = Form.Source?.Trim();
        if (string.IsNullOrEmpty(source))
        {
            ModelState.AddModelError("Form.Source", "Enter who made the referral");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var by = staff.Recorder();
        var child = new Person
        {
            Reference = await NewReferenceAsync(ct),
            Kind = PersonKind.Child,
            DisplayName = name,
            BirthDate = born,
            TeamId = long.Parse(Form.Team!, CultureInfo.InvariantCulture),
        };
        if (await people.AddPersonAsync(child, by, ct) is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string>(), "Form.Name");
            return Page();
        }

        var result = await records.RecordAsync(new ReferralReceived { On = received!.Value, ChildId = child.Id, Source = source }, by, ct: ct);
        if (result is Rejected referralRejected)
        {
            RecordOutcome.ShowRejection(ModelState, referralRejected, new Dictionary<string, string>(), "Form.ReceivedOn");
            return Page();
        }

        TempData["Confirmation"] = $"Referral recorded for {name}, {child.Reference}";
        return Redirect($"/children/{child.Id}");
    }

    /// <summary>The next free child reference, CH-000123.</summary>
    private async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        var next = await db.People.CountAsync(p => p.Kind == PersonKind.Child, ct) + 1;
        while (await db.People.AnyAsync(p => p.Reference == $"CH-{next:D6}", ct))
        {
            next++;
        }

        return $"CH-{next:D6}";
    }

    private async Task LoadTeamsAsync(CancellationToken ct) =>
        Teams = await db.Teams.OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture)))
            .ToListAsync(ct);
}
