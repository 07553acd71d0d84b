using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Safeguard.Access;
using Safeguard.Audit;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Rules;
using Safeguard.Web.Features.Admin;

namespace Safeguard.Web.Features.Escalation;

/// <summary>What one run did: emails sent, items it could not send (tried again next run), items held back because no mail server is configured.</summary>
public sealed record EscalationResult(int Sent, int Failed, int NotEmailed);

/// <summary>
/// One pass over the overdue agreed actions and remedies: each open CX_ACTION_OVERDUE or CX_REMEDY_OVERDUE duty past
/// its due date with no escalation notice for that item and due date is emailed to its owner and the senior managers,
/// and the notice and an audit entry are written once the server has taken the message.
/// </summary>
public sealed class EscalationRun(
    SafeguardDbContext db,
    TrackerQuery tracker,
    MailSender mail,
    TimeProvider time,
    EscalationStatus status,
    ILogger<EscalationRun> log)
{
    public const string Actor = "escalation";

    public async Task<EscalationResult> RunAsync(CancellationToken ct = default)
    {
        await status.Gate.WaitAsync(ct);
        try
        {
            var result = await EscalateAsync(ct);
            status.Finished(time.GetUtcNow());
            return result;
        }
        finally
        {
            status.Gate.Release();
        }
    }

    private async Task<EscalationResult> EscalateAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var overdue = await db.Duties.AsNoTracking()
            .Where(d => (d.Rule == RuleIds.ActionOverdue && d.ActionId != null) || (d.Rule == RuleIds.RemedyOverdue && d.RemedyId != null))
            .Where(d => d.Outcome == DutyOutcome.Open && d.Due != null && d.Due < today)
            .Select(d => new { d.ActionId, d.RemedyId, Due = d.Due!.Value })
            .ToListAsync(ct);
        if (overdue.Count == 0)
        {
            return new EscalationResult(0, 0, 0);
        }

        var notices = await db.EscalationNotices.AsNoTracking().Select(n => new { n.ActionId, n.RemedyId, n.Due }).ToListAsync(ct);
        var pending = overdue.Distinct()
            .Where(o => !notices.Any(n => n.Due == o.Due && ((o.ActionId != null && n.ActionId == o.ActionId) || (o.RemedyId != null && n.RemedyId == o.RemedyId))))
            .ToList();
        if (pending.Count == 0)
        {
            return new EscalationResult(0, 0, 0);
        }

        if (!mail.Options.IsConfigured)
        {
            log.LogWarning("{Count} overdue actions and remedies were not emailed: no mail server is configured (Safeguard:Mail:Host).", pending.Count);
            return new EscalationResult(0, 0, pending.Count);
        }

        var items = await tracker.ItemsAsync(today, ct);
        var accounts = await ActiveAccountsAsync(ct);
        var seniorManagers = accounts.Where(a => a.SeniorManager).Select(a => a.Email).ToList();
        if (!string.IsNullOrWhiteSpace(mail.Options.SeniorManagerAddress))
        {
            seniorManagers.Add(mail.Options.SeniorManagerAddress.Trim());
        }

        int sent = 0, failed = 0;
        foreach (var p in pending)
        {
            var item = items.Single(i => p.ActionId is { } a ? i.Kind == TrackedKind.Action && i.Id == a : i.Kind == TrackedKind.Remedy && i.Id == p.RemedyId);
            var to = accounts.Where(a => item.OwnerPersonId is { } owner && a.PersonId == owner).Select(a => a.Email)
                .Concat(seniorManagers)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (to.Count == 0)
            {
                log.LogWarning("Overdue {Kind} {Reference} was not emailed: neither its owner nor any senior manager has an email address.", item.KindName, item.Reference);
                failed++;
                continue;
            }

            try
            {
                await mail.SendAsync(Message(item, p.Due, today, to), ct);
            }
            catch (SmtpCommandException e)
            {
                log.LogWarning(e, "The mail server refused the escalation of {Kind} {Reference}; it will be tried again on the next run.", item.KindName, item.Reference);
                failed++;
                continue;
            }
            catch (Exception e) when (e is SocketException or IOException or ProtocolException or MailKit.Security.AuthenticationException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                log.LogWarning(e, "The mail server could not be reached; {Count} overdue items will be tried again on the next run.", pending.Count - sent);
                return new EscalationResult(sent, pending.Count - sent, 0);
            }

            await RecordAsync(item, p.Due, to, ct);
            sent++;
        }

        return new EscalationResult(sent, failed, 0);
    }

    private async Task RecordAsync(TrackedItem item, DateOnly due, IReadOnlyList<string> to, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var sentTo = string.Join(", ", to);
        db.EscalationNotices.Add(new EscalationNotice
        {
            ActionId = item.Kind == TrackedKind.Action ? item.Id : null,
            RemedyId = item.Kind == TrackedKind.Remedy ? item.Id : null,
            Due = due,
            SentAt = now,
            SentTo = sentTo,
        });
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            Actor = Actor,
            Action = "escalated",
            Subject = item.ComplaintId is { } complaint ? $"complaint:{complaint}" : $"action:{item.Id}",
            Reason = $"{item.KindName} {item.Reference}, due {Clock.Words(due)}, overdue: emailed to {sentTo}",
            Origin = Actor,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private MimeMessage Message(TrackedItem item, DateOnly due, DateOnly today, IReadOnlyList<string> to)
    {
        var days = today.DayNumber - due.DayNumber;
        var body = new StringBuilder()
            .AppendLine($"This agreed {item.KindName.ToLowerInvariant()} is overdue.")
            .AppendLine()
            .AppendLine($"Complaint: {item.ComplaintReference ?? "none (a standalone action)"}")
            .AppendLine($"{item.KindName}: {item.What}")
            .AppendLine($"Owner: {item.Owner}")
            .AppendLine($"Due: {Clock.Words(due)}")
            .AppendLine($"Overdue by: {days} {(days == 1 ? "day" : "days")}")
            .AppendLine();
        if (item.ComplaintId is { } complaint)
        {
            var path = $"/complaints/{complaint}";
            body.AppendLine(string.IsNullOrWhiteSpace(mail.Options.PublicUrl)
                ? $"Open the complaint in Safeguard at {path}"
                : $"Open the complaint: {mail.Options.PublicUrl.TrimEnd('/')}{path}");
        }

        body.AppendLine("Every overdue action and remedy is on the tracker in Safeguard (/complaints/tracker).");

        var message = new MimeMessage
        {
            Subject = $"Overdue: {OneLine(item.What)}",
            Body = new TextPart("plain") { Text = body.ToString() },
        };
        message.From.Add(mail.From);
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        return message;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed record Account(long? PersonId, string Email, bool SeniorManager);

    /// <summary>Staff accounts with an email address that have not been deactivated (a temporary lock-out still gets mail).</summary>
    private async Task<List<Account>> ActiveAccountsAsync(CancellationToken ct)
    {
        var seniorRole = await db.Roles.Where(r => r.Name == StaffRoles.SeniorManager).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var seniorUsers = await db.UserRoles.Where(ur => ur.RoleId == seniorRole).Select(ur => ur.UserId).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.Email != null && u.Email != "")
            .Select(u => new { u.Id, u.PersonId, u.Email, u.LockoutEnd })
            .ToListAsync(ct);
        return [.. users
            .Where(u => u.LockoutEnd is not { } end || end.Year < StaffAccounts.DeactivatedUntil.Year)
            .Select(u => new Account(u.PersonId, u.Email!, seniorUsers.Contains(u.Id)))];
    }
}
