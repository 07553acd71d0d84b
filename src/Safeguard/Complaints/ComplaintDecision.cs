namespace Safeguard.Complaints;

/// <summary>A decision to close a complaint or not take it further, which the complainant must be told of with reasons (CX_DECISION_NOTICE).</summary>
public enum ComplaintDecision
{
    /// <summary>Closed because the complaint has been resolved.</summary>
    ClosedAsResolved,

    /// <summary>Closed because the complainant withdrew it.</summary>
    Withdrawn,

    /// <summary>Not taken further, for example a late request for the next stage, a complainant without standing, or a matter being dealt with elsewhere.</summary>
    NotProgressed,

    /// <summary>A request for a stage 3 review panel declined, which may be done only in exceptional circumstances.</summary>
    Stage3Declined,

    /// <summary>Not accepted because it was made more than a year after the matters it is about (SI 2006/1738 reg 9).</summary>
    LateComplaintNotAccepted,
}
