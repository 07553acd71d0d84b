using Safeguard.Correspondence;
using Safeguard.People;
using Safeguard.Protection;

namespace Safeguard.Demo;

/// <summary>How a conference goes.</summary>
internal sealed record ConferencePlan
{
    public bool InviteFather { get; init; } = true;

    /// <summary>Working days before the conference the report is shared; null: not shared (yet).</summary>
    public int? ReportDaysBefore { get; init; } = 4;

    /// <summary>For the father, when it differs from the mother's.</summary>
    public int? FatherReportDaysBefore { get; init; } = 4;

    public bool MinutesShared { get; init; } = true;

    public int MinutesAfter { get; init; } = 8;

    public int? VisitFrequency { get; init; }

    public AbuseCategory Category { get; init; } = AbuseCategory.Neglect;
}

/// <summary>How the enquiry before an initial conference goes.</summary>
internal sealed record EnquiryPlan
{
    /// <summary>Working days from the strategy discussion to the conference (15 or fewer is on time).</summary>
    public int StrategyBefore { get; init; } = 12;

    public bool ChildSeen { get; init; } = true;

    public bool FatherConsulted { get; init; } = true;

    /// <summary>An assessment came first, and found the concerns that led to the strategy discussion.</summary>
    public bool ViaAssessment { get; init; }

    public ConferencePlan Conference { get; init; } = new();
}

/// <summary>The work of a plan, with the last visit, core group and management review pinned where a due item needs it.</summary>
internal sealed record PlanWork
{
    public DateOnly? LastVisit { get; init; }

    public int VisitStep { get; init; } = 8;

    /// <summary>False: the first core group is still to be held.</summary>
    public bool CoreGroups { get; init; } = true;

    public DateOnly? LastCoreGroup { get; init; }

    public bool LastCoreGroupMinutes { get; init; } = true;

    public DateOnly? LastManagementReview { get; init; }
}

internal sealed partial class DemoSeeder
{
    private static readonly string[] Sources = ["school", "police", "health visitor", "GP", "neighbour", "nursery", "family member"];

    private void Referral(Story s, Family f, DateOnly on, ReferralDecision? decision, DateOnly? decidedOn = null, bool allocate = true)
    {
        var source = Sources[f.Number % Sources.Length];
        s.Add(on, Business, d => new ReferralReceived { On = d, ChildId = f.Child, Source = source });
        if (decision is { } decided)
        {
            s.Add(decidedOn ?? on, f.Manager, d => new ReferralDecided { On = d, ChildId = f.Child, Decision = decided });
            if (allocate && decided != ReferralDecision.NoFurtherAction)
            {
                Allocate(s, f, decidedOn ?? on);
            }
        }
    }

    private void Allocate(Story s, Family f, DateOnly on) =>
        s.Add(on, f.Manager, d => new LeadSocialWorkerAllocated { On = d, ChildId = f.Child, WorkerId = Staff(f.Worker) });

    private static void StrategyDiscussion(Story s, Family f, DateOnly on) =>
        s.Add(on, f.Worker, d => new StrategyDiscussionHeld { On = d, ChildId = f.Child, Decision = StrategyDecision.Section47, Attendees = ["police", "health", "school"] });

    private void Seen(Story s, Family f, DateOnly on, SeenPurpose purpose) =>
        s.Add(on, f.Worker, d => new ChildSeen { On = d, ChildId = f.Child, Purpose = purpose, Alone = f.Number % 2 == 0, ById = Staff(f.Worker) });

    private static void Consulted(Story s, Family f, long parent, DateOnly on, ConsultationPurpose purpose) =>
        s.Add(on, f.Worker, d => new ParentConsulted { On = d, ChildId = f.Child, PersonId = parent, Purpose = purpose });

    /// <summary>Referral, strategy discussion, section 47 enquiry and an initial conference held on <paramref name="conference"/> that starts a plan.</summary>
    private Slot PathToPlan(Story s, Family f, DateOnly conference, EnquiryPlan? plan = null)
    {
        plan ??= new EnquiryPlan();
        var strategy = Add(conference, -plan.StrategyBefore);
        var completed = Add(strategy, 6);
        Enquiry(s, f, strategy, completed, plan);
        return Conference(s, f, $"ICPC-{f.Reference}", ConferenceKind.Initial, completed, conference, ConferenceOutcome.Plan, plan.Conference);
    }

    /// <summary>Referral (or an assessment first), strategy discussion and a section 47 enquiry completed on <paramref name="completed"/>, if that day has come.</summary>
    private void Enquiry(Story s, Family f, DateOnly strategy, DateOnly completed, EnquiryPlan plan, Section47Outcome outcome = Section47Outcome.Conference)
    {
        if (plan.ViaAssessment)
        {
            var referral = Add(strategy, -20);
            Referral(s, f, referral, ReferralDecision.Assessment);
            Seen(s, f, Add(referral, 4), SeenPurpose.Assessment);
            Consulted(s, f, f.Mother, Add(referral, 5), ConsultationPurpose.Assessment);
            s.Add(Add(strategy, -1), f.Worker, d => new AssessmentCompleted { On = d, ChildId = f.Child, Outcome = AssessmentOutcome.StrategyDiscussion });
        }
        else
        {
            Referral(s, f, Add(strategy, -1), ReferralDecision.StrategyDiscussion);
        }

        StrategyDiscussion(s, f, strategy);
        if (plan.ChildSeen && Add(strategy, 1) <= _today)
        {
            Seen(s, f, Add(strategy, 1), SeenPurpose.Section47);
        }

        if (Add(strategy, 2) <= _today)
        {
            Consulted(s, f, f.Mother, Add(strategy, 2), ConsultationPurpose.Section47);
        }

        if (plan.FatherConsulted && f.FatherHasResponsibility && f.Father is { } father && Add(strategy, 3) <= _today)
        {
            Consulted(s, f, father, Add(strategy, 3), ConsultationPurpose.Section47);
        }

        if (completed <= _today)
        {
            s.Add(completed, f.Worker, d => new Section47Completed { On = d, ChildId = f.Child, Outcome = outcome });
        }
    }

    /// <summary>
    /// A conference scheduled on <paramref name="scheduledOn"/> for <paramref name="date"/>: invitations, the report,
    /// and when <paramref name="outcome"/> is given and the day has come, the conference itself and its minutes.
    /// </summary>
    private Slot Conference(Story s, Family f, string reference, ConferenceKind kind, DateOnly scheduledOn, DateOnly date, ConferenceOutcome? outcome, ConferencePlan? plan = null)
    {
        plan ??= new ConferencePlan();
        var slot = new Slot();
        s.Add(scheduledOn, Business, d => new ConferenceScheduled { On = d, MeetingId = 0, ChildIds = [f.Child], Kind = kind, Date = date }, reference, slot);
        var invitees = f.Invitees.Where(p => plan.InviteFather || p != f.Father).ToList();
        foreach (var parent in invitees)
        {
            s.Add(scheduledOn, Business, d => new InvitationSent { On = d, MeetingId = slot.Id, PersonId = parent });
            var before = parent == f.Father ? plan.FatherReportDaysBefore : plan.ReportDaysBefore;
            if (before is { } days && Max(Add(date, -days), scheduledOn) is var shared && shared <= _today)
            {
                s.Add(shared, f.Worker, d => new DocumentShared { On = d, MeetingId = slot.Id, Document = MeetingDocument.ConferenceReport, PersonId = parent });
            }
        }

        if (outcome is { } decided && date <= _today)
        {
            var category = decided == ConferenceOutcome.Plan ? plan.Category : (AbuseCategory?)null;
            s.Add(date, Chair, d => new ConferenceHeld
            {
                On = d,
                MeetingId = slot.Id,
                Attended = [.. invitees, Staff(f.Worker)],
                Outcome = decided,
                Category = category,
                VisitIntervalWorkingDays = plan.VisitFrequency,
            });
            var minutes = Add(date, plan.MinutesAfter);
            if (plan.MinutesShared && minutes <= _today)
            {
                foreach (var parent in invitees)
                {
                    s.Add(minutes, Business, d => new DocumentShared { On = d, MeetingId = slot.Id, Document = MeetingDocument.Minutes, PersonId = parent });
                }
            }
        }

        return slot;
    }

    /// <summary>A core group scheduled five working days ahead, held on <paramref name="held"/> (if the day has come), with its minutes five working days later.</summary>
    private void CoreGroup(Story s, Family f, string reference, DateOnly scheduledOn, DateOnly held, bool minutesShared, bool hold = true)
    {
        var slot = new Slot();
        s.Add(scheduledOn, f.Worker, d => new CoreGroupScheduled { On = d, MeetingId = 0, ChildIds = [f.Child], Date = held }, reference, slot);
        foreach (var parent in f.Invitees)
        {
            s.Add(scheduledOn, Business, d => new InvitationSent { On = d, MeetingId = slot.Id, PersonId = parent });
        }

        if (!hold || held > _today)
        {
            return;
        }

        s.Add(held, f.Worker, d => new CoreGroupHeld { On = d, MeetingId = slot.Id, Attended = [f.Mother, Staff(f.Worker)] });
        var minutes = Add(held, 5);
        if (minutesShared && minutes <= _today)
        {
            foreach (var parent in f.Invitees)
            {
                s.Add(minutes, Business, d => new DocumentShared { On = d, MeetingId = slot.Id, Document = MeetingDocument.Minutes, PersonId = parent });
            }
        }
    }

    /// <summary>Visits, core groups and management reviews of a plan from <paramref name="start"/> until <paramref name="stop"/> (today, or the day it ended).</summary>
    private void Work(Story s, Family f, DateOnly start, DateOnly stop, PlanWork? work = null)
    {
        work ??= new PlanWork();
        var lastVisit = work.LastVisit ?? Add(stop, -(1 + (f.Number % 4)));
        foreach (var visit in Backward(lastVisit, start, work.VisitStep))
        {
            Seen(s, f, visit, SeenPurpose.Visit);
        }

        if (work.CoreGroups)
        {
            var dates = CoreGroupDates(work.LastCoreGroup ?? Add(stop, -(3 + (f.Number % 6))), start);
            for (var i = 0; i < dates.Count; i++)
            {
                var minutes = i < dates.Count - 1 || work.LastCoreGroupMinutes;
                CoreGroup(s, f, $"CG{i + 1}-{f.Reference}", Max(Add(dates[i], -5), start), dates[i], minutes);
            }
        }

        var manager = Staff(f.Manager);
        foreach (var review in Backward(work.LastManagementReview ?? Add(stop, -(4 + (f.Number % 7))), start, 18))
        {
            s.Add(review, f.Manager, d => new ManagementReviewRecorded { On = d, ChildId = f.Child, ById = manager });
        }
    }

    /// <summary>A review conference on <paramref name="date"/>, scheduled ten working days before.</summary>
    private Slot Review(Story s, Family f, int number, DateOnly date, ConferenceOutcome? outcome, ConferencePlan? plan = null) =>
        Conference(s, f, $"RCPC{number}-{f.Reference}", ConferenceKind.Review, Add(date, -10), date, outcome, plan);

    private void QualityAlert(Story s, Family f, int number, DateOnly raised, DateOnly? resolved)
    {
        var slot = new Slot();
        s.Add(raised, Chair, d => new QualityAlertRaised { On = d, AlertId = 0, ChildId = f.Child, ById = Staff(Chair) }, $"QA{number}-{f.Reference}", slot);
        if (resolved is { } on)
        {
            s.Add(on, f.Manager, d => new QualityAlertResolved { On = d, AlertId = slot.Id });
        }
    }

    private static void Moved(Story s, Family f, DateOnly on, string toAuthority, DateOnly? notified)
    {
        s.Add(on, f.Worker, d => new ChildMoved { On = d, ChildId = f.Child, ToAuthority = toAuthority, Permanent = true });
        if (notified is { } told)
        {
            s.Add(told, f.Manager, d => new TransferNotified { On = d, ChildId = f.Child, ToAuthority = toAuthority });
        }
    }

    /// <summary>A contact restriction: <paramref name="restricted"/> is kept from the mother and the child, with the IDVA as the safe route.</summary>
    private void Restriction(Story s, Family f, long restricted, DateOnly on) =>
        s.Add(on, f.Worker, d => new ContactRestrictionRecorded { On = d, PersonId = restricted, Protects = [f.Mother, f.Child], ViaId = _idva });

    private static void ExcludeFromMeetings(Story s, Family f, long parent, DateOnly on, string reason)
    {
        f.ExcludedFromMeetings = parent;
        s.Add(on, f.Manager, d => new ParentExcluded { On = d, ChildId = f.Child, PersonId = parent, From = ExclusionScope.Meetings, Reason = reason });
    }

    private static void Letter(Story s, Family f, DateOnly on, IReadOnlyList<long> to, LetterKind kind, bool refused)
    {
        Func<DateOnly, Facts.Fact> make = d => new LetterSent { On = d, To = to, AboutChildId = f.Child, Kind = kind };
        if (refused)
        {
            s.AddRefused(on, f.Worker, make);
        }
        else
        {
            s.Add(on, f.Worker, make);
        }
    }

    private static FamilyShape NoFatherResponsibility => new(FatherHasResponsibility: false);
}
