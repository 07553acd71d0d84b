using System.Text.Json.Serialization;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.People;
using Safeguard.Protection;

namespace Safeguard.Facts;

/// <summary>
/// A dated, immutable fact on a child's or a complaint's record. Facts are never edited: a correction is a new
/// fact that supersedes the old one. The type names are the scenario vocabulary (scenario-format.md).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReferralReceived), "referral-received")]
[JsonDerivedType(typeof(ReferralDecided), "referral-decision")]
[JsonDerivedType(typeof(AssessmentCompleted), "assessment-completed")]
[JsonDerivedType(typeof(ChildInNeedPlanStarted), "child-in-need-plan-started")]
[JsonDerivedType(typeof(ChildInNeedPlanEnded), "child-in-need-plan-ended")]
[JsonDerivedType(typeof(StrategyDiscussionHeld), "strategy-discussion")]
[JsonDerivedType(typeof(Section47Completed), "section-47-completed")]
[JsonDerivedType(typeof(ChildSeen), "child-seen")]
[JsonDerivedType(typeof(VisitNoAccess), "visit-no-access")]
[JsonDerivedType(typeof(ParentConsulted), "parent-consulted")]
[JsonDerivedType(typeof(ParentExcluded), "parent-excluded")]
[JsonDerivedType(typeof(ConferenceScheduled), "conference-scheduled")]
[JsonDerivedType(typeof(ConferenceCancelled), "conference-cancelled")]
[JsonDerivedType(typeof(CoreGroupScheduled), "core-group-scheduled")]
[JsonDerivedType(typeof(InvitationSent), "invitation-sent")]
[JsonDerivedType(typeof(DocumentShared), "document-shared")]
[JsonDerivedType(typeof(ConferenceHeld), "conference-held")]
[JsonDerivedType(typeof(CoreGroupHeld), "core-group-held")]
[JsonDerivedType(typeof(LeadSocialWorkerAllocated), "lead-social-worker-allocated")]
[JsonDerivedType(typeof(ManagementReviewRecorded), "management-review")]
[JsonDerivedType(typeof(QualityAlertRaised), "quality-alert-raised")]
[JsonDerivedType(typeof(QualityAlertResolved), "quality-alert-resolved")]
[JsonDerivedType(typeof(ChildMoved), "child-moved")]
[JsonDerivedType(typeof(TransferNotified), "transfer-notified")]
[JsonDerivedType(typeof(TransferReceived), "transfer-received")]
[JsonDerivedType(typeof(ContactRestrictionRecorded), "contact-restriction")]
[JsonDerivedType(typeof(LetterSent), "letter-sent")]
[JsonDerivedType(typeof(CaseClosed), "case-closed")]
[JsonDerivedType(typeof(ComplaintReceived), "complaint-received")]
[JsonDerivedType(typeof(ComplaintAcknowledged), "complaint-acknowledged")]
[JsonDerivedType(typeof(PointExcluded), "point-excluded")]
[JsonDerivedType(typeof(ComplaintDeferred), "complaint-deferred")]
[JsonDerivedType(typeof(ComplaintResumed), "complaint-resumed")]
[JsonDerivedType(typeof(Stage1Extended), "stage-1-extended")]
[JsonDerivedType(typeof(Stage1ResponseSent), "stage-1-response-sent")]
[JsonDerivedType(typeof(Stage2Requested), "stage-2-requested")]
[JsonDerivedType(typeof(Stage2StatementAgreed), "stage-2-statement-agreed")]
[JsonDerivedType(typeof(Stage2Extended), "stage-2-extended")]
[JsonDerivedType(typeof(Stage2ReportReceived), "stage-2-report-received")]
[JsonDerivedType(typeof(Stage2AdjudicationSent), "stage-2-adjudication-sent")]
[JsonDerivedType(typeof(Stage3Requested), "stage-3-requested")]
[JsonDerivedType(typeof(Stage3Declined), "stage-3-declined")]
[JsonDerivedType(typeof(Stage3PanelAppointed), "stage-3-panel-appointed")]
[JsonDerivedType(typeof(AppointmentEnded), "appointment-ended")]
[JsonDerivedType(typeof(Stage3PanelHeld), "stage-3-panel-held")]
[JsonDerivedType(typeof(Stage3ReportIssued), "stage-3-report-issued")]
[JsonDerivedType(typeof(Stage3ResponseSent), "stage-3-response-sent")]
[JsonDerivedType(typeof(ComplaintClosed), "complaint-closed")]
[JsonDerivedType(typeof(ComplainantInformed), "complainant-informed")]
[JsonDerivedType(typeof(RecommendationMade), "recommendation-made")]
[JsonDerivedType(typeof(ActionAgreed), "action-agreed")]
[JsonDerivedType(typeof(ActionCompleted), "action-completed")]
[JsonDerivedType(typeof(RemedyAgreed), "remedy-agreed")]
[JsonDerivedType(typeof(RemedyDeclined), "remedy-declined")]
[JsonDerivedType(typeof(RemedyDelivered), "remedy-delivered")]
[JsonDerivedType(typeof(OmbudsmanDecisionRecorded), "ombudsman-decision")]
public abstract record Fact
{
    /// <summary>The date it happened (not when it was recorded).</summary>
    public required DateOnly On { get; init; }

    /// <summary>The stored fact's id; 0 until it is stored.</summary>
    [JsonIgnore]
    public long Id { get; init; }

    /// <summary>Order of recording, for facts on the same date.</summary>
    [JsonIgnore]
    public long Sequence { get; init; }

    [JsonIgnore]
    public string TypeName => FactTypes.NameOf(GetType());
}
