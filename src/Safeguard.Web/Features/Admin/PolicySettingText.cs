namespace Safeguard.Web.Features.Admin;

/// <summary>What each local policy setting governs, in words an administrator recognises (rules.md §3).</summary>
public static class PolicySettingText
{
    public static (string Title, string Description) For(string name) => name switch
    {
        "conferenceReportNoticeWorkingDays" => ("Conference report notice", "Working days before a conference by which the social work report is shared with each invited parent."),
        "conferenceMinutesWorkingDays" => ("Conference minutes", "Working days after a conference by which its minutes go to each invited parent."),
        "coreGroupMinutesWorkingDays" => ("Core group minutes", "Working days after a core group by which its minutes go to each invited parent."),
        "coreGroupIntervalWorkingDays" => ("Time between core groups", "Working days from one core group meeting to the next."),
        "visitIntervalWorkingDays" => ("Time between visits", "Working days between visits to a child on a plan, unless the plan sets its own frequency."),
        "managementReviewIntervalWorkingDays" => ("Time between management reviews", "Working days between a manager's reviews of the case of a child on a plan."),
        "qualityAlertResponseWorkingDays" => ("Response to a chair's quality alert", "Working days to act on a conference chair's quality alert."),
        "transferNotifyWorkingDays" => ("Telling the new council about a move", "Working days to notify the new council when a child with an open plan moves there."),
        "complaintAcknowledgeWorkingDays" => ("Acknowledging a complaint", "Working days to acknowledge a complaint."),
        "stage2StartWorkingDays" => ("Starting stage 2 of a complaint", "Working days to agree the statement of complaint and appoint an investigating officer and an independent person."),
        "decisionNoticeWorkingDays" => ("Notice of a decision not to progress a complaint", "Working days to tell the complainant, with reasons, that their complaint will not progress."),
        _ => (name, "Working days."),
    };
}
