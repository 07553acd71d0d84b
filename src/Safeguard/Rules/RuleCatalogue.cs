namespace Safeguard.Rules;

/// <summary>A rule of the catalogue (rules.md). Ids are a public contract and never change.</summary>
public sealed record RuleInfo(string Id, string Name, string Basis);

public static class RuleIds
{
    public const string ReferralDecision = "CP_REFERRAL_DECISION";
    public const string Assessment45 = "CP_ASSESSMENT_45WD";
    public const string Section47ChildSeen = "CP_S47_CHILD_SEEN";
    public const string Section47ParentsConsulted = "CP_S47_PARENTS_CONSULTED";
    public const string InitialConference15 = "CP_ICPC_15WD";
    public const string ParentInvited = "CP_PARENT_INVITED";
    public const string ConferenceReportNotice = "CP_CONFERENCE_REPORT_NOTICE";
    public const string ConferenceMinutes = "CP_CONFERENCE_MINUTES";
    public const string CoreGroupMinutes = "CP_CORE_GROUP_MINUTES";
    public const string LeadSocialWorker = "CP_LEAD_SOCIAL_WORKER";
    public const string FirstCoreGroup10 = "CP_FIRST_CORE_GROUP_10WD";
    public const string CoreGroupInterval = "CP_CORE_GROUP_INTERVAL";
    public const string VisitInterval = "CP_VISIT_INTERVAL";
    public const string FirstReview3Months = "CP_FIRST_REVIEW_3M";
    public const string Review6Months = "CP_REVIEW_6M";
    public const string ManagementReview = "CP_MANAGEMENT_REVIEW";
    public const string QualityAlertResponse = "CP_QUALITY_ALERT_RESPONSE";
    public const string TransferNotify = "CP_TRANSFER_NOTIFY";
    public const string TransferInConference = "CP_TRANSFER_IN_CONFERENCE";
    public const string SafeContact = "CP_SAFE_CONTACT";
    public const string ConferenceKind = "CP_CONFERENCE_KIND";
    public const string Acknowledge = "CX_ACKNOWLEDGE";
    public const string Stage1Response = "CX_STAGE1_RESPONSE";
    public const string ResponseAllPoints = "CX_RESPONSE_ALL_POINTS";
    public const string Stage2Start = "CX_STAGE2_START";
    public const string Stage2Response = "CX_STAGE2_RESPONSE";
    public const string Stage3Panel = "CX_STAGE3_PANEL";
    public const string Stage3Report = "CX_STAGE3_REPORT";
    public const string Stage3Response = "CX_STAGE3_RESPONSE";
    public const string Stage3Refused = "CX_STAGE3_REFUSED";
    public const string DecisionNotice = "CX_DECISION_NOTICE";
    public const string RemedyConsidered = "CX_REMEDY_CONSIDERED";
    public const string ActionSmart = "CX_ACTION_SMART";
    public const string ActionOverdue = "CX_ACTION_OVERDUE";
    public const string RemedyOverdue = "CX_REMEDY_OVERDUE";
}

public static class RuleCatalogue
{
    private const string WorkingTogether = "Working Together to Safeguard Children";
    private const string Regulations = "Children Act 1989 Representations Procedure (England) Regulations 2006";

    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        new(RuleIds.ReferralDecision, "Decide what to do with a referral within 1 working day", WorkingTogether),
        new(RuleIds.Assessment45, "Complete the assessment within 45 working days of the referral", WorkingTogether),
        new(RuleIds.Section47ChildSeen, "See the child during the section 47 enquiry", "Children Act 1989 s47; " + WorkingTogether),
        new(RuleIds.Section47ParentsConsulted, "Consult each person with parental responsibility during the section 47 enquiry, or record why not", WorkingTogether),
        new(RuleIds.InitialConference15, "Hold the initial child protection conference within 15 working days of the strategy discussion", WorkingTogether),
        new(RuleIds.ParentInvited, "Invite each person with parental responsibility to the meeting", WorkingTogether + " (parents' participation)"),
        new(RuleIds.ConferenceReportNotice, "Share the social work report with each invited parent before the conference", "Local child protection procedures"),
        new(RuleIds.ConferenceMinutes, "Send the conference minutes to each invited parent", "Local child protection procedures"),
        new(RuleIds.CoreGroupMinutes, "Send the core group minutes to each invited parent", "Local child protection procedures"),
        new(RuleIds.LeadSocialWorker, "The lead social worker for a child on a plan is qualified and past the assessed first year", WorkingTogether),
        new(RuleIds.FirstCoreGroup10, "Hold the first core group within 10 working days of the conference", WorkingTogether),
        new(RuleIds.CoreGroupInterval, "Hold core groups regularly while the plan lasts", "Local child protection procedures"),
        new(RuleIds.VisitInterval, "See the child on a plan at the plan's visit frequency", WorkingTogether + "; local minimum visiting standard"),
        new(RuleIds.FirstReview3Months, "Hold the first review conference within 3 months of the initial conference", WorkingTogether),
        new(RuleIds.Review6Months, "Hold each later review conference within 6 months of the last", WorkingTogether),
        new(RuleIds.ManagementReview, "Manager reviews the case of a child on a plan regularly", "Local child protection procedures"),
        new(RuleIds.QualityAlertResponse, "Act on a conference chair's quality alert", "Local child protection procedures"),
        new(RuleIds.TransferNotify, "Tell the new council when a child on a plan moves there permanently", "London Child Protection Procedures; " + WorkingTogether),
        new(RuleIds.TransferInConference, "Hold a transfer-in conference within 15 working days of being told of the move", WorkingTogether),
        new(RuleIds.SafeContact, "Nothing is sent that would reach a person under a contact restriction", "Local Government and Social Care Ombudsman"),
        new(RuleIds.ConferenceKind, "A conference's kind follows from the child's plan: initial when not on a plan, review when on one", "Local Government and Social Care Ombudsman"),
        new(RuleIds.Acknowledge, "Acknowledge the complaint", "Local complaints practice"),
        new(RuleIds.Stage1Response, "Respond at stage 1 within 10 working days (20 if extended in time)", Regulations + " reg 14"),
        new(RuleIds.ResponseAllPoints, "Every response gives an outcome for every point of complaint", "Getting the Best from Complaints (2006)"),
        new(RuleIds.Stage2Start, "Agree the stage 2 statement of complaint and appoint the investigators", "Local complaints policy; Local Government and Social Care Ombudsman"),
        new(RuleIds.Stage2Response, "Send the stage 2 adjudication within 25 working days (65 if extended in time)", Regulations + " regs 16-17"),
        new(RuleIds.Stage3Panel, "Convene the stage 3 review panel within 30 working days", Regulations + " reg 19"),
        new(RuleIds.Stage3Report, "The review panel sends its report within 5 working days", Regulations + " reg 20"),
        new(RuleIds.Stage3Response, "Respond to the review panel within 15 working days", Regulations + " reg 20"),
        new(RuleIds.Stage3Refused, "Decline stage 3 only in exceptional circumstances and with the complainant's agreement", "Getting the Best from Complaints (2006); Local Government and Social Care Ombudsman"),
        new(RuleIds.DecisionNotice, "Tell the complainant, with reasons, of a decision to close or not progress the complaint", "Local Government and Social Care Ombudsman"),
        new(RuleIds.RemedyConsidered, "Decide on a personal remedy when a point is upheld", "Local Government and Social Care Ombudsman"),
        new(RuleIds.ActionSmart, "Every agreed action has an owner, a due date and a measure of done", "Local Government and Social Care Ombudsman"),
        new(RuleIds.ActionOverdue, "Complete each agreed action by its due date", "Local Government and Social Care Ombudsman"),
        new(RuleIds.RemedyOverdue, "Deliver each agreed remedy by its due date", "Local Government and Social Care Ombudsman"),
    ];

    private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id);

    public static RuleInfo Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new ArgumentException($"Unknown rule '{id}'.", nameof(id));
}
