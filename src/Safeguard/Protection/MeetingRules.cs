using Safeguard.Policy;
using Safeguard.Rules;

namespace Safeguard.Protection;

/// <summary>
/// The duties a conference or core group creates once it is held (rules.md §4): each person with parental
/// responsibility invited, the report shared in time with each invited parent, the minutes sent afterwards.
/// A cancelled meeting, or one not yet held, creates none.
/// </summary>
public sealed class MeetingRules(Clock clock, PolicySettings policy)
{
    public IReadOnlyList<Duty> Evaluate(MeetingFile file, DateOnly asOf)
    {
        var facts = file.Facts.Where(f => f.On <= asOf).ToList();
        var held = facts.FirstOrDefault(f => f is ConferenceHeld or CoreGroupHeld);
        if (held is null || facts.Any(f => f is ConferenceCancelled && f.On <= held.On))
        {
            return [];
        }

        var meeting = file.Meeting;
        var heldOn = held.On;
        var duties = new List<Duty>();
        var excluded = file.Exclusions
            .Where(e => e.From == ExclusionScope.Meetings && e.On <= heldOn && e.On <= asOf)
            .Select(e => e.PersonId)
            .ToHashSet();
        var invited = facts.OfType<InvitationSent>().Where(i => i.On <= heldOn).Select(i => i.PersonId).ToHashSet();
        var expected = file.ParentsWithResponsibility.Where(p => !excluded.Contains(p)).ToList();
        var meetingName = meeting.Type == MeetingType.Conference ? "the conference" : "the core group";

        foreach (var parent in expected.Where(p => !invited.Contains(p)))
        {
            duties.Add(new Duty(RuleIds.ParentInvited, new DutySubjects { MeetingId = meeting.Id, PersonId = parent }, DutyOutcome.Missing)
            {
                StartedOn = heldOn,
                StartedBy = meetingName,
                Detail = $"{Capitalise(meetingName)} was held on {Clock.Words(heldOn)} without this parent having been invited and without a recorded reason to exclude them.",
            });
        }

        foreach (var parent in expected.Where(invited.Contains))
        {
            var subjects = new DutySubjects { MeetingId = meeting.Id, PersonId = parent };
            var shared = facts.OfType<DocumentShared>().Where(d => d.PersonId == parent).ToList();
            var minutes = shared.FirstOrDefault(d => d.Document == MeetingDocument.Minutes)?.On;
            if (meeting.Type == MeetingType.Conference)
            {
                var report = shared.FirstOrDefault(d => d.Document == MeetingDocument.ConferenceReport)?.On;
                duties.Add(clock.WorkingDaysBefore(RuleIds.ConferenceReportNotice, subjects, heldOn, meetingName, policy.ConferenceReportNoticeWorkingDays, report));
                duties.Add(clock.WithinWorkingDays(RuleIds.ConferenceMinutes, subjects, heldOn, meetingName, policy.ConferenceMinutesWorkingDays, minutes));
            }
            else
            {
                duties.Add(clock.WithinWorkingDays(RuleIds.CoreGroupMinutes, subjects, heldOn, meetingName, policy.CoreGroupMinutesWorkingDays, minutes));
            }
        }

        return duties;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
