using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;

namespace Safeguard.Web.Features.Complaints.Steps;

/// <summary>The people the step forms offer: staff whose accounts hold an appointed role, and the running appointments.</summary>
public sealed class StepLookups(SafeguardDbContext db)
{
    public async Task<StepChoices> ChoicesAsync(StepForm form, ComplaintView complaint, CancellationToken ct = default) => new(
        form.Has(StepQuestions.Stage2Appointees) ? await WithRoleAsync(StaffRoles.InvestigatingOfficer, ct) : [],
        form.Has(StepQuestions.Stage2Appointees) ? await WithRoleAsync(StaffRoles.IndependentPerson, ct) : [],
        form.Has(StepQuestions.Panel) ? await WithRoleAsync(StaffRoles.PanelMember, ct) : [],
        complaint.Appointments.Where(a => a.EndedOn is null)
            .Select(a => new SelectListItem($"{a.Name} ({ComplaintQuery.RoleName(a.Role).ToLowerInvariant()})", Id(a.PersonId)))
            .ToList());

    private async Task<List<SelectListItem>> WithRoleAsync(string role, CancellationToken ct) =>
        (await (from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join r in db.Roles on userRole.RoleId equals r.Id
                where r.Name == role && user.PersonId != null
                select new { PersonId = user.PersonId!.Value, user.DisplayName })
            .Distinct()
            .ToListAsync(ct))
        .OrderBy(p => p.DisplayName, StringComparer.Ordinal)
        .Select(p => new SelectListItem(p.DisplayName, Id(p.PersonId)))
        .ToList();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
