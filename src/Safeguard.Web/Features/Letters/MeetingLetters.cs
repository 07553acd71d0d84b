using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguard.Correspondence;
using Safeguard.Correspondence.Letters;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Protection;
using Safeguard.Web.Features.Meetings;
using Safeguard.Web.Infrastructure;

namespace Safeguard.Web.Features.Letters;

/// <summary>A letter ready to print, or why it cannot be written (the field and the message).</summary>
public sealed record LetterDraft(ILetterTemplate? Template, string? Field, string? Problem);

/// <summary>
/// Writes the letters that go with a meeting (an invitation, the report's cover letter, the minutes' cover letter)
/// from what the record says about the meeting, the recipient and who signs it.
/// </summary>
public sealed class MeetingLetters(SafeguardDbContext db, IOptions<SafeguardOptions> options)
{
    /// <summary>The kinds of letter a meeting can have now: invitations and reports for conferences, minutes once held.</summary>
    public static IReadOnlyList<LetterKind> KindsFor(MeetingSummary meeting) =>
    [
        .. meeting.Type == MeetingType.Conference && meeting.State != MeetingState.Cancelled ? [LetterKind.Invitation, LetterKind.Report] : Array.Empty<LetterKind>(),
        .. meeting.State == MeetingState.Held ? [LetterKind.Minutes] : Array.Empty<LetterKind>(),
    ];

    public static string KindName(LetterKind kind) => kind switch
    {
        LetterKind.Invitation => "Conference invitation",
        LetterKind.Report => "Report cover letter",
        LetterKind.Minutes => "Minutes cover letter",
        LetterKind.Outcome => "Outcome letter",
        _ => "Letter",
    };

    /// <summary>The letter for one recipient. With <c>reprint</c> (a letter already sent) the meeting may have moved on since, so any meeting letter kind is allowed.</summary>
    public async Task<LetterDraft> ComposeAsync(MeetingSummary meeting, LetterKind kind, long recipientId, DateOnly date, string signedByUser, bool reprint = false, CancellationToken ct = default)
    {
        if (!(reprint ? kind is LetterKind.Invitation or LetterKind.Report or LetterKind.Minutes : KindsFor(meeting).Contains(kind)))
        {
            return new LetterDraft(null, "kind", kind == LetterKind.Minutes
                ? "The minutes letter can be written only once the meeting has been held"
                : "Select a letter this meeting can have");
        }

        var recipient = await db.People.Where(p => p.Id == recipientId && p.Kind != PersonKind.Child)
            .Select(p => p.DisplayName ?? p.Reference).FirstOrDefaultAsync(ct);
        if (recipient is null)
        {
            return new LetterDraft(null, "recipient", "Select who the letter is to");
        }

        var childIds = meeting.Children.Select(c => c.Id).ToList();
        var isParent = await db.Relationships.AnyAsync(r => r.AdultId == recipientId && childIds.Contains(r.ChildId), ct);
        var signatory = await SignatoryAsync(signedByUser, ct);
        var addressing = new LetterAddressing(
            new CouncilDetails(options.Value.CouncilName, options.Value.CouncilAddress),
            new Addressee(recipient, []),
            date,
            signatory);
        var contact = new ContactDetails(signatory.Name);
        var childName = MeetingWords.Names(meeting.Children.Select(c => c.Name));
        var conference = meeting.Kind ?? ConferenceKind.Initial;
        ILetterTemplate template = kind switch
        {
            LetterKind.Invitation => new ConferenceInvitationLetter
            {
                Addressing = addressing,
                Invitee = isParent ? Invitee.Parent : Invitee.Professional,
                ChildName = childName,
                Conference = conference,
                Date = meeting.ScheduledFor,
                Contact = contact,
            },
            LetterKind.Report => new ReportCoverLetter { Addressing = addressing, ChildName = childName, Conference = conference, ConferenceDate = meeting.ScheduledFor, Contact = contact },
            _ => new MinutesCoverLetter
            {
                Addressing = addressing,
                ChildName = childName,
                Meeting = meeting.Type,
                Conference = meeting.Kind,
                HeldOn = meeting.HeldOn ?? meeting.ScheduledFor,
                Contact = contact,
            },
        };
        return new LetterDraft(template, null, null);
    }

    private async Task<Signatory> SignatoryAsync(string userName, CancellationToken ct)
    {
        var account = await db.Users.Where(u => u.UserName == userName).Select(u => new { u.DisplayName, u.PersonId }).FirstOrDefaultAsync(ct);
        var role = account?.PersonId is { } personId
            ? await db.People.Where(p => p.Id == personId).Select(p => p.StaffRole).FirstOrDefaultAsync(ct)
            : null;
        var title = role switch
        {
            StaffRole.SocialWorker => "Social worker",
            StaffRole.TeamManager => "Team manager",
            StaffRole.ConferenceChair => "Child protection conference chair",
            _ => "Children's services",
        };
        return new Signatory(account?.DisplayName ?? userName, title);
    }
}
