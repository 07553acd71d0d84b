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
}
