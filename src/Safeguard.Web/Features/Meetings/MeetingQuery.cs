using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Policy;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Rules;

namespace Safeguard.Web.Features.Meetings;

public enum MeetingState { Scheduled, Held, Cancelled }

public sealed record MeetingChildName(long Id, string Name);

public sealed record MeetingSummary(
    long Id,
    string Reference,
    MeetingType Type,
    ConferenceKind? Kind,
    DateOnly ScheduledFor,
    MeetingState State,
    DateOnly? HeldOn,
    IReadOnlyList<MeetingChildName> Children)
{
    public string Name => MeetingWords.Name(Type, Kind);

    public string StatusText => State switch
    {
        MeetingState.Held => $"Held on {MeetingWords.Date(HeldOn!.Value)}",
        MeetingState.Cancelled => "Cancelled",
        _ => "Scheduled",
    };
}

/// <summary>One step owed to a person for a meeting: when it was done, its deadline and how it stands.</summary>
public sealed record MeetingStep(DateOnly? Done, DateOnly? Due, string Deadline, DutyStatus? Status, string? Counting);

public sealed record MeetingPerson(long Id, string Name, string Connection, bool Expected, MeetingStep Invitation, MeetingStep? Report, MeetingStep Minutes);

public sealed record MeetingOutcome(ConferenceOutcome? Outcome, AbuseCategory? Category, int? VisitIntervalWorkingDays, IReadOnlyList<string> Attended, string? CancelledBecause);

public sealed record MeetingDetail(MeetingSummary Meeting, IReadOnlyList<MeetingPerson> People, MeetingOutcome Outcome);

/// <summary>What a child's standing means for a conference about them: the kind the rules give.</summary>
public sealed record ChildConferenceKind(long ChildId, string Name, ConferenceKind Kind);

/// <summary>A person who may be invited to a meeting or sent its papers.</summary>
public sealed record MeetingContact(long Id, string Name, string Connection);

/// <summary>Reads conferences and core groups for their pages: lists, each person's steps with their deadlines, outcomes.</summary>
public sealed class MeetingQuery(SafeguardDbContext db, WorkingDayCalendar calendar, PolicyService policies)
{
    private readonly CaseFiles _files = new(db);

    public async Task<List<MeetingSummary>> ForChildAsync(long childId, CancellationToken ct = default)
    {
        var ids = await db.MeetingChildren.Where(m => m.ChildId == childId).Select(m => m.MeetingId).ToListAsync(ct);
        var meetings = await SummariesAsync(ids, ct);
        return meetings.OrderByDescending(m => m.ScheduledFor).ThenByDescending(m => m.Id).ToList();
    }

    public async Task<MeetingSummary?> SummaryAsync(long meetingId, CancellationToken ct = default) =>
        (await SummariesAsync([meetingId], ct)).FirstOrDefault();

    public async Task<List<long>> ChildIdsAsync(long meetingId, CancellationToken ct = default) =>
        await db.MeetingChildren.Where(m => m.MeetingId == meetingId).OrderBy(m => m.ChildId).Select(m => m.ChildId).ToListAsync(ct);

    private async Task<List<MeetingSummary>> SummariesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var meetings = await db.Meetings.Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Reference, m.Type, m.ConferenceKind, m.ScheduledFor, Children = m.Children.Select(c => c.ChildId).ToList() })
            .ToListAsync(ct);
        var ends = await db.Facts
            .Where(f => f.MeetingId != null && ids.Contains(f.MeetingId.Value) && (f.Type == "conference-held" || f.Type == "core-group-held" || f.Type == "conference-cancelled"))
            .Select(f => new { MeetingId = f.MeetingId!.Value, f.Type, f.OccurredOn })
            .ToListAsync(ct);
        var childIds = meetings.SelectMany(m => m.Children).Distinct().ToList();
        var names = await NamesAsync(childIds, ct);
        return meetings.Select(m =>
        {
            var end = ends.Where(e => e.MeetingId == m.Id).OrderBy(e => e.OccurredOn).FirstOrDefault();
            var state = end is null ? MeetingState.Scheduled : end.Type == "conference-cancelled" ? MeetingState.Cancelled : MeetingState.Held;
            var children = m.Children.Order().Select(c => new MeetingChildName(c, names[c])).ToList();
            return new MeetingSummary(m.Id, m.Reference, m.Type, m.ConferenceKind, m.ScheduledFor, state, state == MeetingState.Held ? end!.OccurredOn : null, children);
        }).ToList();
    }

    /// <summary>The meeting with, for each person who matters, the steps owed to them, read from the stored duties once it is held.</summary>
    public async Task<MeetingDetail?> DetailAsync(long meetingId, DateOnly today, CancellationToken ct = default)
    {
        var meeting = await SummaryAsync(meetingId, ct);
        if (meeting is null)
        {
            return null;
        }

        var file = await _files.MeetingAsync(meetingId, ct);
        var excluded = file.Exclusions.Where(e => e.From == ExclusionScope.Meetings).Select(e => e.PersonId).ToHashSet();
        var invitations = file.Facts.OfType<InvitationSent>().ToList();
        var shares = file.Facts.OfType<DocumentShared>().ToList();
        var peopleIds = file.ParentsWithResponsibility
            .Concat(invitations.Select(i => i.PersonId))
            .Concat(shares.Select(s => s.PersonId))
            .Distinct()
            .ToList();
        var names = await NamesAsync(peopleIds, ct);
        var connections = await ConnectionsAsync(meeting, peopleIds, ct);
        var scope = Scope.Meeting(meetingId).ToString();
        var duties = await db.Duties.Where(d => d.Scope == scope).ToListAsync(ct);
        var policy = await policies.CurrentAsync(ct);
        var clock = new Clock(calendar);

        var people = new List<MeetingPerson>();
        foreach (var person in peopleIds)
        {
            var expected = file.ParentsWithResponsibility.Contains(person) && !excluded.Contains(person);
            var invited = invitations.Where(i => i.PersonId == person).Select(i => (DateOnly?)i.On).Min();
            var report = shares.Where(s => s.PersonId == person && s.Document == MeetingDocument.ConferenceReport).Select(s => (DateOnly?)s.On).Min();
            var minutes = shares.Where(s => s.PersonId == person && s.Document == MeetingDocument.Minutes).Select(s => (DateOnly?)s.On).Min();
            var mine = duties.Where(d => d.PersonId == person).ToList();
            var connection = connections.GetValueOrDefault(person) ?? "Invited";
            if (excluded.Contains(person))
            {
                connection += " (excluded from meetings)";
            }

            people.Add(new MeetingPerson(
                person,
                names[person],
                connection,
                expected,
                InvitationStep(meeting, expected, invited, mine, today),
                meeting.Type == MeetingType.Conference ? ReportStep(meeting, expected, invited, report, mine, clock, policy, today) : null,
                MinutesStep(meeting, expected, invited, minutes, mine, policy, today)));
        }

        return new MeetingDetail(meeting, people.OrderBy(p => p.Expected ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).ToList(), await OutcomeAsync(file, ct));
    }

    private static MeetingStep InvitationStep(MeetingSummary meeting, bool expected, DateOnly? invited, List<DutyRow> duties, DateOnly today)
    {
        var deadline = $"On or before the day of the meeting ({MeetingWords.Date(meeting.HeldOn ?? meeting.ScheduledFor)})";
        if (!expected)
        {
            return new MeetingStep(invited, null, "No duty to invite", null, null);
        }

        if (duties.FirstOrDefault(d => d.Rule == RuleIds.ParentInvited) is { } missing)
        {
            return new MeetingStep(invited, missing.Due, deadline, missing.ToDuty().StatusOn(today), missing.Detail);
        }

        if (invited is not null)
        {
            return new MeetingStep(invited, meeting.HeldOn ?? meeting.ScheduledFor, deadline, DutyStatus.Met, null);
        }

        return meeting.State == MeetingState.Cancelled
            ? new MeetingStep(null, null, "None: the meeting was cancelled", null, null)
            : new MeetingStep(null, meeting.ScheduledFor, deadline, DutyStatus.Due, null);
    }

    private static MeetingStep ReportStep(MeetingSummary meeting, bool expected, DateOnly? invited, DateOnly? shared, List<DutyRow> duties, Clock clock, PolicySettings policy, DateOnly today)
    {
        if (duties.FirstOrDefault(d => d.Rule == RuleIds.ConferenceReportNotice) is { } row)
        {
            return new MeetingStep(shared, row.Due, MeetingWords.Date(row.Due), row.ToDuty().StatusOn(today), row.Counting);
        }

        if (!expected)
        {
            return new MeetingStep(shared, null, "No duty to share the report", null, null);
        }

        switch (meeting.State)
        {
            case MeetingState.Cancelled:
                return new MeetingStep(shared, null, "None: the meeting was cancelled", null, null);
            case MeetingState.Held:
                return new MeetingStep(shared, null, invited is null ? "None: the parent was not invited" : "None", null, null);
            default:
                // Before the conference is held the duty is not stored yet; the same clock shows where it will fall.
                var preview = clock.WorkingDaysBefore(RuleIds.ConferenceReportNotice, new DutySubjects { MeetingId = meeting.Id }, meeting.ScheduledFor, "the conference", policy.ConferenceReportNoticeWorkingDays, shared);
                return new MeetingStep(shared, preview.Due, MeetingWords.Date(preview.Due), preview.StatusOn(today), preview.Counting);
        }
    }

    private static MeetingStep MinutesStep(MeetingSummary meeting, bool expected, DateOnly? invited, DateOnly? shared, List<DutyRow> duties, PolicySettings policy, DateOnly today)
    {
        var rule = meeting.Type == MeetingType.Conference ? RuleIds.ConferenceMinutes : RuleIds.CoreGroupMinutes;
        if (duties.FirstOrDefault(d => d.Rule == rule) is { } row)
        {
            return new MeetingStep(shared, row.Due, MeetingWords.Date(row.Due), row.ToDuty().StatusOn(today), row.Counting);
        }

        var days = meeting.Type == MeetingType.Conference ? policy.ConferenceMinutesWorkingDays : policy.CoreGroupMinutesWorkingDays;
        return meeting.State switch
        {
            _ when !expected => new MeetingStep(shared, null, "No duty to send the minutes", null, null),
            MeetingState.Cancelled => new MeetingStep(shared, null, "None: the meeting was cancelled", null, null),
            MeetingState.Held => new MeetingStep(shared, null, invited is null ? "None: the parent was not invited" : "None", null, null),
            _ => new MeetingStep(shared, null, $"Within {days} working days of the meeting being held", null, null),
        };
    }

    private async Task<MeetingOutcome> OutcomeAsync(MeetingFile file, CancellationToken ct)
    {
        var held = file.Facts.FirstOrDefault(f => f is ConferenceHeld or CoreGroupHeld);
        var cancelled = file.Facts.OfType<ConferenceCancelled>().FirstOrDefault();
        var attendedIds = held switch
        {
            ConferenceHeld c => c.Attended,
            CoreGroupHeld g => g.Attended,
            _ => [],
        };
        var names = await NamesAsync(attendedIds.ToList(), ct);
        var conference = held as ConferenceHeld;
        return new MeetingOutcome(conference?.Outcome, conference?.Category, conference?.VisitIntervalWorkingDays, attendedIds.Select(a => names[a]).ToList(), cancelled?.Reason);
    }

    /// <summary>How each person is connected to the meeting's children, e.g. "Mother of Amy, parental responsibility".</summary>
    private async Task<Dictionary<long, string>> ConnectionsAsync(MeetingSummary meeting, IReadOnlyCollection<long> people, CancellationToken ct)
    {
        var childIds = meeting.Children.Select(c => c.Id).ToList();
        var relationships = await db.Relationships.Where(r => people.Contains(r.AdultId) && childIds.Contains(r.ChildId)).ToListAsync(ct);
        return relationships.GroupBy(r => r.AdultId).ToDictionary(
            g => g.Key,
            g => string.Join("; ", g.Select(r => $"{MeetingWords.Role(r.Role)} of {meeting.Children.First(c => c.Id == r.ChildId).Name}{(r.ParentalResponsibility ? ", parental responsibility" : "")}")));
    }

    /// <summary>The people who may be invited or sent papers: the adults in the children's lives, anyone already invited, and the safe routes recorded for them.</summary>
    public async Task<List<MeetingContact>> ContactsAsync(MeetingSummary meeting, CancellationToken ct = default)
    {
        var childIds = meeting.Children.Select(c => c.Id).ToList();
        var adults = await db.Relationships.Where(r => childIds.Contains(r.ChildId)).Select(r => r.AdultId).Distinct().ToListAsync(ct);
        var invited = await db.Facts.Where(f => f.MeetingId == meeting.Id && f.PersonId != null && (f.Type == "invitation-sent" || f.Type == "document-shared"))
            .Select(f => f.PersonId!.Value).Distinct().ToListAsync(ct);
        var involved = adults.Concat(invited).Distinct().ToList();
        var routes = await db.ContactRestrictions.Where(r => involved.Contains(r.RestrictedPersonId) && r.ViaPersonId != null)
            .Select(r => r.ViaPersonId!.Value).Distinct().ToListAsync(ct);
        var all = involved.Concat(routes).Distinct().ToList();
        var names = await NamesAsync(all, ct);
        var connections = await ConnectionsAsync(meeting, all, ct);
        return all
            .Select(id => new MeetingContact(id, names[id], connections.GetValueOrDefault(id) ?? (routes.Contains(id) ? "Safe route for correspondence" : "Invited")))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The kind of conference the rules give each child now (the same reading the CP_CONFERENCE_KIND guard makes).</summary>
    public async Task<List<ChildConferenceKind>> ConferenceKindsAsync(IReadOnlyList<long> childIds, CancellationToken ct = default)
    {
        var names = await NamesAsync(childIds, ct);
        var kinds = new List<ChildConferenceKind>();
        foreach (var child in childIds)
        {
            kinds.Add(new ChildConferenceKind(child, names[child], ChildProtectionRules.StandingOf(await _files.ChildAsync(child, ct)).ConferenceKind));
        }

        return kinds;
    }

    /// <summary>Other children who share an adult with parental responsibility with this child.</summary>
    public async Task<List<long>> SiblingIdsAsync(long childId, CancellationToken ct = default)
    {
        var parents = db.Relationships.Where(r => r.ChildId == childId && r.ParentalResponsibility).Select(r => r.AdultId);
        return await db.Relationships
            .Where(r => r.ChildId != childId && r.ParentalResponsibility && parents.Contains(r.AdultId))
            .Select(r => r.ChildId).Distinct().OrderBy(id => id).ToListAsync(ct);
    }

    public async Task<List<long>> InvitedAsync(long meetingId, CancellationToken ct = default) =>
        (await CaseFiles.FactsAsync(db.Facts.Where(f => f.MeetingId == meetingId && f.Type == "invitation-sent"), ct))
            .OfType<InvitationSent>().Select(i => i.PersonId).Distinct().ToList();

    public async Task<Dictionary<long, string>> NamesAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default) =>
        await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
}

public static class MeetingWords
{
    public static string Date(DateOnly? date) =>
        date?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string Name(MeetingType type, ConferenceKind? kind) => type switch
    {
        MeetingType.CoreGroup => "Core group meeting",
        _ => kind switch
        {
            ConferenceKind.Review => "Review child protection conference",
            ConferenceKind.TransferIn => "Transfer-in child protection conference",
            _ => "Initial child protection conference",
        },
    };

    public static string Role(RelationshipRole role) => role switch
    {
        RelationshipRole.StepParent => "Step-parent",
        _ => role.ToString(),
    };

    public static string Outcome(ConferenceOutcome outcome) => outcome switch
    {
        ConferenceOutcome.Plan => "Child protection plan",
        ConferenceOutcome.EndPlan => "End the child protection plan",
        ConferenceOutcome.ChildInNeed => "Child in need",
        _ => "No further action",
    };

    public static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }
}
