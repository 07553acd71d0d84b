using Safeguard.Facts;
using Safeguard.Protection;
using Safeguard.Rules;

namespace Safeguard.Tests.Rules;

/// <summary>Builds one child's record for the child protection rules. Facts may be added in any order; they are evaluated by date, same-day facts in the order added.</summary>
internal sealed class ChildCase
{
    public const long Child = 1;
    public const long Mother = 11;
    public const long Father = 12;
    public const long FirstYearWorker = 31;
    public const long UnqualifiedWorker = 32;
    public const long ExperiencedWorker = 33;

    private readonly List<Fact> _facts = [];
    private readonly Dictionary<long, MeetingInfo> _meetings = [];
    private readonly Dictionary<long, StaffInfo> _staff = new()
    {
        [FirstYearWorker] = new StaffInfo(FirstYearWorker, Qualified: true, FirstYear: true),
        [UnqualifiedWorker] = new StaffInfo(UnqualifiedWorker, Qualified: false, FirstYear: false),
        [ExperiencedWorker] = new StaffInfo(ExperiencedWorker, Qualified: true, FirstYear: false),
    };

    private long _nextMeetingId = 501;

    public ChildCase With(Fact fact)
    {
        _facts.Add(fact);
        return this;
    }

    public ChildCase Referral(DateOnly on) => With(new ReferralReceived { On = on, ChildId = Child });

    public ChildCase ReferralDecided(DateOnly on, ReferralDecision decision = ReferralDecision.Assessment) =>
        With(new ReferralDecided { On = on, ChildId = Child, Decision = decision });

    public ChildCase AssessmentCompleted(DateOnly on) =>
        With(new AssessmentCompleted { On = on, ChildId = Child, Outcome = AssessmentOutcome.ChildInNeed });

    public ChildCase Strategy(DateOnly on, StrategyDecision decision = StrategyDecision.Section47) =>
        With(new StrategyDiscussionHeld { On = on, ChildId = Child, Decision = decision });

    public ChildCase EnquiryCompleted(DateOnly on, Section47Outcome outcome = Section47Outcome.Conference) =>
        With(new Section47Completed { On = on, ChildId = Child, Outcome = outcome });

    public ChildCase Seen(DateOnly on, SeenPurpose purpose = SeenPurpose.Visit) =>
        With(new ChildSeen { On = on, ChildId = Child, Purpose = purpose });

    public ChildCase NoAccess(DateOnly on) => With(new VisitNoAccess { On = on, ChildId = Child });

    public ChildCase Consulted(DateOnly on, long parent, ConsultationPurpose purpose = ConsultationPurpose.Section47) =>
        With(new ParentConsulted { On = on, ChildId = Child, PersonId = parent, Purpose = purpose });

    public ChildCase Excluded(DateOnly on, long parent, ExclusionScope from) =>
        With(new ParentExcluded { On = on, ChildId = Child, PersonId = parent, From = from, Reason = "Risk of harm to the child's mother" });

    /// <summary>A conference of the given kind held on the date, with its outcome for this child.</summary>
    public ChildCase Conference(DateOnly on, ConferenceKind kind, ConferenceOutcome outcome, int? visitInterval = null)
    {
        var id = _nextMeetingId++;
        _meetings[id] = new MeetingInfo(id, MeetingType.Conference, kind, [Child]);
        return With(new ConferenceHeld { On = on, MeetingId = id, Outcome = outcome, VisitIntervalWorkingDays = visitInterval });
    }

    public ChildCase StartPlan(DateOnly on, int? visitInterval = null) =>
        Conference(on, ConferenceKind.Initial, ConferenceOutcome.Plan, visitInterval);

    public ChildCase Review(DateOnly on, ConferenceOutcome outcome = ConferenceOutcome.Plan, int? visitInterval = null) =>
        Conference(on, ConferenceKind.Review, outcome, visitInterval);

    public ChildCase CoreGroup(DateOnly on)
    {
        var id = _nextMeetingId++;
        _meetings[id] = new MeetingInfo(id, MeetingType.CoreGroup, null, [Child]);
        return With(new CoreGroupHeld { On = on, MeetingId = id });
    }

    public ChildCase Lead(DateOnly on, long worker) => With(new LeadSocialWorkerAllocated { On = on, ChildId = Child, WorkerId = worker });

    public ChildCase ManagementReview(DateOnly on) => With(new ManagementReviewRecorded { On = on, ChildId = Child });

    public ChildCase AlertRaised(DateOnly on, long alertId) => With(new QualityAlertRaised { On = on, ChildId = Child, AlertId = alertId });

    public ChildCase AlertResolved(DateOnly on, long alertId) => With(new QualityAlertResolved { On = on, AlertId = alertId });

    public ChildCase ChildInNeedPlan(DateOnly on) => With(new ChildInNeedPlanStarted { On = on, ChildId = Child });

    public ChildCase ChildInNeedPlanEnded(DateOnly on) => With(new ChildInNeedPlanEnded { On = on, ChildId = Child });

    public ChildCase Moved(DateOnly on, bool permanent = true) =>
        With(new ChildMoved { On = on, ChildId = Child, ToAuthority = "Northshire County Council", Permanent = permanent });

    public ChildCase Notified(DateOnly on) => With(new TransferNotified { On = on, ChildId = Child, ToAuthority = "Northshire County Council" });

    public ChildCase TransferReceived(DateOnly on) => With(new TransferReceived { On = on, ChildId = Child, FromAuthority = "Southshire Council" });

    public ChildCase Closed(DateOnly on) => With(new CaseClosed { On = on, ChildId = Child, Reason = "Plan no longer needed" });

    public ChildFile File => new(Child, _facts.OrderBy(f => f.On).ToList(), _meetings, _staff, [Mother, Father]);

    public IReadOnlyList<Duty> Evaluate(DateOnly asOf) => RuleKit.Defaults.Children.Evaluate(File, asOf);
}
