using System.Globalization;
using Safeguard.Correspondence;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Protection;

namespace Safeguard.Web.Features.Chronology;

/// <summary>What a meeting was, for describing its facts: a conference of a kind, or a core group.</summary>
public sealed record MeetingSketch(string Reference, MeetingType Type, ConferenceKind? Kind, DateOnly ScheduledFor);

/// <summary>Says in plain English what a fact on a child's record means ("Strategy discussion held: decided on a section 47 enquiry").</summary>
public sealed class FactDescriber(IReadOnlyDictionary<long, string> names, IReadOnlyDictionary<long, MeetingSketch> meetings)
{
    /// <summary>The ids of the people a fact names, so their names can be read in one go.</summary>
    public static IEnumerable<long> PeopleIn(Fact fact) => fact switch
    {
        ChildSeen f => Optional(f.ById),
        ParentConsulted f => [f.PersonId],
        ParentExcluded f => [f.PersonId],
        InvitationSent f => [f.PersonId],
        DocumentShared f => [f.PersonId],
        ConferenceHeld f => f.Attended,
        CoreGroupHeld f => f.Attended,
        ConferenceScheduled f => f.ChildIds,
        CoreGroupScheduled f => f.ChildIds,
        LeadSocialWorkerAllocated f => [f.WorkerId],
        ManagementReviewRecorded f => Optional(f.ById),
        QualityAlertRaised f => Optional(f.ById),
        ContactRestrictionRecorded f => [f.PersonId, .. f.Protects, .. Optional(f.ViaId)],
        LetterSent f => f.To,
        _ => [],
    };

    public static long? MeetingOf(Fact fact) => (fact as MeetingFact)?.MeetingId;

    public string Describe(Fact fact) => fact switch
    {
        ReferralReceived f => f.Source is null ? "Referral received" : $"Referral received from {f.Source}",
        ReferralDecided f => $"Referral decision: {ReferralDecisionWords(f.Decision)}",
        AssessmentCompleted f => $"Assessment completed: {AssessmentWords(f.Outcome)}",
        ChildInNeedPlanStarted => "Child in need plan started",
        ChildInNeedPlanEnded => "Child in need plan ended",
        StrategyDiscussionHeld f => $"Strategy discussion held: {StrategyWords(f.Decision)}"
            + (f.Attendees.Count > 0 ? $" (with {string.Join(", ", f.Attendees)})" : ""),
        Section47Completed f => $"Section 47 enquiry completed: {Section47Words(f.Outcome)}",
        ChildSeen f => $"Child seen {SeenWords(f.Purpose)}"
            + (f.Alone switch { true => ", alone", false => ", not alone", null => "" })
            + (f.ById is { } by ? $" by {Name(by)}" : ""),
        VisitNoAccess => "Visit made, but no access: the child was not seen",
        ParentConsulted f => $"{Name(f.PersonId)} consulted during the {(f.Purpose == ConsultationPurpose.Section47 ? "section 47 enquiry" : "assessment")}",
        ParentExcluded f => $"{Name(f.PersonId)} excluded from {(f.From == ExclusionScope.Section47 ? "the section 47 enquiry" : "meetings")}: {f.Reason}",
        ConferenceScheduled f => $"{Capitalise(KindWords(f.Kind))} child protection conference arranged for {Words(f.Date)}" + Together(f.ChildIds),
        ConferenceCancelled f => $"{Capitalise(MeetingWords(f.MeetingId))} cancelled: {f.Reason}",
        CoreGroupScheduled f => $"Core group arranged for {Words(f.Date)}" + Together(f.ChildIds),
        InvitationSent f => $"Invitation to the {MeetingWords(f.MeetingId)} sent to {Name(f.PersonId)}",
        DocumentShared f => $"{(f.Document == MeetingDocument.ConferenceReport ? "Conference report" : "Minutes of the " + MeetingWords(f.MeetingId))} shared with {Name(f.PersonId)}",
        ConferenceHeld f => $"{Capitalise(MeetingWords(f.MeetingId))} held: {ConferenceOutcomeWords(f)}" + Attended(f.Attended),
        CoreGroupHeld f => "Core group held" + Attended(f.Attended),
        LeadSocialWorkerAllocated f => $"{Name(f.WorkerId)} allocated as lead social worker",
        ManagementReviewRecorded f => "Management review of the case" + (f.ById is { } by ? $" by {Name(by)}" : ""),
        QualityAlertRaised f => "Quality alert raised by the conference chair" + (f.ById is { } by ? $" ({Name(by)})" : ""),
        QualityAlertResolved => "Quality alert resolved",
        ChildMoved f => $"Child moved {(f.Permanent ? "permanently" : "temporarily")} to {f.ToAuthority}",
        TransferNotified f => $"{f.ToAuthority} told of the child's move",
        TransferReceived f => $"Transfer in from {f.FromAuthority} received",
        ContactRestrictionRecorded f => $"Contact restriction: {Name(f.PersonId)} must not receive correspondence that would reach {string.Join(" or ", f.Protects.Select(Name))}"
            + (f.ViaId is { } via ? $"; write through {Name(via)}" : ""),
        LetterSent f => $"{LetterWords(f.Kind)} sent to {string.Join(", ", f.To.Select(Name))}",
        CaseClosed f => $"Case closed: {f.Reason}",
        _ => $"Recorded: {fact.TypeName.Replace('-', ' ')}",
    };

    private string Name(long id) => names.TryGetValue(id, out var name) ? name : "a person no longer on the record";

    private string Together(IReadOnlyList<long> childIds) =>
        childIds.Count > 1 ? $", for {string.Join(", ", childIds.Select(Name))}" : "";

    private string Attended(IReadOnlyList<long> attended) =>
        attended.Count > 0 ? $". Attended: {string.Join(", ", attended.Select(Name))}" : "";

    private string MeetingWords(long meetingId) => meetings.TryGetValue(meetingId, out var meeting)
        ? meeting.Type == MeetingType.CoreGroup ? "core group" : $"{KindWords(meeting.Kind ?? ConferenceKind.Initial)} child protection conference"
        : "meeting";

    private static string ConferenceOutcomeWords(ConferenceHeld f) => f.Outcome switch
    {
        ConferenceOutcome.Plan => "child protection plan" + (f.Category is { } category ? $" ({CategoryWords(category)})" : "")
            + (f.VisitIntervalWorkingDays is { } days ? $", child to be seen at least every {days} working days" : ""),
        ConferenceOutcome.EndPlan => "child protection plan ended",
        ConferenceOutcome.ChildInNeed => "no child protection plan; support as a child in need",
        ConferenceOutcome.NoFurtherAction => "no child protection plan; no further action",
        _ => f.Outcome.ToString(),
    };

    private static string CategoryWords(AbuseCategory category) => category switch
    {
        AbuseCategory.Neglect => "neglect",
        AbuseCategory.Physical => "physical abuse",
        AbuseCategory.Emotional => "emotional abuse",
        AbuseCategory.Sexual => "sexual abuse",
        _ => category.ToString(),
    };

    private static string KindWords(ConferenceKind kind) => kind switch
    {
        ConferenceKind.Initial => "initial",
        ConferenceKind.Review => "review",
        ConferenceKind.TransferIn => "transfer-in",
        _ => kind.ToString(),
    };

    private static string ReferralDecisionWords(ReferralDecision decision) => decision switch
    {
        ReferralDecision.NoFurtherAction => "no further action",
        ReferralDecision.EarlyHelp => "early help",
        ReferralDecision.Assessment => "assessment",
        ReferralDecision.StrategyDiscussion => "strategy discussion",
        _ => decision.ToString(),
    };

    private static string AssessmentWords(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.NoFurtherAction => "no further action",
        AssessmentOutcome.EarlyHelp => "early help",
        AssessmentOutcome.ChildInNeed => "child in need",
        AssessmentOutcome.StrategyDiscussion => "strategy discussion",
        _ => outcome.ToString(),
    };

    private static string StrategyWords(StrategyDecision decision) => decision switch
    {
        StrategyDecision.Section47 => "decided on a section 47 enquiry",
        StrategyDecision.ChildInNeed => "decided to support as a child in need",
        StrategyDecision.NoFurtherAction => "decided on no further action",
        _ => decision.ToString(),
    };

    private static string Section47Words(Section47Outcome outcome) => outcome switch
    {
        Section47Outcome.Conference => "initial child protection conference to be held",
        Section47Outcome.ChildInNeed => "support as a child in need",
        Section47Outcome.NoFurtherAction => "no further action",
        _ => outcome.ToString(),
    };

    private static string SeenWords(SeenPurpose purpose) => purpose switch
    {
        SeenPurpose.Visit => "on a visit",
        SeenPurpose.Section47 => "during the section 47 enquiry",
        SeenPurpose.Assessment => "for the assessment",
        _ => purpose.ToString(),
    };

    private static string LetterWords(LetterKind kind) => kind switch
    {
        LetterKind.Invitation => "Invitation letter",
        LetterKind.Report => "Report cover letter",
        LetterKind.Minutes => "Minutes cover letter",
        LetterKind.Outcome => "Outcome letter",
        _ => "Letter",
    };

    private static IEnumerable<long> Optional(long? id) => id is { } value ? [value] : [];

    private static string Words(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
