using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Correspondence.Letters;
using Safeguard.Protection;

namespace Safeguard.Tests.Correspondence;

/// <summary>Fictional councils, families and staff for the letter tests.</summary>
internal static class LetterSamples
{
    public static readonly DateTimeOffset CreatedAt = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static readonly ContactDetails Contact = new("Priya Sample", "01632 960 123", "conferences@exampleshire.example");

    public static LetterAddressing Addressing(string recipient = "Alex Example") => new(
        new CouncilDetails("Exampleshire Council", ["Children's Services", "1 Example Street", "Exampletown", "EX1 2MP"]),
        new Addressee(recipient, ["12 Sample Road", "Exampletown", "EX3 4AB"]),
        new DateOnly(2027, 3, 1),
        new Signatory("Jordan Placeholder", "Child Protection Coordinator"));

    public static ConferenceInvitationLetter Invitation(Invitee invitee = Invitee.Parent) => new()
    {
        Addressing = Addressing(),
        Invitee = invitee,
        ChildName = "Sam Example",
        Conference = ConferenceKind.Initial,
        Date = new DateOnly(2027, 3, 18),
        StartTime = new TimeOnly(10, 30),
        Place = "Room 2, Exampletown Family Centre, 5 Test Lane, Exampletown EX1 9ZZ",
        Contact = Contact,
    };

    public static ReportCoverLetter ReportCover() => new()
    {
        Addressing = Addressing(),
        ChildName = "Sam Example",
        Conference = ConferenceKind.Review,
        ConferenceDate = new DateOnly(2027, 3, 18),
        Contact = Contact,
    };

    public static MinutesCoverLetter MinutesCover(MeetingType meeting = MeetingType.Conference) => new()
    {
        Addressing = Addressing(),
        ChildName = "Sam Example",
        Meeting = meeting,
        Conference = meeting == MeetingType.Conference ? ConferenceKind.Initial : null,
        HeldOn = new DateOnly(2027, 2, 18),
        CorrectionsBy = new DateOnly(2027, 3, 15),
        Contact = Contact,
    };

    public static readonly ContactDetails ComplaintsManager = new("Robin Sample", "01632 960 456", "complaints@exampleshire.example");

    public const string ConferenceDecisionExcluded =
        "This is about a decision of the child protection conference, which the complaints procedure cannot change. "
        + "You can ask the conference chair to review it.";

    /// <summary>A response on the letter's date, 1 March 2027, with its next step counted the way the web pages count it.</summary>
    public static ComplaintResponseLetter ComplaintResponse(int stage = 1)
    {
        var addressing = Addressing();
        return new()
        {
            Addressing = addressing,
            Stage = stage,
            ComplainantName = "Alex Example",
            ComplaintReference = "CX-2027-014",
            ReceivedOn = new DateOnly(2027, 2, 12),
            ResponseText =
                "Thank you for your complaint about the help your family has had from children's services.\n\n"
                + "I have read the case record and talked to the social worker,\nthe team manager and the family support worker.",
            Points =
            [
                new("1", "The social worker did not return my calls for three weeks.", PointOutcome.Upheld),
                new("2", "The report for the conference was sent to me the day before it.", PointOutcome.PartlyUpheld),
                new("3", "The family support worker was rude to me.", PointOutcome.NotUpheld),
                new("4", "I disagree with the conference's decision to make a child protection plan.", PointOutcome.Excluded, ConferenceDecisionExcluded),
            ],
            Remedies =
            [
                new(RemedyKind.Apology, "A written apology from the team manager for the missed calls", new DateOnly(2027, 3, 15)),
                new(RemedyKind.Payment, "In recognition of the time and trouble you were put to", new DateOnly(2027, 3, 24), 250m),
            ],
            Actions = [new("Remind all social workers in the North team to return calls within 2 working days", new DateOnly(2027, 4, 30))],
            NextStepBy = stage == 3
                ? NextStepDeadlines.OmbudsmanBy(addressing.Date).By
                : NextStepDeadlines.NextStageBy(WorkingDayCalendar.EnglandAndWales, addressing.Date).By,
            ComplaintsManager = ComplaintsManager,
        };
    }

    public static ComplaintDecisionLetter Decision(ComplaintDecision decision = ComplaintDecision.NotProgressed)
    {
        var addressing = Addressing();
        return new()
        {
            Addressing = addressing,
            ComplainantName = "Alex Example",
            ComplaintReference = "CX-2027-014",
            Decision = decision,
            Reasons = "Your complaint is about the same matters as the court proceedings about Sam.\n\nThe court will decide them.",
            OmbudsmanBy = NextStepDeadlines.OmbudsmanBy(addressing.Date).By,
            ComplaintsManager = ComplaintsManager,
        };
    }
}
