using System.Globalization;
using Safeguard.Facts;
using Safeguard.Protection;
using Safeguard.Web.Components;

namespace Safeguard.Web.Features.Pathway.Entries;

/// <summary>Every step of the pathway a caseworker records through an entry form, in the order the hub lists them.</summary>
public static class EntryCatalogue
{
    private static readonly IReadOnlyList<(string, string)> YesNo = [("yes", "Yes"), ("no", "No")];

    public static readonly IReadOnlyList<EntryForm> All =
    [
        new()
        {
            Slug = "referral",
            FactType = "referral-received",
            Name = "Referral received",
            Title = "Record a new referral for this child",
            DateLegend = "When was the referral received?",
            DateDescription = "the date the referral was received",
            Source = new("Who made the referral?", "Enter who made the referral", "For example, the school, the police or a health visitor"),
            Confirmation = "Referral recorded",
            Build = a => new ReferralReceived { On = a.On, ChildId = a.ChildId, Source = a.Source },
            Answers = f => With(f, i => i.Source = ((ReferralReceived)f).Source),
        },
        new()
        {
            Slug = "referral-decision",
            FactType = "referral-decision",
            Name = "Referral decision",
            Title = "Record the referral decision",
            DateLegend = "When was the decision made?",
            DateDescription = "the date of the decision",
            Choice = new("What was decided?", "Select what was decided", Options(
                (ReferralDecision.NoFurtherAction, "No further action"),
                (ReferralDecision.EarlyHelp, "Early help"),
                (ReferralDecision.Assessment, "Assessment"),
                (ReferralDecision.StrategyDiscussion, "Strategy discussion"))),
            Confirmation = "Referral decision recorded",
            Build = a => new ReferralDecided { On = a.On, ChildId = a.ChildId, Decision = Parse<ReferralDecision>(a.Choice) },
            Answers = f => With(f, i => i.Choice = ((ReferralDecided)f).Decision.ToString()),
        },
        new()
        {
            Slug = "assessment-completed",
            FactType = "assessment-completed",
            Name = "Assessment completed",
            Title = "Record a completed assessment",
            DateLegend = "When was the assessment completed?",
            DateDescription = "the date the assessment was completed",
            Choice = new("What was the outcome?", "Select the outcome of the assessment", Options(
                (AssessmentOutcome.NoFurtherAction, "No further action"),
                (AssessmentOutcome.EarlyHelp, "Early help"),
                (AssessmentOutcome.ChildInNeed, "Child in need"),
                (AssessmentOutcome.StrategyDiscussion, "Strategy discussion"))),
            Confirmation = "Assessment recorded",
            Build = a => new AssessmentCompleted { On = a.On, ChildId = a.ChildId, Outcome = Parse<AssessmentOutcome>(a.Choice) },
            Answers = f => With(f, i => i.Choice = ((AssessmentCompleted)f).Outcome.ToString()),
        },
        new()
        {
            Slug = "child-in-need-plan-started",
            FactType = "child-in-need-plan-started",
            Name = "Child in need plan started",
            Title = "Record the start of a child in need plan",
            DateLegend = "When did the plan start?",
            DateDescription = "the date the plan started",
            Confirmation = "Child in need plan start recorded",
            Build = a => new ChildInNeedPlanStarted { On = a.On, ChildId = a.ChildId },
            Answers = f => With(f, _ => { }),
        },
        new()
        {
            Slug = "child-in-need-plan-ended",
            FactType = "child-in-need-plan-ended",
            Name = "Child in need plan ended",
            Title = "Record the end of a child in need plan",
            DateLegend = "When did the plan end?",
            DateDescription = "the date the plan ended",
            Confirmation = "Child in need plan end recorded",
            Build = a => new ChildInNeedPlanEnded { On = a.On, ChildId = a.ChildId },
            Answers = f => With(f, _ => { }),
        },
        new()
        {
            Slug = "strategy-discussion",
            FactType = "strategy-discussion",
            Name = "Strategy discussion",
            Title = "Record a strategy discussion",
            DateLegend = "When was the strategy discussion held?",
            DateDescription = "the date of the strategy discussion",
            Choice = new("What was decided?", "Select what the strategy discussion decided", Options(
                (StrategyDecision.Section47, "Start a section 47 enquiry"),
                (StrategyDecision.ChildInNeed, "Child in need"),
                (StrategyDecision.NoFurtherAction, "No further action"))),
            Attendees = new("Who attended?", "Enter who attended the strategy discussion", "One person on each line, with their agency, for example 'DC Shah, police'", Long: true),
            Confirmation = "Strategy discussion recorded",
            Build = a => new StrategyDiscussionHeld { On = a.On, ChildId = a.ChildId, Decision = Parse<StrategyDecision>(a.Choice), Attendees = a.Attendees },
            Answers = f => With(f, i =>
            {
                var held = (StrategyDiscussionHeld)f;
                i.Choice = held.Decision.ToString();
                i.Attendees = string.Join('\n', held.Attendees);
            }),
        },
        new()
        {
            Slug = "section-47-child-seen",
            FactType = "child-seen",
            Name = "Child seen for the section 47 enquiry",
            Title = "Record that the child was seen for the section 47 enquiry",
            DateLegend = "When was the child seen?",
            DateDescription = "the date the child was seen",
            Alone = new("Was the child seen alone?", "Select yes if the child was seen alone", YesNo),
            Confirmation = "Child seen for the section 47 enquiry recorded",
            Build = a => new ChildSeen { On = a.On, ChildId = a.ChildId, Purpose = SeenPurpose.Section47, Alone = a.Alone, ById = a.StaffPersonId },
            Answers = f => With(f, i => i.Alone = YesOrNo(((ChildSeen)f).Alone)),
            Matches = f => f is ChildSeen { Purpose: SeenPurpose.Section47 },
        },
        new()
        {
            Slug = "parent-consulted",
            FactType = "parent-consulted",
            Name = "Parent consulted for the section 47 enquiry",
            Title = "Record that a parent was consulted for the section 47 enquiry",
            DateLegend = "When was the parent consulted?",
            DateDescription = "the date the parent was consulted",
            People = PersonSource.ChildsAdults,
            PersonLegend = "Who was consulted?",
            PersonMissing = "Select the parent who was consulted",
            Confirmation = "Parent consultation recorded",
            Build = a => new ParentConsulted { On = a.On, ChildId = a.ChildId, PersonId = a.Person!.Value, Purpose = ConsultationPurpose.Section47 },
            Answers = f => With(f, i => i.Person = Id(((ParentConsulted)f).PersonId)),
            Matches = f => f is ParentConsulted { Purpose: ConsultationPurpose.Section47 },
        },
        new()
        {
            Slug = "parent-excluded",
            FactType = "parent-excluded",
            Name = "Parent excluded",
            Title = "Record that a parent is excluded",
            DateLegend = "When was the decision to exclude them made?",
            DateDescription = "the date of the decision",
            People = PersonSource.ChildsAdults,
            PersonLegend = "Who is excluded?",
            PersonMissing = "Select the parent who is excluded",
            Choice = new("What are they excluded from?", "Select what the parent is excluded from", Options(
                (ExclusionScope.Section47, "The section 47 enquiry"),
                (ExclusionScope.Meetings, "The child's conferences and core groups"))),
            Reason = new("Why are they excluded?", "Enter why the parent is excluded", Long: true),
            Confirmation = "Exclusion recorded",
            Build = a => new ParentExcluded { On = a.On, ChildId = a.ChildId, PersonId = a.Person!.Value, From = Parse<ExclusionScope>(a.Choice), Reason = a.Reason! },
            Answers = f => With(f, i =>
            {
                var excluded = (ParentExcluded)f;
                i.Person = Id(excluded.PersonId);
                i.Choice = excluded.From.ToString();
                i.Reason = excluded.Reason;
            }),
        },
        new()
        {
            Slug = "section-47-completed",
            FactType = "section-47-completed",
            Name = "Section 47 enquiry completed",
            Title = "Record the outcome of the section 47 enquiry",
            DateLegend = "When was the enquiry completed?",
            DateDescription = "the date the enquiry was completed",
            Choice = new("What was the outcome?", "Select the outcome of the enquiry", Options(
                (Section47Outcome.Conference, "Initial child protection conference"),
                (Section47Outcome.ChildInNeed, "Child in need"),
                (Section47Outcome.NoFurtherAction, "No further action"))),
            Confirmation = "Section 47 outcome recorded",
            Build = a => new Section47Completed { On = a.On, ChildId = a.ChildId, Outcome = Parse<Section47Outcome>(a.Choice) },
            Answers = f => With(f, i => i.Choice = ((Section47Completed)f).Outcome.ToString()),
        },
        new()
        {
            Slug = "lead-social-worker",
            FactType = "lead-social-worker-allocated",
            Name = "Lead social worker allocated",
            Title = "Allocate a lead social worker",
            DateLegend = "When was the child allocated?",
            DateDescription = "the date of the allocation",
            People = PersonSource.SocialWorkers,
            PersonLegend = "Who is the lead social worker?",
            PersonMissing = "Select the lead social worker",
            Confirmation = "Lead social worker allocated",
            Build = a => new LeadSocialWorkerAllocated { On = a.On, ChildId = a.ChildId, WorkerId = a.Person!.Value },
            Answers = f => With(f, i => i.Person = Id(((LeadSocialWorkerAllocated)f).WorkerId)),
        },
        new()
        {
            Slug = "visit",
            FactType = "child-seen",
            Name = "Visit: child seen",
            Title = "Record a visit where the child was seen",
            DateLegend = "When was the visit?",
            DateDescription = "the date of the visit",
            Alone = new("Was the child seen alone?", "Select yes if the child was seen alone", YesNo),
            Confirmation = "Visit recorded",
            Build = a => new ChildSeen { On = a.On, ChildId = a.ChildId, Purpose = SeenPurpose.Visit, Alone = a.Alone, ById = a.StaffPersonId },
            Answers = f => With(f, i => i.Alone = YesOrNo(((ChildSeen)f).Alone)),
            Matches = f => f is ChildSeen { Purpose: SeenPurpose.Visit },
        },
        new()
        {
            Slug = "visit-no-access",
            FactType = "visit-no-access",
            Name = "Visit: no access",
            Title = "Record a visit where there was no access",
            DateLegend = "When was the visit?",
            DateDescription = "the date of the visit",
            Confirmation = "Visit with no access recorded",
            Build = a => new VisitNoAccess { On = a.On, ChildId = a.ChildId },
            Answers = f => With(f, _ => { }),
        },
        new()
        {
            Slug = "management-review",
            FactType = "management-review",
            Name = "Management review",
            Title = "Record a management review",
            DateLegend = "When was the case reviewed?",
            DateDescription = "the date of the review",
            Confirmation = "Management review recorded",
            Build = a => new ManagementReviewRecorded { On = a.On, ChildId = a.ChildId, ById = a.StaffPersonId },
            Answers = f => With(f, _ => { }),
        },
        new()
        {
            Slug = "quality-alert-resolved",
            FactType = "quality-alert-resolved",
            Name = "Quality alert resolved",
            Title = "Resolve a quality alert",
            DateLegend = "When was the alert resolved?",
            DateDescription = "the date the alert was resolved",
            People = PersonSource.OpenAlerts,
            PersonLegend = "Which alert is resolved?",
            PersonMissing = "Select the quality alert that is resolved",
            Confirmation = "Quality alert resolved",
            Build = a => new QualityAlertResolved { On = a.On, AlertId = a.Person!.Value },
            Answers = f => With(f, i => i.Person = Id(((QualityAlertResolved)f).AlertId)),
        },
        new()
        {
            Slug = "child-moved",
            FactType = "child-moved",
            Name = "Child moved to another council",
            Title = "Record that the child moved to another council",
            DateLegend = "When did the child move?",
            DateDescription = "the date the child moved",
            Authority = new("Which council did the child move to?", "Enter the council the child moved to"),
            Permanent = new("Is the move permanent?", "Select yes if the move is permanent", YesNo),
            Confirmation = "Move recorded",
            Build = a => new ChildMoved { On = a.On, ChildId = a.ChildId, ToAuthority = a.Authority!, Permanent = a.Permanent!.Value },
            Answers = f => With(f, i =>
            {
                var moved = (ChildMoved)f;
                i.Authority = moved.ToAuthority;
                i.Permanent = YesOrNo(moved.Permanent);
            }),
        },
        new()
        {
            Slug = "transfer-notified",
            FactType = "transfer-notified",
            Name = "New council told of the transfer",
            Title = "Record that the new council was told",
            DateLegend = "When was the council told?",
            DateDescription = "the date the council was told",
            Authority = new("Which council was told?", "Enter the council that was told"),
            Confirmation = "Transfer notification recorded",
            Build = a => new TransferNotified { On = a.On, ChildId = a.ChildId, ToAuthority = a.Authority! },
            Answers = f => With(f, i => i.Authority = ((TransferNotified)f).ToAuthority),
        },
        new()
        {
            Slug = "transfer-received",
            FactType = "transfer-received",
            Name = "Transfer received from another council",
            Title = "Record a transfer in from another council",
            DateLegend = "When was the transfer received?",
            DateDescription = "the date the transfer was received",
            Authority = new("Which council did the child come from?", "Enter the council the child came from"),
            Confirmation = "Transfer in recorded",
            Build = a => new TransferReceived { On = a.On, ChildId = a.ChildId, FromAuthority = a.Authority! },
            Answers = f => With(f, i => i.Authority = ((TransferReceived)f).FromAuthority),
        },
        new()
        {
            Slug = "case-closed",
            FactType = "case-closed",
            Name = "Case closed",
            Title = "Close the case",
            DateLegend = "When was the case closed?",
            DateDescription = "the date the case was closed",
            Reason = new("Why is the case closed?", "Enter why the case is closed", Long: true),
            Confirmation = "Case closure recorded",
            Build = a => new CaseClosed { On = a.On, ChildId = a.ChildId, Reason = a.Reason! },
            Answers = f => With(f, i => i.Reason = ((CaseClosed)f).Reason),
        },
    ];

    public static EntryForm? Find(string slug) => All.FirstOrDefault(f => f.Slug == slug);

    /// <summary>The form that records (and so corrects) a fact, if there is one.</summary>
    public static EntryForm? For(Fact fact) => All.FirstOrDefault(f => f.FactType == fact.TypeName && f.Matches(fact));

    private static IReadOnlyList<(string, string)> Options<TEnum>(params (TEnum Value, string Text)[] options)
        where TEnum : struct, Enum => [.. options.Select(o => (o.Value.ToString(), o.Text))];

    private static TEnum Parse<TEnum>(string? value)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(value!);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? YesOrNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    private static EntryInput With(Fact fact, Action<EntryInput> fill)
    {
        var input = new EntryInput { On = DateParts.From(fact.On) };
        fill(input);
        return input;
    }
}
