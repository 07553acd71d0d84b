using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Access;
using Safeguard.Web.Features.Complaints.Register;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Complaints;

/// <summary>The complaints register: the complaints manager and senior managers see every complaint; appointees only their own.</summary>
[Authorize(Roles = RoleSets.ComplaintReaders)]
public sealed class IndexModel(ComplaintRegisterQuery query, CurrentStaff staff, RecordViews views, TimeProvider time) : PageModel
{
    /// <summary>"open", "closed" or anything else for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public IReadOnlyList<RegisterEntry> Complaints { get; private set; } = [];

    public bool CanRegister { get; private set; }

    /// <summary>Someone appointed to complaints, who sees only those.</summary>
    public bool Appointee { get; private set; }

    public RegisterFilter Filter => Status switch
    {
        "open" => RegisterFilter.Open,
        "closed" => RegisterFilter.Closed,
        _ => RegisterFilter.All,
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A malformed filter is read as no filter rather than an error.
        ModelState.Clear();
        var me = await staff.GetAsync(ct);
        CanRegister = ComplaintAccess.CanChange(me);
        Appointee = !me.IsIn(StaffRoles.ComplaintsManager, StaffRoles.SeniorManager);
        Complaints = await query.ForAsync(me, Filter, Overdue, DateOnly.FromDateTime(time.GetLocalNow().DateTime), ct);
        await views.ViewedAsync("complaints register", "complaints", ct);
    }
}
