using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;

namespace Safeguard.Access;

/// <summary>
/// Record-level access to complaints. The complaints manager runs every complaint and senior managers oversee them;
/// an investigating officer, independent person or panel member sees only the complaints they are appointed to, for
/// as long as the appointment lasts, and reads them without changing them. Nobody else opens a complaint.
/// </summary>
public sealed class ComplaintAccess(SafeguardDbContext db)
{
    public static readonly string[] AppointedRoles = [StaffRoles.InvestigatingOfficer, StaffRoles.IndependentPerson, StaffRoles.PanelMember];

    private static readonly string[] AllComplaints = [StaffRoles.ComplaintsManager, StaffRoles.SeniorManager];

    public IQueryable<Complaint> VisibleComplaints(StaffMember staff)
    {
        if (staff.IsIn(AllComplaints))
        {
            return db.Complaints;
        }

        return staff.IsIn(AppointedRoles) ? Appointed(db, staff.PersonId) : db.Complaints.Where(_ => false);
    }

    public Task<bool> CanSeeComplaintAsync(StaffMember staff, long complaintId, CancellationToken ct = default) =>
        VisibleComplaints(staff).AnyAsync(c => c.Id == complaintId, ct);

    /// <summary>Whether the staff member may record on the complaint: only the complaints manager runs the procedure.</summary>
    public static bool CanChange(StaffMember staff) => staff.IsIn(StaffRoles.ComplaintsManager);

    /// <summary>The complaints a person is appointed to now; none when there is no person.</summary>
    internal static IQueryable<Complaint> Appointed(SafeguardDbContext db, long? personId)
    {
        var appointed = db.ComplaintAppointments.Where(a => a.PersonId == personId && a.EndedOn == null).Select(a => a.ComplaintId);
        return db.Complaints.Where(c => personId != null && appointed.Contains(c.Id));
    }
}
