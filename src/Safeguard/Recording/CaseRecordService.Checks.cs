using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Protection;
using Safeguard.Rules;

namespace Safeguard.Recording;

public sealed partial class CaseRecordService
{
    /// <summary>Invalid input and steps out of order: a message naming the field, and nothing recorded.</summary>
    private async Task<Rejected?> ValidateAsync(Fact fact, string? newReference, long? supersedes, CancellationToken ct)
    {
        _correcting = supersedes;
        if (supersedes is { } corrected)
        {
            var type = await db.Facts.Where(f => f.Id == corrected).Select(f => f.Type).FirstOrDefaultAsync(ct);
            if (type is null)
            {
                return new Rejected("supersedes", $"There is no entry {corrected} to correct.");
            }

            if (type != fact.TypeName)
            {
                return new Rejected("supersedes", "A correction must be the same kind of entry as the one it corrects.");
            }

            if (await db.Facts.AnyAsync(f => f.SupersedesId == corrected, ct))
            {
                return new Rejected("supersedes", "This entry has already been corrected: correct the correction instead.");
            }
        }

        if (IntroducesSubject(fact))
        {
            if (string.IsNullOrWhiteSpace(newReference))
            {
                return new Rejected("reference", "Enter a reference for the new record.");
            }

            if (newReference.Length > 80)
            {
                return new Rejected("reference", "The reference must be 80 characters or fewer.");
            }

            if (await ReferenceTakenAsync(fact, newReference, ct))
            {
                return new Rejected("reference", $"The reference '{newReference}' is already in use.");
            }
        }

        return fact switch
        {
            ReferralReceived f => await ChildAsync("child", f.ChildId, ct),
            ReferralDecided f => await ChildAsync("child", f.ChildId, ct) ?? await ReferralOpenAsync(f, ct),
            AssessmentCompleted f => await ChildAsync("child", f.ChildId, ct),
            ChildInNeedPlanStarted f => await ChildAsync("child", f.ChildId, ct),
            ChildInNeedPlanEnded f => await ChildAsync("child", f.ChildId, ct) ?? await StandingCheckAsync(f.ChildId, s => s.OnChildInNeedPlan, "child", "The child is not on a child in need plan, so it cannot end.", ct),
            StrategyDiscussionHeld f => await ChildAsync("child", f.ChildId, ct),
            Section47Completed f => await ChildAsync("child", f.ChildId, ct) ?? await StandingCheckAsync(f.ChildId, s => s.EnquiryOpen, "child", "There is no section 47 enquiry open for this child: record the strategy discussion that started it first.", ct),
            ChildSeen f => await ChildAsync("child", f.ChildId, ct) ?? await PersonAsync("by", f.ById, PersonKind.Staff, ct),
            VisitNoAccess f => await ChildAsync("child", f.ChildId, ct),
            ParentConsulted f => await ChildAsync("child", f.ChildId, ct) ?? await PersonAsync("person", f.PersonId, PersonKind.Adult, ct),
            ParentExcluded f => await ChildAsync("child", f.ChildId, ct) ?? await PersonAsync("person", f.PersonId, PersonKind.Adult, ct) ?? Required("reason", f.Reason, "Enter why the parent is excluded"),
            ConferenceScheduled f => await ChildrenAsync(f.ChildIds, ct) ?? (f.Date < f.On ? new Rejected("date", "The conference date must be on or after the day it was scheduled.") : null),
            CoreGroupScheduled f => await ChildrenAsync(f.ChildIds, ct) ?? (f.Date < f.On ? new Rejected("date", "The core group date must be on or after the day it was scheduled.") : null),
            ConferenceCancelled f => await MeetingOpenAsync(f, MeetingType.Conference, ct) ?? Required("reason", f.Reason, "Enter why the conference was cancelled"),
            InvitationSent f => await MeetingExistsAsync(f.MeetingId, ct) ?? await PersonAsync("person", f.PersonId, null, ct),
            DocumentShared f => await MeetingExistsAsync(f.MeetingId, ct) ?? await PersonAsync("person", f.PersonId, null, ct) ?? await MinutesAfterMeetingAsync(f, ct),
            ConferenceHeld f => await MeetingOpenAsync(f, MeetingType.Conference, ct) ?? await PeopleAsync("attended", f.Attended, ct) ?? VisitFrequency(f),
            CoreGroupHeld f => await MeetingOpenAsync(f, MeetingType.CoreGroup, ct) ?? await PeopleAsync("attended", f.Attended, ct),
            LeadSocialWorkerAllocated f => await ChildAsync("child", f.ChildId, ct) ?? await PersonAsync("worker", f.WorkerId, PersonKind.Staff, ct),
            ManagementReviewRecorded f => await ChildAsync("child", f.ChildId, ct) ?? await PersonAsync("by", f.ById, PersonKind.Staff, ct),
            QualityAlertRaised f => await ChildAsync("child", f.ChildId, ct) ?? await PersonAsync("by", f.ById, PersonKind.Staff, ct),
            QualityAlertResolved f => await AlertOpenAsync(f, ct),
            ChildMoved f => await ChildAsync("child", f.ChildId, ct) ?? Required("toAuthority", f.ToAuthority, "Enter the council the child moved to"),
            TransferNotified f => await ChildAsync("child", f.ChildId, ct) ?? Required("toAuthority", f.ToAuthority, "Enter the council that was told") ?? await MovedAsync(f, ct),
            TransferReceived f => await ChildAsync("child", f.ChildId, ct) ?? Required("fromAuthority", f.FromAuthority, "Enter the council the child came from"),
            ContactRestrictionRecorded f => await PersonAsync("person", f.PersonId, null, ct) ?? await PeopleAsync("protects", f.Protects, ct) ?? await PersonAsync("via", f.ViaId, null, ct) ?? (f.Protects.Count == 0 ? new Rejected("protects", "Name at least one person the restriction protects.") : null),
            LetterSent f => await LetterAsync(f, ct),
            CaseClosed f => await ChildAsync("child", f.ChildId, ct) ?? Required("reason", f.Reason, "Enter why the case is closed"),
            ActionAgreed f => await ActionAsync(f, ct),
            ActionCompleted f => await ActionOpenAsync(f, ct),
            RemedyDelivered f => await RemedyOpenAsync(f, ct),
            ComplaintFact f => await ComplaintAsync(f, ct),
            _ => new Rejected("type", $"'{fact.TypeName}' cannot be recorded here."),
        };
    }

    private static bool IntroducesSubject(Fact fact) => fact is ConferenceScheduled or CoreGroupScheduled or QualityAlertRaised
        or ComplaintReceived or RecommendationMade or ActionAgreed or RemedyAgreed;

    private async Task<bool> ReferenceTakenAsync(Fact fact, string reference, CancellationToken ct) => fact switch
    {
        ConferenceScheduled or CoreGroupScheduled => await db.Meetings.AnyAsync(m => m.Reference == reference, ct),
        QualityAlertRaised => await db.QualityAlerts.AnyAsync(a => a.Reference == reference, ct),
        ComplaintReceived => await db.Complaints.AnyAsync(c => c.Reference == reference, ct),
        RecommendationMade => await db.Recommendations.AnyAsync(r => r.Reference == reference, ct),
        ActionAgreed => await db.Actions.AnyAsync(a => a.Reference == reference, ct),
        RemedyAgreed => await db.Remedies.AnyAsync(r => r.Reference == reference, ct),
        _ => false,
    };

    private static Rejected? Required(string field, string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? new Rejected(field, message + ".") : null;

    private async Task<Rejected?> ChildAsync(string field, long childId, CancellationToken ct) =>
        await db.People.Where(p => p.Id == childId).Select(p => (PersonKind?)p.Kind).FirstOrDefaultAsync(ct) switch
        {
            null => new Rejected(field, "There is no such child on the record."),
            PersonKind.Child => null,
            _ => new Rejected(field, "This person is not a child."),
        };

    private async Task<Rejected?> ChildrenAsync(IReadOnlyList<long> childIds, CancellationToken ct)
    {
        if (childIds.Count == 0)
        {
            return new Rejected("child", "Name the child the meeting is about.");
        }

        foreach (var child in childIds)
        {
            if (await ChildAsync("child", child, ct) is { } rejected)
            {
                return rejected;
            }
        }

        return childIds.Distinct().Count() != childIds.Count ? new Rejected("children", "A child is named twice.") : null;
    }

    private async Task<Rejected?> PersonAsync(string field, long? personId, PersonKind? kind, CancellationToken ct)
    {
        if (personId is not { } id)
        {
            return null;
        }

        var found = await db.People.Where(p => p.Id == id).Select(p => (PersonKind?)p.Kind).FirstOrDefaultAsync(ct);
        return found switch
        {
            null => new Rejected(field, "There is no such person on the record."),
            _ when kind is not null && found != kind => new Rejected(field, $"This person must be {(kind == PersonKind.Staff ? "a member of staff" : kind == PersonKind.Adult ? "an adult" : "a child")}."),
            _ => null,
        };
    }

    private async Task<Rejected?> PeopleAsync(string field, IEnumerable<long> people, CancellationToken ct)
    {
        foreach (var person in people)
        {
            if (await PersonAsync(field, person, null, ct) is { } rejected)
            {
                return rejected;
            }
        }

        return null;
    }

    /// <summary>Order checks see the record as it would be with the entry being corrected taken out.</summary>
    private async Task<Rejected?> StandingCheckAsync(long childId, Func<ChildStanding, bool> allowed, string field, string message, CancellationToken ct)
    {
        var file = await _files.ChildAsync(childId, ct);
        if (_correcting is { } corrected)
        {
            file = file with { Facts = [.. file.Facts.Where(f => f.Id != corrected)] };
        }

        return allowed(ChildProtectionRules.StandingOf(file)) ? null : new Rejected(field, message);
    }

    private async Task<Rejected?> ReferralOpenAsync(ReferralDecided f, CancellationToken ct)
    {
        var facts = await CaseFiles.FactsAsync(db.Facts.Where(r => r.ChildId == f.ChildId && r.Id != _correcting && (r.Type == "referral-received" || r.Type == "referral-decision")), ct);
        var received = facts.Count(x => x is ReferralReceived);
        var decided = facts.Count(x => x is ReferralDecided);
        return received > decided ? null : new Rejected("child", "There is no referral awaiting a decision for this child: record the referral first.");
    }

    private async Task<Rejected?> MeetingExistsAsync(long meetingId, CancellationToken ct) =>
        await db.Meetings.AnyAsync(m => m.Id == meetingId, ct) ? null : new Rejected("meeting", "There is no such meeting on the record.");

    private async Task<Rejected?> MeetingOpenAsync(MeetingFact f, MeetingType type, CancellationToken ct)
    {
        var meeting = await db.Meetings.Where(m => m.Id == f.MeetingId).Select(m => (MeetingType?)m.Type).FirstOrDefaultAsync(ct);
        if (meeting is null)
        {
            return new Rejected("meeting", "There is no such meeting on the record.");
        }

        if (meeting != type)
        {
            return new Rejected("meeting", type == MeetingType.Conference ? "This meeting is a core group, not a conference." : "This meeting is a conference, not a core group.");
        }

        var ended = await db.Facts.Where(r => r.MeetingId == f.MeetingId && (r.Type == "conference-held" || r.Type == "core-group-held" || r.Type == "conference-cancelled"))
            .Select(r => r.Type).FirstOrDefaultAsync(ct);
        return ended switch
        {
            null => null,
            "conference-cancelled" => new Rejected("meeting", "This conference was cancelled."),
            _ => new Rejected("meeting", "This meeting has already been held."),
        };
    }

    private async Task<Rejected?> MinutesAfterMeetingAsync(DocumentShared f, CancellationToken ct)
    {
        if (f.Document != MeetingDocument.Minutes)
        {
            return null;
        }

        var held = await db.Facts.AnyAsync(r => r.MeetingId == f.MeetingId && (r.Type == "conference-held" || r.Type == "core-group-held"), ct);
        return held ? null : new Rejected("document", "The minutes cannot be shared before the meeting is held.");
    }

    private static Rejected? VisitFrequency(ConferenceHeld f) => f.VisitIntervalWorkingDays switch
    {
        null => null,
        < 1 or > 60 => new Rejected("visitIntervalWorkingDays", "The visit frequency must be from 1 to 60 working days."),
        _ when f.Outcome != ConferenceOutcome.Plan => new Rejected("visitIntervalWorkingDays", "A visit frequency is set only when the conference decides on a plan."),
        _ => null,
    };

    private async Task<Rejected?> AlertOpenAsync(QualityAlertResolved f, CancellationToken ct)
    {
        if (!await db.QualityAlerts.AnyAsync(a => a.Id == f.AlertId, ct))
        {
            return new Rejected("alert", "There is no such quality alert on the record.");
        }

        return await db.Facts.AnyAsync(r => r.AlertId == f.AlertId && r.Id != _correcting && r.Type == "quality-alert-resolved", ct)
            ? new Rejected("alert", "This quality alert has already been resolved.")
            : null;
    }

    private async Task<Rejected?> MovedAsync(TransferNotified f, CancellationToken ct) =>
        await db.Facts.AnyAsync(r => r.ChildId == f.ChildId && r.Type == "child-moved", ct)
            ? null
            : new Rejected("child", "No move has been recorded for this child: record the move first.");

    private async Task<Rejected?> LetterAsync(LetterSent f, CancellationToken ct)
    {
        if (f.To.Count == 0)
        {
            return new Rejected("to", "Name at least one person the letter went to.");
        }

        if (await PeopleAsync("to", f.To, ct) is { } rejected)
        {
            return rejected;
        }

        if (f.AboutChildId is { } child)
        {
            return await ChildAsync("about", child, ct) ?? await LetterMeetingAsync(f.AboutMeetingId, child, ct);
        }

        if (f.AboutComplaintId is { } complaint)
        {
            return await db.Complaints.AnyAsync(c => c.Id == complaint, ct) ? null : new Rejected("about", "There is no such complaint on the record.");
        }

        return new Rejected("about", "Say which child or complaint the letter is about.");
    }

    private async Task<Rejected?> LetterMeetingAsync(long? meetingId, long childId, CancellationToken ct) =>
        meetingId is not { } meeting || await db.MeetingChildren.AnyAsync(m => m.MeetingId == meeting && m.ChildId == childId, ct)
            ? null
            : new Rejected("meeting", "There is no such meeting about this child on the record.");

    /// <summary>A letter about a meeting concerns every child of the meeting, not only the child it is filed under.</summary>
    private async Task<IReadOnlyList<long>> LetterConcernsAsync(LetterSent f, CancellationToken ct)
    {
        var children = f.AboutMeetingId is { } meeting
            ? await db.MeetingChildren.Where(m => m.MeetingId == meeting).Select(m => m.ChildId).ToListAsync(ct)
            : [];
        return f.AboutChildId is { } child && !children.Contains(child) ? [child, .. children] : children;
    }

    private async Task<Rejected?> ActionAsync(ActionAgreed f, CancellationToken ct)
    {
        if (Required("text", f.Text, "Enter the action") is { } noText)
        {
            return noText;
        }

        if (f.RecommendationId is { } recommendation && !await db.Recommendations.AnyAsync(r => r.Id == recommendation, ct))
        {
            return new Rejected("recommendation", "There is no such recommendation on the record.");
        }

        if (f.ComplaintId is { } complaint && !await db.Complaints.AnyAsync(c => c.Id == complaint, ct))
        {
            return new Rejected("complaint", "There is no such complaint on the record.");
        }

        if (f.Due is { } due && due < f.On)
        {
            return new Rejected("due", "The action's due date must be on or after the day it was agreed.");
        }

        return await PersonAsync("owner", f.OwnerPersonId, null, ct);
    }

    private async Task<Rejected?> ActionOpenAsync(ActionCompleted f, CancellationToken ct)
    {
        if (!await db.Actions.AnyAsync(a => a.Id == f.ActionId, ct))
        {
            return new Rejected("action", "There is no such action on the record.");
        }

        if (await db.Facts.AnyAsync(r => r.ActionId == f.ActionId && r.Type == "action-completed", ct))
        {
            return new Rejected("action", "This action has already been completed.");
        }

        return Required("evidence", f.Evidence, "Enter the evidence that the action is done");
    }

    private async Task<Rejected?> RemedyOpenAsync(RemedyDelivered f, CancellationToken ct)
    {
        if (!await db.Remedies.AnyAsync(r => r.Id == f.RemedyId, ct))
        {
            return new Rejected("remedy", "There is no such remedy on the record.");
        }

        return await db.Facts.AnyAsync(r => r.RemedyId == f.RemedyId && r.Type == "remedy-delivered", ct)
            ? new Rejected("remedy", "This remedy has already been delivered.")
            : null;
    }

    /// <summary>Guards (rules.md §6): a refusal a person sees, recorded as blocked.</summary>
    private async Task<Refused?> GuardAsync(Fact fact, CancellationToken ct) => fact switch
    {
        ConferenceScheduled f => await ConferenceKindGuardAsync(f, ct),
        InvitationSent f => await SafeContactForMeetingAsync(f.MeetingId, f.PersonId, "invitation", ct),
        DocumentShared f => await SafeContactForMeetingAsync(f.MeetingId, f.PersonId, f.Document == MeetingDocument.Minutes ? "minutes" : "report", ct),
        LetterSent f => await SafeContactAsync(f.To, await LetterConcernsAsync(f, ct), "letter", ct),
        ComplaintResponseFact f when f is not Stage3ReportIssued || f.Outcomes.Count > 0 => await AllPointsGuardAsync(f, ct),
        _ => null,
    };

    private async Task<Refused?> ConferenceKindGuardAsync(ConferenceScheduled f, CancellationToken ct)
    {
        var kinds = new List<(long Child, ConferenceKind Kind)>();
        foreach (var child in f.ChildIds)
        {
            kinds.Add((child, ChildProtectionRules.StandingOf(await _files.ChildAsync(child, ct)).ConferenceKind));
        }

        var derived = kinds.Select(k => k.Kind).Distinct().ToList();
        if (derived.Count > 1)
        {
            return new Refused(RuleIds.ConferenceKind, "The children are not all at the same stage: some are on a plan and some are not. Schedule separate conferences.", new DutySubjects { ChildId = kinds[0].Child }, null);
        }

        if (derived[0] != f.Kind)
        {
            var why = derived[0] switch
            {
                ConferenceKind.Review => "the child is already on a child protection plan, so this is a review conference",
                ConferenceKind.TransferIn => "the child has moved here with a plan, so this is a transfer-in conference",
                _ => "the child is not on a child protection plan, so this is an initial conference",
            };
            return new Refused(RuleIds.ConferenceKind, $"This cannot be scheduled as {Article(f.Kind)} conference: {why}.", new DutySubjects { ChildId = kinds[0].Child }, null);
        }

        return null;
    }

    private static string Article(ConferenceKind kind) => kind switch
    {
        ConferenceKind.Initial => "an initial",
        ConferenceKind.Review => "a review",
        _ => "a transfer-in",
    };

    private async Task<Refused?> SafeContactForMeetingAsync(long meetingId, long personId, string what, CancellationToken ct)
    {
        var children = await db.MeetingChildren.Where(m => m.MeetingId == meetingId).Select(m => m.ChildId).ToListAsync(ct);
        return await SafeContactAsync([personId], children, what, ct);
    }

    private async Task<Refused?> SafeContactAsync(IReadOnlyList<long> recipients, IReadOnlyList<long> children, string what, CancellationToken ct)
    {
        var restrictions = await db.ContactRestrictions.Where(r => recipients.Contains(r.RestrictedPersonId))
            .Select(r => new RestrictionInfo(r.RestrictedPersonId, r.Protects.Select(p => p.PersonId).ToList(), r.ViaPersonId))
            .ToListAsync(ct);
        if (restrictions.Count == 0)
        {
            return null;
        }

        var responsibility = await db.Relationships.Where(r => recipients.Contains(r.AdultId) && children.Contains(r.ChildId) && r.ParentalResponsibility)
            .Select(r => new { r.AdultId, r.ChildId }).ToListAsync(ct);
        var exclusions = (await CaseFiles.FactsAsync(db.Facts.Where(r => r.Type == "parent-excluded" && r.PersonId != null && recipients.Contains(r.PersonId.Value)), ct))
            .OfType<ParentExcluded>().Where(e => e.From == ExclusionScope.Meetings).ToList();
        var refusal = SafeContactGuard.Check(new SendingContext(
            recipients,
            children,
            restrictions,
            (person, child) => responsibility.Any(r => r.AdultId == person && r.ChildId == child),
            (person, child) => exclusions.Any(e => e.PersonId == person && e.ChildId == child)));
        if (refusal is null)
        {
            return null;
        }

        var names = await db.People.Where(p => p.Id == refusal.RestrictedPersonId || p.Id == refusal.SafeRouteId || p.Id == refusal.TogetherWithId || p.Id == refusal.ChildId)
            .ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        var restricted = names[refusal.RestrictedPersonId];
        var reason = refusal.TogetherWithId is { } together
            ? $"The {what} would reach {restricted}, who is under a contact restriction, together with {names[together]}, whom the restriction protects."
            : $"The {what} concerns {names[refusal.ChildId!.Value]}, whom the restriction on {restricted} protects, and {restricted} {(refusal.ExcludedFromMeetings ? "is excluded from the child's meetings" : "has no parental responsibility for the child")}.";
        var route = refusal.SafeRouteId is { } via ? $" Send it through the recorded safe route instead: {names[via]}." : " No safe route is recorded: record one before sending anything.";
        return new Refused(RuleIds.SafeContact, reason + route, new DutySubjects { PersonId = refusal.RestrictedPersonId, ChildId = refusal.ChildId }, refusal.SafeRouteId);
    }

    private async Task<Refused?> AllPointsGuardAsync(ComplaintResponseFact f, CancellationToken ct)
    {
        var points = await db.ComplaintPoints.Where(p => p.ComplaintId == f.ComplaintId).OrderBy(p => p.Id).ToListAsync(ct);
        var missing = points.Where(p => !f.Outcomes.ContainsKey(p.Id)).Select(p => p.Reference).ToList();
        return missing.Count == 0
            ? null
            : new Refused(RuleIds.ResponseAllPoints, $"The response gives no outcome for {(missing.Count == 1 ? "point" : "points")} {string.Join(", ", missing)}. Every point needs an outcome: upheld, partly upheld, not upheld or excluded.", new DutySubjects { ComplaintId = f.ComplaintId }, null);
    }
}
