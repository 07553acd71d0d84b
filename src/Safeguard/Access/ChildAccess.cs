using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.People;

namespace Safeguard.Access;

/// <summary>Who is asking: their account, the staff person it acts as, that person's team, and their roles.</summary>
public sealed record StaffMember(string UserName, string DisplayName, long? PersonId, long? TeamId, IReadOnlySet<string> Roles)
{
    public bool IsIn(params string[] roles) => roles.Any(Roles.Contains);
}

/// <summary>
/// Record-level access to children. A social worker sees the children allocated to them and to their team; a team
/// manager their team's; chairs, business support and senior managers work across teams and see every child; a
/// complaints manager sees the children complaints concern; an investigating officer, independent person or panel
/// member sees only the child of a complaint they are appointed to, while the appointment lasts. A restricted record is seen only by staff named in a
/// grant, whatever their role.
/// </summary>
public sealed class ChildAccess(SafeguardDbContext db)
{
    private static readonly string[] AcrossTeams = [StaffRoles.ConferenceChair, StaffRoles.BusinessSupport, StaffRoles.SeniorManager];

    public IQueryable<Person> VisibleChildren(StaffMember staff)
    {
        var granted = db.RecordAccessGrants.Where(g => g.StaffPersonId == staff.PersonId).Select(g => g.ChildId);
        var acrossTeams = staff.IsIn(AcrossTeams);
        var worker = staff.IsIn(StaffRoles.SocialWorker) ? staff.PersonId : null;
        var team = staff.IsIn(StaffRoles.SocialWorker, StaffRoles.TeamManager) ? staff.TeamId : null;
        var complaints = staff.IsIn(StaffRoles.ComplaintsManager);
        var complaintChildren = db.Complaints.Where(c => c.ChildId != null).Select(c => c.ChildId!.Value);
        var appointee = staff.IsIn(ComplaintAccess.AppointedRoles) ? staff.PersonId : null;
        var appointedChildren = ComplaintAccess.Appointed(db, appointee).Where(c => c.ChildId != null).Select(c => c.ChildId!.Value);

        return db.People.Where(c => c.Kind == PersonKind.Child && (c.Restricted
            ? granted.Contains(c.Id)
            : acrossTeams
                || (worker != null && c.LeadWorkerId == worker)
                || (team != null && c.TeamId == team)
                || (complaints && complaintChildren.Contains(c.Id))
                || (appointee != null && appointedChildren.Contains(c.Id))));
    }

    /// <summary>
    /// The children a complaint may be registered about: those the member of staff may see, and for the complaints
    /// manager every child whose record is not restricted (a first complaint is about a child they cannot yet see).
    /// Registering shows the child's name and the adults who may complain; the record itself opens once the complaint
    /// concerns the child.
    /// </summary>
    public IQueryable<Person> ComplaintSubjects(StaffMember staff)
    {
        if (!staff.IsIn(StaffRoles.ComplaintsManager))
        {
            return VisibleChildren(staff);
        }

        var granted = db.RecordAccessGrants.Where(g => g.StaffPersonId == staff.PersonId).Select(g => g.ChildId);
        return db.People.Where(c => c.Kind == PersonKind.Child && (!c.Restricted || granted.Contains(c.Id)));
    }

    public Task<bool> CanSeeChildAsync(StaffMember staff, long childId, CancellationToken ct = default) =>
        VisibleChildren(staff).AnyAsync(c => c.Id == childId, ct);

    /// <summary>The staff member as the record knows them, from their account name and roles.</summary>
    public async Task<StaffMember?> StaffMemberAsync(string userName, IEnumerable<string> roles, CancellationToken ct = default)
    {
        var account = await db.Users.Where(u => u.UserName == userName)
            .Select(u => new { u.UserName, u.DisplayName, u.PersonId })
            .FirstOrDefaultAsync(ct);
        if (account is null)
        {
            return null;
        }

        var teamId = account.PersonId is { } personId
            ? await db.People.Where(p => p.Id == personId).Select(p => p.TeamId).FirstOrDefaultAsync(ct)
            : null;
        return new StaffMember(account.UserName!, account.DisplayName, account.PersonId, teamId, roles.ToHashSet());
    }
}
