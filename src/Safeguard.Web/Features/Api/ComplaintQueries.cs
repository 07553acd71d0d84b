using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Rules;
using Safeguard.Web.Features.Children;
using Safeguard.Web.Features.Complaints;
using Safeguard.Web.Features.Complaints.Dashboard;
using Safeguard.Web.Features.Dashboard;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Api;

/// <summary>A complaint in a list: who made it, about which child, and when it was received.</summary>
public sealed record ComplaintListItem(long Id, string Reference, long ComplainantId, long? ChildId, DateOnly ReceivedOn);

/// <summary>A point of complaint with its latest outcome (null while unanswered) and the response that gave it.</summary>
public sealed record ComplaintPointDetails(long Id, string Reference, string Summary, PointOutcome? Outcome, string? OutcomeIn, string? ExcludedReason);

/// <summary>Someone appointed to the complaint; <c>EndedOn</c> null while the appointment lasts.</summary>
public sealed record ComplaintAppointmentDetails(long PersonId, string Name, AppointmentRole Role, DateOnly From, DateOnly? EndedOn);

/// <summary>One complaint as its page shows it.</summary>
public sealed record ComplaintDetails(
    long Id,
    string Reference,
    long ComplainantId,
    string Complainant,
    long? ChildId,
    string? Child,
    DateOnly ReceivedOn,
    string Stage,
    IReadOnlyList<ComplaintPointDetails> Points,
    IReadOnlyList<DutyLine> Duties,
    IReadOnlyList<ComplaintFlag> Flags,
    IReadOnlyList<ComplaintAppointmentDetails> Appointments);

/// <summary>An open duty on a complaint, with the complaint it is on.</summary>
public sealed record ComplaintDutyDue(long ComplaintId, string ComplaintReference, DutyLine Duty);

/// <summary>One table of the complaints dashboard: the period it covers (or, for a table counted as of today, the day) and its rows.</summary>
public sealed record ComplaintDashboardReport(string Table, Period? Period, DateOnly? AsOf, object Rows);

/// <summary>Reads of complaints: the list, one complaint, the complaints' open duties, and the dashboard's tables.</summary>
internal static class ComplaintQueries
{
    public static void Map(RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints");

        complaints.MapGet("/", ListAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.ComplaintReaders })
            .Produces<List<ComplaintListItem>>()
            .WithSummary("The complaints the caller may see")
            .WithDescription("Every complaint for the complaints manager and senior managers; for an investigating officer, independent person or panel member only the complaints they are appointed to now. Newest first.");

        complaints.MapGet("/{id:long}", ComplaintAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.ComplaintReaders })
            .Produces<ComplaintDetails>()
            .WithSummary("A complaint")
            .WithDescription("The complaint with its points and their latest outcomes (`outcome` one of " + string.Join(", ", JsonBody.EnumValues(typeof(PointOutcome)))
                + "), the stage it is at, its duties (rule, name, status today, due date and how it was counted), the flags to decide on, and the people appointed to it. "
                + "A complaint the caller is not appointed to is 403. The view is audited.");

        complaints.MapGet("/due", DueAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.ComplaintOverseers })
            .Produces<List<ComplaintDutyDue>>()
            .WithSummary("Open complaint duties")
            .WithDescription("Every open duty on a complaint, an agreed action or a remedy: soonest due first, with the complaint it is on.");

        complaints.MapGet("/dashboard/{table}", DashboardAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleSets.ComplaintOverseers })
            .Produces<ComplaintDashboardReport>()
            .ProducesValidationProblem()
            .WithSummary("A table of the complaints dashboard")
            .WithDescription($"One of {string.Join(", ", ComplaintDashboardTables.Names)}, with the rows as on the page 'Complaints dashboard'. "
                + "Clocks are counted by their due date in the period; responses, flags, breaches and remedies by the day they happened or were agreed. "
                + "The period is 'from' to 'to', both included, as yyyy-mm-dd; the last 3 months to today for what is left out; a parameter that is not a date, or 'to' before 'from', is 400 naming it. "
                + "overdue-actions and oldest-overdue-actions are counted as of today and take no period. Any other table is 404.");
    }

    private static async Task<IResult> ListAsync(ComplaintAccess access, CurrentStaff staff, CancellationToken ct) =>
        TypedResults.Ok(await access.VisibleComplaints(await staff.GetAsync(ct))
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)
            .Select(c => new ComplaintListItem(c.Id, c.Reference, c.ComplainantId, c.ChildId, c.ReceivedOn))
            .ToListAsync(ct));

    private static async Task<IResult> ComplaintAsync(long id, ComplaintGate gate, ComplaintQuery query, TimeProvider time, CancellationToken ct)
    {
        if (Access(await gate.CheckOpenAsync(id, "complaint", ct)) is { } denied)
        {
            return denied;
        }

        var c = await query.GetAsync(id, Recording.Today(time), ct);
        return c is null
            ? NoSuchComplaint()
            : TypedResults.Ok(new ComplaintDetails(
                c.Id,
                c.Reference,
                c.ComplainantId,
                c.Complainant,
                c.ChildId,
                c.Child,
                c.ReceivedOn,
                c.Stage,
                c.Points.Select(p => new ComplaintPointDetails(p.Id, p.Reference, p.Summary, p.Outcome, p.OutcomeAt, p.ExcludedReason)).ToList(),
                c.Duties,
                c.Flags,
                c.Appointments.Select(a => new ComplaintAppointmentDetails(a.PersonId, a.Name, a.Role, a.From, a.EndedOn)).ToList()));
    }

    private static async Task<IResult> DueAsync(SafeguardDbContext db, ChildRecordQuery lines, TimeProvider time, CancellationToken ct)
    {
        var rows = await db.Duties.Where(d => d.ComplaintId != null && d.Outcome == DutyOutcome.Open)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.ComplaintId!.Value).Distinct().ToList();
        var references = await db.Complaints.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        var today = Recording.Today(time);
        var due = new List<ComplaintDutyDue>();
        foreach (var complaint in rows.GroupBy(r => r.ComplaintId!.Value))
        {
            due.AddRange((await lines.LinesAsync([.. complaint], today, ct)).Select(d => new ComplaintDutyDue(complaint.Key, references[complaint.Key], d)));
        }

        return TypedResults.Ok(due.OrderBy(d => d.Duty.Due ?? DateOnly.MaxValue).ThenBy(d => d.ComplaintId).ToList());
    }

    private static async Task<IResult> DashboardAsync(string table, string? from, string? to, ComplaintDashboardTables tables, TimeProvider time, CancellationToken ct)
    {
        var today = Recording.Today(time);
        if (!ComplaintDashboardTables.Names.Contains(table))
        {
            return ApiProblems.NotFound($"There is no table '{table}'. The tables are {string.Join(", ", ComplaintDashboardTables.Names)}.");
        }

        if (ComplaintDashboardTables.AsOfToday(table))
        {
            return from is not null || to is not null
                ? ApiProblems.Validation(from is not null ? nameof(from) : nameof(to), "This table is counted as of today, so it takes no period: leave 'from' and 'to' out.")
                : TypedResults.Ok(new ComplaintDashboardReport(table, null, today, (await tables.RowsAsync(table, Period.LastThreeMonths(today), today, ct))!));
        }

        var (period, error) = Period.Read(from, to, today);
        return period is null
            ? ApiProblems.Validation(error!.Parameter, error.Message)
            : TypedResults.Ok(new ComplaintDashboardReport(table, period, null, (await tables.RowsAsync(table, period, today, ct))!));
    }

    /// <summary>The answer when the gate does not let the caller at a complaint.</summary>
    internal static IResult? Access(ChildAccessResult result) => result switch
    {
        ChildAccessResult.NotFound => NoSuchComplaint(),
        ChildAccessResult.Forbidden => ApiProblems.Forbidden("Only the complaints manager, senior managers, and the people appointed to this complaint while their appointment lasts, may open it; only the complaints manager may change it."),
        _ => null,
    };

    private static IResult NoSuchComplaint() => ApiProblems.NotFound("There is no such complaint on the record.");
}
