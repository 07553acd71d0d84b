using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.People;
using Safeguard.Recording;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Pathway.People;

public sealed class AddPersonInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? ParentalResponsibility { get; set; }
}

/// <summary>Adds an adult in the child's life: who they are to the child, and whether they hold parental responsibility.</summary>
[Authorize(Roles = RoleSets.Caseworkers)]
public sealed class AddPersonModel(ChildGate gate, ChildRecordQuery query, PeopleService people, CurrentStaff staff) : PageModel
{
    public static readonly IReadOnlyList<SelectListItem> Roles =
        [.. Enum.GetValues<RelationshipRole>().Select(r => new SelectListItem(PeopleWords.Role(r), r.ToString()))];

    public static readonly IReadOnlyList<SelectListItem> YesNo = [new("Yes", "yes"), new("No", "no")];

    public static readonly IReadOnlyList<string> FieldOrder = ["Form.Name", "Form.Role", "Form.ParentalResponsibility"];

    [BindProperty]
    public AddPersonInput Form { get; set; } = new();

    public ChildSummary Child { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(id, "form add person", ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await query.SummaryAsync(id, ct))!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await gate.AllowWriteAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        Child = (await query.SummaryAsync(id, ct))!;
        var name = Form.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError("Form.Name", "Enter the person's full name");
        }
        else if (name.Length > 200)
        {
            ModelState.AddModelError("Form.Name", "The person's name must be 200 characters or fewer");
        }

        if (!Enum.TryParse<RelationshipRole>(Form.Role, out var role) || !Enum.IsDefined(role) || Form.Role != role.ToString())
        {
            ModelState.AddModelError("Form.Role", "Select who the person is to the child");
        }

        if (Form.ParentalResponsibility is not ("yes" or "no"))
        {
            ModelState.AddModelError("Form.ParentalResponsibility", "Select yes if the person has parental responsibility");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var by = staff.Recorder();
        var adult = new Person { Reference = $"{Child.Reference}-P{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}", Kind = PersonKind.Adult, DisplayName = name };
        var result = await people.AddPersonAsync(adult, by, ct);
        if (result is Recorded)
        {
            result = await people.AddRelationshipAsync(adult.Id, id, role, Form.ParentalResponsibility == "yes", by, ct);
        }

        if (result is Rejected rejected)
        {
            RecordOutcome.ShowRejection(ModelState, rejected, new Dictionary<string, string>(), "Form.Name");
            return Page();
        }

        TempData["Confirmation"] = $"{name} added";
        return Redirect($"/children/{id}");
    }
}
