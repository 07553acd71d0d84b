using Safeguard.Facts;
using Safeguard.Policy;
using Safeguard.Rules;

namespace Safeguard.Protection;

/// <summary>
/// The child-level child protection rules (rules.md §4): a pure function of one child's facts, the council's
/// policy and the calendar. It walks the facts in the order they happened, keeping the clocks that are running,
/// and returns every duty it derived: done, late, still running, missing or breached.
/// </summary>
public sealed class ChildProtectionRules(Clock clock, PolicySettings policy)
{
    public IReadOnlyList<Duty> Evaluate(ChildFile file, DateOnly asOf)
    {
        var walk = new Walk(clock, policy, file);
        foreach (var fact in file.Facts.Where(f => f.On <= asOf))
        {
            walk.Apply(fact);
        }

        return walk.Finish();
    }

    /// <summary>The child's standing at the end of the facts: what a guard needs to know.</summary>
    public static ChildStanding StandingOf(ChildFile file)
    {
        var walk = new Walk(new Clock(Calendar.WorkingDayCalendar.EnglandAndWales), PolicySettings.Defaults, file);
        foreach (var fact in file.Facts)
        {
            walk.Apply(fact);
        }

        return walk.Standing;
    }

    private sealed class Walk(Clock clock, PolicySettings policy, ChildFile file)
    {
        private readonly List<Duty> _duties = [];
        private readonly DutySubjects _child = new() { ChildId = file.ChildId };

        private readonly List<Duty> _referralDecisions = [];
        private readonly List<Duty> _assessments = [];
        private Enquiry? _enquiry;
        private Duty? _initialConference;
        private Plan? _plan;
        private bool _onChildInNeedPlan;
        private Duty? _transferNotify;
        private Duty? _transferInConference;
        private bool _transferReceivedPending;
        private long? _leadWorker;
        private readonly Dictionary<long, Duty> _alerts = [];

        public ChildStanding Standing => new(_plan is not null, _onChildInNeedPlan, _enquiry is not null, _transferReceivedPending, _leadWorker);

        public void Apply(Fact fact)
        {
            switch (fact)
            {
                case ReferralReceived f:
                    _referralDecisions.Add(clock.WithinWorkingDays(RuleIds.ReferralDecision, _child, f.On, "the referral", 1));
                    break;
                case ReferralDecided f:
                    OnReferralDecided(f);
                    break;
                case AssessmentCompleted f:
                    CompleteFirst(_assessments, f.On);
                    break;
                case ChildInNeedPlanStarted:
                    _onChildInNeedPlan = true;
                    break;
                case ChildInNeedPlanEnded:
                    _onChildInNeedPlan = false;
                    break;
                case StrategyDiscussionHeld { Decision: StrategyDecision.Section47 } f when _enquiry is null:
                    _enquiry = new Enquiry(f.On);
                    break;
                case Section47Completed f:
                    OnSection47Completed(f);
                    break;
                case ChildSeen f:
                    OnChildSeen(f);
                    break;
                case ParentConsulted { Purpose: ConsultationPurpose.Section47 } f:
                    _enquiry?.Consulted.Add(f.PersonId);
                    break;
                case ParentExcluded { From: ExclusionScope.Section47 } f:
                    _enquiry?.Excused.Add(f.PersonId);
                    break;
                case ConferenceHeld f:
                    OnConferenceHeld(f);
                    break;
                case CoreGroupHeld f:
                    OnCoreGroupHeld(f);
                    break;
                case LeadSocialWorkerAllocated f:
                    _leadWorker = f.WorkerId;
                    if (_plan is not null)
                    {
                        CheckLeadSocialWorker(f.WorkerId, f.On);
                    }

                    break;
                case ManagementReviewRecorded f when _plan is not null:
                    _duties.Add(Clock.Complete(_plan.ManagementReview, f.On));
                    _plan.ManagementReview = clock.WithinWorkingDays(RuleIds.ManagementReview, _child, f.On, "the management review", policy.ManagementReviewIntervalWorkingDays);
                    break;
                case QualityAlertRaised f:
                    _alerts[f.AlertId] = clock.WithinWorkingDays(RuleIds.QualityAlertResponse, new DutySubjects { ChildId = file.ChildId, AlertId = f.AlertId }, f.On, "the chair's quality alert", policy.QualityAlertResponseWorkingDays);
                    break;
                case QualityAlertResolved f when _alerts.Remove(f.AlertId, out var alert):
                    _duties.Add(Clock.Complete(alert, f.On));
                    break;
                case ChildMoved { Permanent: true } f when (_plan is not null || _onChildInNeedPlan) && _transferNotify is null:
                    _transferNotify = clock.WithinWorkingDays(RuleIds.TransferNotify, _child, f.On, "the child's permanent move", policy.TransferNotifyWorkingDays);
                    break;
                case TransferNotified f when _transferNotify is not null:
                    _duties.Add(Clock.Complete(_transferNotify, f.On));
                    _transferNotify = null;
                    break;
                case TransferReceived f:
                    _transferReceivedPending = true;
                    _transferInConference ??= clock.WithinWorkingDays(RuleIds.TransferInConference, _child, f.On, "the transfer notification", 15);
                    break;
                case CaseClosed f:
                    EndPlan(f.On, endedByReview: false);
                    _onChildInNeedPlan = false;
                    break;
                default:
                    break;
            }
        }

        public IReadOnlyList<Duty> Finish()
        {
            _duties.AddRange(_referralDecisions);
            _duties.AddRange(_assessments);
            AddIfAny(_initialConference);
            AddIfAny(_transferNotify);
            AddIfAny(_transferInConference);
            _duties.AddRange(_alerts.Values);
            if (_plan is not null)
            {
                _duties.AddRange(_plan.RunningClocks());
            }

            return _duties;
        }

        private void AddIfAny(Duty? duty)
        {
            if (duty is not null)
            {
                _duties.Add(duty);
            }
        }

        private void OnReferralDecided(ReferralDecided f)
        {
            var open = _referralDecisions.FindIndex(d => d.Outcome == DutyOutcome.Open);
            if (open < 0)
            {
                return;
            }

            var referral = _referralDecisions[open];
            _referralDecisions[open] = Clock.Complete(referral, f.On);
            if (f.Decision is ReferralDecision.Assessment or ReferralDecision.StrategyDiscussion)
            {
                _assessments.Add(clock.WithinWorkingDays(RuleIds.Assessment45, _child, referral.StartedOn!.Value, "the referral", 45));
            }
        }

        private static void CompleteFirst(List<Duty> duties, DateOnly done)
        {
            var open = duties.FindIndex(d => d.Outcome == DutyOutcome.Open);
            if (open >= 0)
            {
                duties[open] = Clock.Complete(duties[open], done);
            }
        }

        private void OnSection47Completed(Section47Completed f)
        {
            // Completing an enquiry also completes an assessment that is running (rules.md: "assessment completed, or section 47 enquiry completed").
            CompleteFirst(_assessments, f.On);
            if (_enquiry is not { } enquiry)
            {
                return;
            }

            if (!enquiry.ChildSeen)
            {
                _duties.Add(new Duty(RuleIds.Section47ChildSeen, _child, DutyOutcome.Missing)
                {
                    StartedOn = enquiry.Started,
                    StartedBy = "the section 47 enquiry",
                    Detail = $"The enquiry that started on {Clock.Words(enquiry.Started)} was completed on {Clock.Words(f.On)} without the child being seen.",
                });
            }

            foreach (var parent in file.ParentsWithResponsibility)
            {
                if (!enquiry.Consulted.Contains(parent) && !enquiry.Excused.Contains(parent))
                {
                    _duties.Add(new Duty(RuleIds.Section47ParentsConsulted, _child with { PersonId = parent }, DutyOutcome.Missing)
                    {
                        StartedOn = enquiry.Started,
                        StartedBy = "the section 47 enquiry",
                        Detail = $"The enquiry was completed on {Clock.Words(f.On)} without consulting this parent or recording why not.",
                    });
                }
            }

            // A clock still running from an earlier enquiry is not restarted.
            if (f.Outcome == Section47Outcome.Conference && _initialConference is null)
            {
                var conference = clock.WithinWorkingDays(RuleIds.InitialConference15, _child, enquiry.Started, "the strategy discussion", 15);
                if (enquiry.InitialConferenceHeld is { } held)
                {
                    _duties.Add(Clock.Complete(conference, held));
                }
                else
                {
                    _initialConference = conference;
                }
            }

            _enquiry = null;
        }

        private void OnChildSeen(ChildSeen f)
        {
            if (f.Purpose == SeenPurpose.Section47 && _enquiry is not null)
            {
                _enquiry.ChildSeen = true;
            }

            if (f.Purpose == SeenPurpose.Visit && _plan is not null)
            {
                _duties.Add(Clock.Complete(_plan.Visit, f.On));
                _plan.VisitFrequency = _plan.NextVisitFrequency;
                _plan.Visit = clock.WithinWorkingDays(RuleIds.VisitInterval, _child, f.On, "the last visit where the child was seen", _plan.VisitFrequency);
            }
        }

        private void OnConferenceHeld(ConferenceHeld f)
        {
            if (!file.Meetings.TryGetValue(f.MeetingId, out var meeting))
            {
                return;
            }

            var kind = meeting.Kind ?? ConferenceKind.Initial;
            if (kind == ConferenceKind.Initial)
            {
                if (_initialConference is { Outcome: DutyOutcome.Open })
                {
                    _duties.Add(Clock.Complete(_initialConference, f.On));
                    _initialConference = null;
                }
                else if (_enquiry is not null)
                {
                    _enquiry.InitialConferenceHeld ??= f.On;
                }
            }

            if (kind == ConferenceKind.TransferIn && _transferInConference is { Outcome: DutyOutcome.Open })
            {
                _duties.Add(Clock.Complete(_transferInConference, f.On));
                _transferInConference = null;
                _transferReceivedPending = false;
            }

            if (f.Outcome == ConferenceOutcome.Plan)
            {
                if (_plan is null)
                {
                    StartPlan(f);
                }
                else
                {
                    ContinuePlan(f);
                }
            }
            else if (_plan is not null)
            {
                EndPlan(f.On, endedByReview: true);
            }
        }

        private void StartPlan(ConferenceHeld f)
        {
            var frequency = f.VisitIntervalWorkingDays ?? policy.VisitIntervalWorkingDays;
            _plan = new Plan
            {
                Started = f.On,
                VisitFrequency = frequency,
                NextVisitFrequency = frequency,
                Visit = clock.WithinWorkingDays(RuleIds.VisitInterval, _child, f.On, "the start of the plan", frequency),
                FirstCoreGroup = clock.WithinWorkingDays(RuleIds.FirstCoreGroup10, _child, f.On, "the conference that started the plan", 10),
                Review = Clock.WithinMonths(RuleIds.FirstReview3Months, _child, f.On, "the conference that started the plan", 3),
                ManagementReview = clock.WithinWorkingDays(RuleIds.ManagementReview, _child, f.On, "the start of the plan", policy.ManagementReviewIntervalWorkingDays),
            };

            if (_leadWorker is { } lead)
            {
                CheckLeadSocialWorker(lead, f.On);
            }
        }

        private void ContinuePlan(ConferenceHeld f)
        {
            var plan = _plan!;
            _duties.Add(Clock.Complete(plan.Review, f.On));
            plan.Review = Clock.WithinMonths(RuleIds.Review6Months, _child, f.On, "the last review conference", 6);
            if (f.VisitIntervalWorkingDays is { } frequency)
            {
                // The gap already running keeps its due date; the new frequency applies from the next visit.
                plan.NextVisitFrequency = frequency;
            }
        }

        /// <summary>
        /// Interval clocks stop with the plan. A duty that fell due while the plan ran and was not done stays
        /// overdue; a review conference that ends the plan satisfies the review duty.
        /// </summary>
        private void EndPlan(DateOnly ended, bool endedByReview)
        {
            if (_plan is not { } plan)
            {
                return;
            }

            foreach (var duty in plan.RunningClocks())
            {
                if (endedByReview && ReferenceEquals(duty, plan.Review))
                {
                    _duties.Add(Clock.Complete(duty, ended));
                }
                else if (duty.Due < ended)
                {
                    _duties.Add(duty);
                }
            }

            _plan = null;
        }

        private void OnCoreGroupHeld(CoreGroupHeld f)
        {
            if (_plan is not { } plan)
            {
                return;
            }

            if (plan.FirstCoreGroup is { } first)
            {
                _duties.Add(Clock.Complete(first, f.On));
                plan.FirstCoreGroup = null;
            }
            else if (plan.CoreGroup is { } interval)
            {
                _duties.Add(Clock.Complete(interval, f.On));
            }

            plan.CoreGroup = clock.WithinWorkingDays(RuleIds.CoreGroupInterval, _child, f.On, "the last core group", policy.CoreGroupIntervalWorkingDays);
        }

        private void CheckLeadSocialWorker(long workerId, DateOnly on)
        {
            if (!file.Staff.TryGetValue(workerId, out var worker) || (worker.Qualified && !worker.FirstYear))
            {
                return;
            }

            var reason = !worker.Qualified ? "is not a qualified social worker" : "is in the assessed and supported first year";
            _duties.Add(new Duty(RuleIds.LeadSocialWorker, _child with { PersonId = workerId }, DutyOutcome.Breach)
            {
                StartedOn = on,
                StartedBy = "the allocation of the lead social worker",
                Detail = $"The lead social worker allocated on {Clock.Words(on)} {reason}.",
            });
        }

        private sealed class Enquiry(DateOnly started)
        {
            public DateOnly Started { get; } = started;

            public bool ChildSeen { get; set; }

            public HashSet<long> Consulted { get; } = [];

            public HashSet<long> Excused { get; } = [];

            public DateOnly? InitialConferenceHeld { get; set; }
        }

        private sealed class Plan
        {
            public DateOnly Started { get; init; }

            public int VisitFrequency { get; set; }

            public int NextVisitFrequency { get; set; }

            public required Duty Visit { get; set; }

            public Duty? FirstCoreGroup { get; set; }

            public Duty? CoreGroup { get; set; }

            public required Duty Review { get; set; }

            public required Duty ManagementReview { get; set; }

            public IEnumerable<Duty> RunningClocks()
            {
                yield return Visit;
                if (FirstCoreGroup is not null)
                {
                    yield return FirstCoreGroup;
                }

                if (CoreGroup is not null)
                {
                    yield return CoreGroup;
                }

                yield return Review;
                yield return ManagementReview;
            }
        }
    }
}

/// <summary>Where a child stands at the end of their record.</summary>
public sealed record ChildStanding(bool OnPlan, bool OnChildInNeedPlan, bool EnquiryOpen, bool TransferInPending, long? LeadWorkerId)
{
    /// <summary>The kind of conference this child's next conference is: derived, never typed (CP_CONFERENCE_KIND).</summary>
    public ConferenceKind ConferenceKind => TransferInPending ? ConferenceKind.TransferIn : OnPlan ? ConferenceKind.Review : ConferenceKind.Initial;
}
