using Safeguard.Facts;
using Safeguard.Policy;
using Safeguard.Rules;

namespace Safeguard.Complaints;

/// <summary>
/// The statutory children's complaints procedure and its remedies (rules.md §5), as a pure function of one
/// complaint's facts, the council's policy and the calendar.
/// </summary>
public sealed class ComplaintRules(Clock clock, PolicySettings policy)
{
    /// <summary>Requests for the next stage later than this after the previous response need a decision.</summary>
    public const int LateRequestWorkingDays = 20;

    public ComplaintEvaluation Evaluate(ComplaintFile file, DateOnly asOf)
    {
        var walk = new Walk(clock, policy, file.ComplaintId);
        foreach (var fact in file.Facts.Where(f => f.On <= asOf))
        {
            walk.Apply(fact);
        }

        return walk.Finish();
    }

    private sealed class Walk(Clock clock, PolicySettings policy, long? complaintId)
    {
        private readonly DutySubjects _complaint = new() { ComplaintId = complaintId };
        private readonly List<Duty> _duties = [];
        private readonly List<ComplaintFlag> _flags = [];
        private readonly List<(DateOnly On, string Stage)> _upheldDecisions = [];
        private readonly List<DateOnly> _remedyDecisions = [];
        private readonly Dictionary<long, Duty> _actions = [];
        private readonly Dictionary<long, Duty> _remedies = [];

        private Duty? _acknowledge;
        private Duty? _stage1;
        private bool _stage1Extended;
        private bool _stage1Paused;
        private Duty? _stage2Start;
        private Duty? _stage2Response;
        private bool _stage2Extended;
        private Duty? _stage3Panel;
        private Duty? _stage3Report;
        private Duty? _stage3Response;
        private Duty? _decisionNotice;
        private DateOnly? _lastResponse;

        public void Apply(Fact fact)
        {
            switch (fact)
            {
                case ComplaintReceived f:
                    FlagLateComplaint(f);
                    _acknowledge = clock.WithinWorkingDays(RuleIds.Acknowledge, _complaint, f.On, "the complaint", policy.ComplaintAcknowledgeWorkingDays);
                    _stage1 = clock.WithinWorkingDays(RuleIds.Stage1Response, _complaint, f.On, "the complaint", 10);
                    break;
                case ComplaintAcknowledged f:
                    Done(ref _acknowledge, f.On);
                    break;
                case ComplaintDeferred f:
                    // Only a stage 1 clock that was running starts again when the complaint resumes.
                    _stage1Paused = _stage1 is { Outcome: DutyOutcome.Open };
                    End(ref _stage1, f.On);
                    break;
                case ComplaintResumed f when _stage1Paused:
                    _stage1 = clock.WithinWorkingDays(RuleIds.Stage1Response, _complaint, f.On, "the day the complaint resumed", 10);
                    _stage1Extended = false;
                    _stage1Paused = false;
                    break;
                case Stage1Extended f when _stage1 is { Outcome: DutyOutcome.Open } stage1 && !_stage1Extended && f.On <= stage1.Due:
                    _stage1 = Extended(stage1, 20, f.On, "first 10");
                    _stage1Extended = true;
                    break;
                case Stage1ResponseSent f:
                    Done(ref _stage1, f.On);
                    _lastResponse = f.On;
                    break;
                case Stage2Requested f:
                    FlagLateRequest(f.On, "stage 2");
                    _stage2Start = clock.WithinWorkingDays(RuleIds.Stage2Start, _complaint, f.On, "the request for stage 2", policy.Stage2StartWorkingDays);
                    break;
                case Stage2StatementAgreed f:
                    Done(ref _stage2Start, f.On);
                    _stage2Response = clock.WithinWorkingDays(RuleIds.Stage2Response, _complaint, f.On, "the agreed statement of complaint", 25);
                    _stage2Extended = false;
                    break;
                case Stage2Extended f when _stage2Response is { Outcome: DutyOutcome.Open } stage2 && !_stage2Extended && f.On <= stage2.Due:
                    _stage2Response = Extended(stage2, 65, f.On, "first 25");
                    _stage2Extended = true;
                    break;
                case Stage2AdjudicationSent f:
                    Done(ref _stage2Response, f.On);
                    _lastResponse = f.On;
                    NoteUpheld(f, "stage 2 adjudication");
                    break;
                case Stage3Requested f:
                    FlagLateRequest(f.On, "stage 3");
                    _stage3Panel = clock.WithinWorkingDays(RuleIds.Stage3Panel, _complaint, f.On, "the request for stage 3", 30);
                    break;
                case Stage3Declined f:
                    OnStage3Declined(f);
                    break;
                case Stage3PanelHeld f:
                    Done(ref _stage3Panel, f.On);
                    _stage3Report = clock.WithinWorkingDays(RuleIds.Stage3Report, _complaint, f.On, "the review panel", 5);
                    break;
                case Stage3ReportIssued f:
                    Done(ref _stage3Report, f.On);
                    _stage3Response = clock.WithinWorkingDays(RuleIds.Stage3Response, _complaint, f.On, "the panel's report", 15);
                    NoteUpheld(f, "stage 3 panel report");
                    break;
                case Stage3ResponseSent f:
                    Done(ref _stage3Response, f.On);
                    _lastResponse = f.On;
                    break;
                case ComplaintClosed f:
                    OnClosed(f);
                    break;
                case ComplainantInformed f:
                    Done(ref _decisionNotice, f.On);
                    break;
                case ActionAgreed f:
                    OnActionAgreed(f);
                    break;
                case ActionCompleted f when _actions.Remove(f.ActionId, out var action):
                    _duties.Add(Clock.Complete(action, f.On));
                    break;
                case RemedyAgreed f:
                    _remedyDecisions.Add(f.On);
                    _remedies[f.RemedyId] = Clock.Clocked(RuleIds.RemedyOverdue, _complaint with { RemedyId = f.RemedyId }, f.Due, null, f.On, "the agreed remedy", DueWords(f.Due, f.DueBasis));
                    break;
                case RemedyDeclined f:
                    _remedyDecisions.Add(f.On);
                    break;
                case RemedyDelivered f when _remedies.Remove(f.RemedyId, out var remedy):
                    _duties.Add(Clock.Complete(remedy, f.On));
                    break;
                default:
                    break;
            }
        }

        public ComplaintEvaluation Finish()
        {
            foreach (var (on, stage) in _upheldDecisions)
            {
                if (!_remedyDecisions.Any(d => d <= on))
                {
                    _duties.Add(new Duty(RuleIds.RemedyConsidered, _complaint, DutyOutcome.Missing)
                    {
                        StartedOn = on,
                        StartedBy = $"the {stage}",
                        Detail = $"Points were upheld in the {stage} on {Clock.Words(on)} and no personal remedy was agreed or declined with reasons by then.",
                    });
                }
            }

            foreach (var duty in new[] { _acknowledge, _stage1, _stage2Start, _stage2Response, _stage3Panel, _stage3Report, _stage3Response, _decisionNotice })
            {
                if (duty is not null)
                {
                    _duties.Add(duty);
                }
            }

            _duties.AddRange(_actions.Values);
            _duties.AddRange(_remedies.Values);
            return new ComplaintEvaluation(_duties, _flags);
        }

        /// <summary>The same clock counted to its extended length, saying when the extension was recorded.</summary>
        private Duty Extended(Duty running, int workingDays, DateOnly recorded, string within)
        {
            var extended = clock.WithinWorkingDays(running.Rule, running.Subjects, running.StartedOn!.Value, running.StartedBy!, workingDays);
            return extended with { Counting = $"{extended.Counting} (extended on {Clock.Words(recorded)}, within the {within} working days)" };
        }

        private void Done(ref Duty? duty, DateOnly on)
        {
            if (duty is { Outcome: DutyOutcome.Open })
            {
                _duties.Add(Clock.Complete(duty, on));
                duty = null;
            }
        }

        /// <summary>A clock ended by a decision: it stays an overdue finding if already past due, and is otherwise dropped.</summary>
        private void End(ref Duty? duty, DateOnly on)
        {
            if (duty is { Outcome: DutyOutcome.Open } open && open.Due < on)
            {
                _duties.Add(open);
            }

            duty = null;
        }

        private void FlagLateRequest(DateOnly requested, string stage)
        {
            if (_lastResponse is { } response && clock.Calendar.WorkingDaysBetween(response, requested) > LateRequestWorkingDays)
            {
                _flags.Add(new ComplaintFlag(
                    "late-request",
                    requested,
                    $"The request for {stage} on {Clock.Words(requested)} came more than {LateRequestWorkingDays} working days after the response of {Clock.Words(response)}. Decide whether to accept it; it is not refused automatically."));
            }
        }

        private static string DueWords(DateOnly due, string? basis) =>
            string.IsNullOrWhiteSpace(basis) ? $"due on the date agreed, {Clock.Words(due)}" : $"{basis}: due {Clock.Words(due)}";

        /// <summary>A complaint made more than a year after the matter arose needs the council's recorded decision to consider it (reg 9).</summary>
        private void FlagLateComplaint(ComplaintReceived f)
        {
            if (f.MatterArose is { } arose && Calendar.WorkingDayCalendar.AddCalendarMonths(arose, 12) < f.On && string.IsNullOrWhiteSpace(f.LateAccepted))
            {
                _flags.Add(new ComplaintFlag(
                    "late-complaint",
                    f.On,
                    $"The complaint was made on {Clock.Words(f.On)}, more than a year after the matter arose on {Clock.Words(arose)}, and no decision to consider it is recorded. Decide whether it can still be considered fairly."));
            }
        }

        private void NoteUpheld(ComplaintResponseFact response, string stage)
        {
            if (response.Outcomes.Values.Any(o => o is PointOutcome.Upheld or PointOutcome.PartlyUpheld))
            {
                _upheldDecisions.Add((response.On, stage));
            }
        }

        private void OnStage3Declined(Stage3Declined f)
        {
            End(ref _stage3Panel, f.On);
            if (!(f.Exceptional && f.ComplainantAgreed))
            {
                var missing = new List<string>();
                if (!f.Exceptional)
                {
                    missing.Add("no exceptional circumstances were recorded");
                }

                if (!f.ComplainantAgreed)
                {
                    missing.Add("the complainant did not agree");
                }

                _duties.Add(new Duty(RuleIds.Stage3Refused, _complaint, DutyOutcome.Breach)
                {
                    StartedOn = f.On,
                    StartedBy = "the decision to decline stage 3",
                    Detail = $"Stage 3 was declined on {Clock.Words(f.On)}, but {string.Join(" and ", missing)}.",
                });
            }
        }

        private void OnClosed(ComplaintClosed f)
        {
            End(ref _stage1, f.On);
            End(ref _stage2Start, f.On);
            End(ref _stage2Response, f.On);
            End(ref _stage3Panel, f.On);
            End(ref _stage3Report, f.On);
            End(ref _stage3Response, f.On);
            _decisionNotice = clock.WithinWorkingDays(RuleIds.DecisionNotice, _complaint, f.On, "the decision to close the complaint", policy.DecisionNoticeWorkingDays);
            if (f.ComplainantInformed)
            {
                Done(ref _decisionNotice, f.On);
            }
        }

        private void OnActionAgreed(ActionAgreed f)
        {
            var subjects = _complaint with { ActionId = f.ActionId };
            var missing = new List<string>();
            if (f.OwnerPersonId is null && string.IsNullOrWhiteSpace(f.OwnerDescription))
            {
                missing.Add("owner");
            }

            if (f.Due is null)
            {
                missing.Add("due");
            }

            if (string.IsNullOrWhiteSpace(f.Measure))
            {
                missing.Add("measure");
            }

            if (missing.Count > 0)
            {
                _duties.Add(new Duty(RuleIds.ActionSmart, subjects, DutyOutcome.Breach)
                {
                    StartedOn = f.On,
                    StartedBy = "the agreed action",
                    MissingParts = missing,
                    Detail = $"The action agreed on {Clock.Words(f.On)} has no {string.Join(", no ", missing.Select(PartName))}.",
                });
            }

            if (f.Due is { } due)
            {
                _actions[f.ActionId] = Clock.Clocked(RuleIds.ActionOverdue, subjects, due, null, f.On, "the agreed action", DueWords(due, f.DueBasis));
            }
        }

        private static string PartName(string part) => part switch
        {
            "due" => "due date",
            "measure" => "measure of done",
            _ => part,
        };
    }
}

public sealed record ComplaintEvaluation(IReadOnlyList<Duty> Duties, IReadOnlyList<ComplaintFlag> Flags);
