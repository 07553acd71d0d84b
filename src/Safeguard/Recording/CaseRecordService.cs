using Microsoft.EntityFrameworkCore;
using Safeguard.Audit;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Policy;
using Safeguard.Protection;
using Safeguard.Rules;

namespace Safeguard.Recording;

/// <summary>
/// The one way facts enter the record, for web pages, the API and replay alike. Each command is validated,
/// checked against the guards, written with its audit entry, and the affected duties are re-evaluated, all in
/// one transaction. Invalid input is rejected and a guard's refusal is recorded as a refusal; neither changes
/// the case.
/// </summary>
public sealed partial class CaseRecordService(SafeguardDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    private readonly CaseFiles _files = new(db);
    private PolicySettings? _policy;

    /// <summary>The entry the command being checked corrects, if it is a correction.</summary>
    private long? _correcting;

    /// <summary>Records a fact. Facts that introduce a subject (a meeting, complaint, action...) take its reference.</summary>
    public async Task<RecordResult> RecordAsync(Fact fact, Recorder by, string? newReference = null, long? supersedes = null, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await SerialiseWritesAsync(ct);
            var result = await RecordInTransactionAsync(fact, by, newReference, supersedes, ct);
            if (result is Rejected)
            {
                await transaction.RollbackAsync(ct);
            }
            else
            {
                await transaction.CommitAsync(ct);
            }

            // Each command is its own unit of work: nothing stays tracked to slow the next one down.
            db.ChangeTracker.Clear();
            return result;
        });
    }

    /// <summary>
    /// A write is checked against the record as it stands and then re-derives its duties, so two at once could
    /// each miss the other's fact. PostgreSQL serialises them with a transaction-scoped advisory lock; SQLite's
    /// transactions (BEGIN IMMEDIATE) already allow one writer at a time.
    /// </summary>
    private async Task SerialiseWritesAsync(CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(20061738)", ct);
        }
    }

    public async Task<RuleSet> RulesAsync(CancellationToken ct = default) => new(calendar, await PolicyAsync(ct));

    private async Task<PolicySettings> PolicyAsync(CancellationToken ct)
    {
        if (_policy is null)
        {
            var council = await db.Councils.Include(c => c.PolicySettings).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
            _policy = council?.ToPolicy() ?? PolicySettings.Defaults;
        }

        return _policy;
    }

    private async Task<RecordResult> RecordInTransactionAsync(Fact fact, Recorder by, string? newReference, long? supersedes, CancellationToken ct)
    {
        if (await ValidateAsync(fact, newReference, supersedes, ct) is { } rejected)
        {
            return rejected;
        }

        if (await GuardAsync(fact, ct) is { } refused)
        {
            await RecordRefusalAsync(fact, refused, by, newReference, ct);
            return refused;
        }

        var (stored, newSubjectId) = await IntroduceAsync(fact, newReference, ct);
        var row = ToRow(stored, by, supersedes);
        await FillOwningSubjectsAsync(row, stored, ct);
        db.Facts.Add(row);
        await db.SaveChangesAsync(ct);

        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = by.User,
            Action = $"record {stored.TypeName}",
            Subject = SubjectOf(row),
            FactId = row.Id,
            Reason = by.Reason,
            Origin = by.Origin,
        });
        if (stored is LeadSocialWorkerAllocated allocation)
        {
            await FollowAllocationAsync(allocation, ct);
        }

        await FollowAppointmentsAsync(stored, ct);

        await new DutyStore(db, _files, time).RefreshAsync(await ScopesAsync(stored, row, ct), await RulesAsync(ct), ct);
        return new Recorded(row.Id, newSubjectId);
    }

    /// <summary>Who is appointed to a complaint: their appointment is their only way into it, and ends when it closes.</summary>
    private async Task FollowAppointmentsAsync(Fact fact, CancellationToken ct)
    {
        switch (fact)
        {
            case Stage2StatementAgreed f:
                Appoint(f, f.InvestigatingOfficerId, AppointmentRole.InvestigatingOfficer);
                Appoint(f, f.IndependentPersonId, AppointmentRole.IndependentPerson);
                break;
            case Stage3PanelAppointed f:
                foreach (var member in f.Members)
                {
                    Appoint(f, member, AppointmentRole.PanelMember);
                }

                break;
            case AppointmentEnded f:
                await db.ComplaintAppointments.Where(a => a.ComplaintId == f.ComplaintId && a.PersonId == f.PersonId && a.EndedOn == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.EndedOn, f.On), ct);
                break;
            case ComplaintClosed f:
                await db.ComplaintAppointments.Where(a => a.ComplaintId == f.ComplaintId && a.EndedOn == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.EndedOn, f.On), ct);
                break;
            default:
                return;
        }

        await db.SaveChangesAsync(ct);
    }

    private void Appoint(ComplaintFact fact, long? personId, AppointmentRole role)
    {
        if (personId is { } person)
        {
            db.ComplaintAppointments.Add(new ComplaintAppointment { ComplaintId = fact.ComplaintId, PersonId = person, Role = role, From = fact.On });
        }
    }

    /// <summary>The child follows its lead social worker (the latest allocation still standing), and their team.</summary>
    private async Task FollowAllocationAsync(LeadSocialWorkerAllocated allocation, CancellationToken ct)
    {
        var superseded = db.Facts.Where(f => f.SupersedesId != null).Select(f => f.SupersedesId!.Value);
        var lead = await db.Facts
            .Where(f => f.ChildId == allocation.ChildId && f.Type == "lead-social-worker-allocated" && !superseded.Contains(f.Id))
            .OrderByDescending(f => f.OccurredOn).ThenByDescending(f => f.Id)
            .Select(f => f.PersonId)
            .FirstOrDefaultAsync(ct);
        var workerTeam = await db.People.Where(p => p.Id == lead).Select(p => p.TeamId).FirstOrDefaultAsync(ct);
        await db.People.Where(p => p.Id == allocation.ChildId).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.LeadWorkerId, lead).SetProperty(p => p.TeamId, p => workerTeam ?? p.TeamId),
            ct);
    }

    private static string SubjectOf(FactRow row) =>
        row.ChildId is { } child ? $"child:{child}"
        : row.MeetingId is { } meeting ? $"meeting:{meeting}"
        : row.ComplaintId is { } complaint ? $"complaint:{complaint}"
        : row.ActionId is { } action ? $"action:{action}"
        : row.PersonId is { } person ? $"person:{person}"
        : "record";

    private FactRow ToRow(Fact fact, Recorder by, long? supersedes)
    {
        var row = new FactRow
        {
            Type = fact.TypeName,
            OccurredOn = fact.On,
            RecordedAt = time.GetUtcNow(),
            RecordedBy = by.User,
            Reason = by.Reason,
            SupersedesId = supersedes,
            Payload = FactJson.Serialize(fact),
        };

        switch (fact)
        {
            case MeetingFact f:
                row.MeetingId = f.MeetingId;
                row.PersonId = f switch
                {
                    InvitationSent i => i.PersonId,
                    DocumentShared d => d.PersonId,
                    _ => null,
                };
                break;
            case ComplaintFact f:
                row.ComplaintId = f.ComplaintId;
                row.RemedyId = (f as RemedyAgreed)?.RemedyId;
                break;
            case ActionAgreed f:
                row.ActionId = f.ActionId;
                row.ComplaintId = f.ComplaintId;
                break;
            case ActionCompleted f:
                row.ActionId = f.ActionId;
                break;
            case RemedyDelivered f:
                row.RemedyId = f.RemedyId;
                break;
            case QualityAlertRaised f:
                row.ChildId = f.ChildId;
                row.AlertId = f.AlertId;
                break;
            case QualityAlertResolved f:
                row.AlertId = f.AlertId;
                break;
            case LeadSocialWorkerAllocated f:
                row.ChildId = f.ChildId;
                row.PersonId = f.WorkerId;
                break;
            case ParentConsulted f:
                row.ChildId = f.ChildId;
                row.PersonId = f.PersonId;
                break;
            case ParentExcluded f:
                row.ChildId = f.ChildId;
                row.PersonId = f.PersonId;
                break;
            case ContactRestrictionRecorded f:
                row.PersonId = f.PersonId;
                break;
            case LetterSent f:
                row.ChildId = f.AboutChildId;
                row.ComplaintId = f.AboutComplaintId;
                break;
            default:
                row.ChildId = ChildOf(fact);
                break;
        }

        return row;
    }

    /// <summary>Facts about an action, a remedy or an alert are also filed under the complaint or child they belong to.</summary>
    private async Task FillOwningSubjectsAsync(FactRow row, Fact fact, CancellationToken ct)
    {
        switch (fact)
        {
            case ActionCompleted f:
                row.ComplaintId = await db.Actions.Where(a => a.Id == f.ActionId).Select(a => a.ComplaintId).FirstAsync(ct);
                break;
            case RemedyDelivered f:
                row.ComplaintId = await db.Remedies.Where(r => r.Id == f.RemedyId).Select(r => r.ComplaintId).FirstAsync(ct);
                break;
            case QualityAlertResolved f:
                row.ChildId = await db.QualityAlerts.Where(a => a.Id == f.AlertId).Select(a => a.ChildId).FirstAsync(ct);
                break;
            default:
                break;
        }
    }

    private static long? ChildOf(Fact fact) => fact switch
    {
        ReferralReceived f => f.ChildId,
        ReferralDecided f => f.ChildId,
        AssessmentCompleted f => f.ChildId,
        ChildInNeedPlanStarted f => f.ChildId,
        ChildInNeedPlanEnded f => f.ChildId,
        StrategyDiscussionHeld f => f.ChildId,
        Section47Completed f => f.ChildId,
        ChildSeen f => f.ChildId,
        VisitNoAccess f => f.ChildId,
        ManagementReviewRecorded f => f.ChildId,
        ChildMoved f => f.ChildId,
        TransferNotified f => f.ChildId,
        TransferReceived f => f.ChildId,
        CaseClosed f => f.ChildId,
        _ => null,
    };

    /// <summary>The scopes whose duties a fact can change.</summary>
    private async Task<List<Scope>> ScopesAsync(Fact fact, FactRow row, CancellationToken ct)
    {
        switch (fact)
        {
            case MeetingFact f:
                var children = await db.MeetingChildren.Where(m => m.MeetingId == f.MeetingId).Select(m => m.ChildId).ToListAsync(ct);
                return [Scope.Meeting(f.MeetingId), .. children.Select(Scope.Child)];
            case ParentExcluded f:
                var meetings = await db.MeetingChildren.Where(m => m.ChildId == f.ChildId).Select(m => m.MeetingId).ToListAsync(ct);
                return [Scope.Child(f.ChildId), .. meetings.Select(Scope.Meeting)];
            case ComplaintFact f:
                return [Scope.Complaint(f.ComplaintId)];
            case ActionAgreed f:
                return [f.ComplaintId is { } c ? Scope.Complaint(c) : Scope.Action(f.ActionId)];
            case ActionCompleted f:
                return [row.ComplaintId is { } complaint ? Scope.Complaint(complaint) : Scope.Action(f.ActionId)];
            case RemedyDelivered:
                return [Scope.Complaint(row.ComplaintId!.Value)];
            case QualityAlertRaised or QualityAlertResolved:
                return [Scope.Child(row.ChildId!.Value)];
            case LeadSocialWorkerAllocated f:
                var led = await db.MeetingChildren.Where(m => m.ChildId == f.ChildId).Select(m => m.MeetingId).ToListAsync(ct);
                return [Scope.Child(f.ChildId), .. led.Select(Scope.Meeting)];
            default:
                return ChildOf(fact) is { } child ? [Scope.Child(child)] : [];
        }
    }

    /// <summary>Creates the subject a fact introduces (a meeting, a complaint and its points, an action...) and returns the fact with its id.</summary>
    private async Task<(Fact Fact, long? NewSubjectId)> IntroduceAsync(Fact fact, string? reference, CancellationToken ct)
    {
        switch (fact)
        {
            case ConferenceScheduled f:
                {
                    // The conference-kind guard has already refused any kind but the one the children's plans give.
                    var meeting = new Meeting { Reference = reference!, Type = MeetingType.Conference, ConferenceKind = f.Kind, ScheduledFor = f.Date, Children = f.ChildIds.Select(c => new MeetingChild { ChildId = c }).ToList() };
                    db.Meetings.Add(meeting);
                    await db.SaveChangesAsync(ct);
                    return (f with { MeetingId = meeting.Id }, meeting.Id);
                }

            case CoreGroupScheduled f:
                {
                    var meeting = new Meeting { Reference = reference!, Type = MeetingType.CoreGroup, ScheduledFor = f.Date, Children = f.ChildIds.Select(c => new MeetingChild { ChildId = c }).ToList() };
                    db.Meetings.Add(meeting);
                    await db.SaveChangesAsync(ct);
                    return (f with { MeetingId = meeting.Id }, meeting.Id);
                }

            case QualityAlertRaised f:
                {
                    var alert = new QualityAlert { Reference = reference!, ChildId = f.ChildId };
                    db.QualityAlerts.Add(alert);
                    await db.SaveChangesAsync(ct);
                    return (f with { AlertId = alert.Id }, alert.Id);
                }

            case ContactRestrictionRecorded f:
                {
                    var restriction = new ContactRestriction
                    {
                        RestrictedPersonId = f.PersonId,
                        ViaPersonId = f.ViaId,
                        RecordedOn = f.On,
                        Protects = f.Protects.Distinct().Select(p => new ContactRestrictionProtectedPerson { PersonId = p }).ToList(),
                    };
                    db.ContactRestrictions.Add(restriction);
                    await db.SaveChangesAsync(ct);
                    return (f with { RestrictionId = restriction.Id }, restriction.Id);
                }

            case ComplaintReceived f:
                {
                    var complaint = new Complaint
                    {
                        Reference = reference!,
                        ComplainantId = f.ComplainantId,
                        ChildId = f.ChildId,
                        ReceivedOn = f.On,
                        Points = f.Points.Select(p => new ComplaintPoint { Reference = p.Reference, Summary = p.Summary }).ToList(),
                    };
                    db.Complaints.Add(complaint);
                    await db.SaveChangesAsync(ct);
                    var points = complaint.Points.Select(p => new ComplaintPointInfo(p.Id, p.Reference, p.Summary)).ToList();
                    return (f with { ComplaintId = complaint.Id, Points = points }, complaint.Id);
                }

            case RecommendationMade f:
                {
                    var recommendation = new Recommendation { Reference = reference!, ComplaintId = f.ComplaintId, Source = f.By, Text = f.Text };
                    db.Recommendations.Add(recommendation);
                    await db.SaveChangesAsync(ct);
                    return (f with { RecommendationId = recommendation.Id }, recommendation.Id);
                }

            case ActionAgreed f:
                {
                    var complaintId = f.ComplaintId;
                    if (f.RecommendationId is { } recommendationId)
                    {
                        complaintId ??= await db.Recommendations.Where(r => r.Id == recommendationId).Select(r => (long?)r.ComplaintId).FirstAsync(ct);
                    }

                    var action = new AgreedAction
                    {
                        Reference = reference!,
                        ComplaintId = complaintId,
                        RecommendationId = f.RecommendationId,
                        Text = f.Text,
                        OwnerPersonId = f.OwnerPersonId,
                        OwnerDescription = f.OwnerDescription,
                        Due = f.Due,
                        Measure = f.Measure,
                    };
                    db.Actions.Add(action);
                    await db.SaveChangesAsync(ct);
                    return (f with { ActionId = action.Id, ComplaintId = complaintId }, action.Id);
                }

            case RemedyAgreed f:
                {
                    var remedy = new Remedy { Reference = reference!, ComplaintId = f.ComplaintId, Kind = f.Kind, Amount = f.Amount, Due = f.Due, Description = f.Description, OwnerPersonId = f.OwnerPersonId };
                    db.Remedies.Add(remedy);
                    await db.SaveChangesAsync(ct);
                    return (f with { RemedyId = remedy.Id }, remedy.Id);
                }

            default:
                return (fact, null);
        }
    }

    private async Task RecordRefusalAsync(Fact fact, Refused refused, Recorder by, string? refusedReference, CancellationToken ct)
    {
        var row = DutyRow.From(
            new Duty(refused.Rule, refused.Subjects, DutyOutcome.Blocked) { StartedOn = fact.On, StartedBy = $"the attempt to record {fact.TypeName}", Detail = refused.Message, RefusedReference = refusedReference },
            Scope.Refusals,
            time.GetUtcNow());
        db.Duties.Add(row);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = by.User,
            Action = $"refused {fact.TypeName}",
            Subject = refused.Subjects.ChildId is { } child ? $"child:{child}" : refused.Subjects.ComplaintId is { } complaint ? $"complaint:{complaint}" : refused.Subjects.MeetingId is { } meeting ? $"meeting:{meeting}" : $"person:{refused.Subjects.PersonId}",
            Reason = $"{refused.Rule}: {refused.Message} Attempted: {FactJson.Serialize(fact)}",
            Origin = by.Origin,
        });
        await db.SaveChangesAsync(ct);
    }
}
