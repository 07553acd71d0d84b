using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguard.Complaints;
using Safeguard.Correspondence.Letters;
using Safeguard.Data;

namespace Safeguard.Web.Features.Escalation;

public enum TrackedKind { Action, Remedy }

public enum TrackedStatus { Overdue, Due, Done }

/// <summary>The escalation email sent for an item's current due date.</summary>
public sealed record EscalationSent(DateTimeOffset SentAt, string SentTo);

/// <summary>One agreed action or remedy as the tracker shows it.</summary>
public sealed record TrackedItem(
    TrackedKind Kind,
    long Id,
    string Reference,
    long? ComplaintId,
    string? ComplaintReference,
    string What,
    long? OwnerPersonId,
    string Owner,
    DateOnly? Due,
    DateOnly? Done,
    TrackedStatus Status,
    int DaysOverdue,
    EscalationSent? Escalation)
{
    public string KindName => Kind == TrackedKind.Action ? "Action" : "Remedy";
}

/// <summary>
/// Every agreed action (from complaints and standalone) and every remedy, whether it is overdue, due or done, and
/// whether its escalation email has gone.
/// </summary>
public sealed class TrackerQuery(SafeguardDbContext db, IOptions<MailOptions> mail)
{
    public bool MailConfigured => mail.Value.IsConfigured;

    public async Task<IReadOnlyList<TrackedItem>> ItemsAsync(DateOnly today, CancellationToken ct = default)
    {
        var actions = await db.Actions.AsNoTracking().ToListAsync(ct);
        var remedies = await db.Remedies.AsNoTracking().ToListAsync(ct);
        var recommendations = await db.Recommendations.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.ComplaintId, ct);
        var complaints = await db.Complaints.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        var ownerIds = actions.Select(a => a.OwnerPersonId).Concat(remedies.Select(r => r.OwnerPersonId)).OfType<long>().Distinct().ToList();
        var owners = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        var done = await DoneDatesAsync(ct);
        var notices = await db.EscalationNotices.AsNoTracking().ToListAsync(ct);

        var items = new List<TrackedItem>();
        foreach (var a in actions)
        {
            var complaintId = a.ComplaintId ?? (a.RecommendationId is { } r && recommendations.TryGetValue(r, out var c) ? c : null);
            var owner = a.OwnerPersonId is { } o && owners.TryGetValue(o, out var name) ? name : a.OwnerDescription ?? "No owner";
            var notice = notices.Where(n => n.ActionId == a.Id && (n.Due == a.Due || done.Actions.ContainsKey(a.Id))).MaxBy(n => n.SentAt);
            items.Add(Item(TrackedKind.Action, a.Id, a.Reference, complaintId, a.Text, a.OwnerPersonId, owner, a.Due, done.Actions.TryGetValue(a.Id, out var actionDone) ? actionDone : null, notice));
        }

        foreach (var r in remedies)
        {
            var owner = r.OwnerPersonId is { } o && owners.TryGetValue(o, out var name) ? name : "No owner";
            var notice = notices.Where(n => n.RemedyId == r.Id && (n.Due == r.Due || done.Remedies.ContainsKey(r.Id))).MaxBy(n => n.SentAt);
            items.Add(Item(TrackedKind.Remedy, r.Id, r.Reference, r.ComplaintId, Describe(r), r.OwnerPersonId, owner, r.Due, done.Remedies.TryGetValue(r.Id, out var remedyDone) ? remedyDone : null, notice));
        }

        return [.. items.OrderByDescending(i => i.DaysOverdue).ThenBy(i => i.Due ?? DateOnly.MaxValue).ThenBy(i => i.Reference, StringComparer.Ordinal)];

        TrackedItem Item(TrackedKind kind, long id, string reference, long? complaintId, string what, long? ownerId, string owner, DateOnly? due, DateOnly? doneOn, EscalationNotice? notice)
        {
            var status = doneOn is not null ? TrackedStatus.Done : due is { } d && d < today ? TrackedStatus.Overdue : TrackedStatus.Due;
            var daysOverdue = status == TrackedStatus.Overdue ? today.DayNumber - due!.Value.DayNumber : 0;
            var complaintReference = complaintId is { } cid && complaints.TryGetValue(cid, out var found) ? found : null;
            var sent = notice is null ? null : new EscalationSent(notice.SentAt, notice.SentTo);
            return new TrackedItem(kind, id, reference, complaintId, complaintReference, what, ownerId, owner, due, doneOn, status, daysOverdue, sent);
        }
    }

    /// <summary>"Payment of £250.00: for the delay in the stage 1 response".</summary>
    public static string Describe(Remedy remedy)
    {
        var kind = remedy.Kind switch
        {
            RemedyKind.Apology => "Apology",
            RemedyKind.Payment => remedy.Amount is { } amount ? $"Payment of {ComplaintLetterWording.Money(amount)}" : "Payment",
            _ => "Remedy",
        };
        return string.IsNullOrWhiteSpace(remedy.Description) ? kind : $"{kind}: {remedy.Description}";
    }

    private async Task<(Dictionary<long, DateOnly> Actions, Dictionary<long, DateOnly> Remedies)> DoneDatesAsync(CancellationToken ct)
    {
        var superseded = db.Facts.Where(f => f.SupersedesId != null).Select(f => f.SupersedesId);
        var rows = await db.Facts.AsNoTracking()
            .Where(f => (f.Type == CompletedType && f.ActionId != null) || (f.Type == DeliveredType && f.RemedyId != null))
            .Where(f => !superseded.Contains(f.Id))
            .Select(f => new { f.Type, f.ActionId, f.RemedyId, f.OccurredOn })
            .ToListAsync(ct);
        return (
            rows.Where(r => r.Type == CompletedType).GroupBy(r => r.ActionId!.Value).ToDictionary(g => g.Key, g => g.Min(r => r.OccurredOn)),
            rows.Where(r => r.Type == DeliveredType).GroupBy(r => r.RemedyId!.Value).ToDictionary(g => g.Key, g => g.Min(r => r.OccurredOn)));
    }

    private const string CompletedType = "action-completed";
    private const string DeliveredType = "remedy-delivered";
}
