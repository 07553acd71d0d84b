using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Web.Features.Admin;

namespace Safeguard.Web.Features.Complaints.Remedies;

/// <summary>A remedy agreed on a complaint, and whether it has been delivered.</summary>
public sealed record RemedyLine(long Id, RemedyKind Kind, decimal? Amount, string? Description, string? Owner, DateOnly AgreedOn, DateOnly Due, string? DueBasis, DateOnly? DeliveredOn)
{
    public bool Overdue(DateOnly today) => DeliveredOn is null && Due < today;
}

/// <summary>An agreed action on a complaint, and whether it is done with its evidence.</summary>
public sealed record ActionLine(long Id, long? RecommendationId, string Text, string? Owner, DateOnly AgreedOn, DateOnly? Due, string? DueBasis, string? Measure, DateOnly? CompletedOn, string? Evidence)
{
    public bool Overdue(DateOnly today) => CompletedOn is null && Due is { } due && due < today;
}

public sealed record RecommendationLine(long Id, RecommendationSource By, string Text, DateOnly On);

public sealed record RemedyDecline(DateOnly On, string Reason);

public sealed record OmbudsmanLine(string Reference, OmbudsmanOutcome Outcome, DateOnly On);

/// <summary>The remedies, recommendations, actions and the Ombudsman's decision on one complaint, as its page shows them.</summary>
public sealed record RemediesSection(
    IReadOnlyList<RemedyLine> Remedies,
    IReadOnlyList<RemedyDecline> Declines,
    IReadOnlyList<RecommendationLine> Recommendations,
    IReadOnlyList<ActionLine> Actions,
    OmbudsmanLine? Ombudsman);

/// <summary>A member of staff with an account who can own a remedy or an action.</summary>
public sealed record StaffChoice(long PersonId, string Name);

/// <summary>Reads and names what the remedy, action and Ombudsman pages work with.</summary>
public sealed class RemedyRecords(SafeguardDbContext db, TimeProvider time)
{
    public const int MaxText = 2000;

    /// <summary>Payments above this are surely typing mistakes (and would not fit the record).</summary>
    public const decimal MaxPayment = 1_000_000m;

    public static RemediesSection Section(IReadOnlyList<Fact> facts, IReadOnlyDictionary<long, string> names)
    {
        var delivered = facts.OfType<RemedyDelivered>().GroupBy(f => f.RemedyId).ToDictionary(g => g.Key, g => g.First().On);
        var completed = facts.OfType<ActionCompleted>().GroupBy(f => f.ActionId).ToDictionary(g => g.Key, g => g.First());
        string? Name(long? id) => id is { } i ? names.GetValueOrDefault(i, "Unknown") : null;
        return new RemediesSection(
            facts.OfType<RemedyAgreed>()
                .Select(f => new RemedyLine(f.RemedyId, f.Kind, f.Amount, f.Description, Name(f.OwnerPersonId), f.On, f.Due, f.DueBasis, delivered.TryGetValue(f.RemedyId, out var d) ? d : null))
                .ToList(),
            facts.OfType<RemedyDeclined>().Select(f => new RemedyDecline(f.On, f.Reason)).ToList(),
            facts.OfType<RecommendationMade>().Select(f => new RecommendationLine(f.RecommendationId, f.By, f.Text, f.On)).ToList(),
            facts.OfType<ActionAgreed>()
                .Select(f => new ActionLine(f.ActionId, f.RecommendationId, f.Text, Name(f.OwnerPersonId) ?? f.OwnerDescription, f.On, f.Due, f.DueBasis, f.Measure, completed.TryGetValue(f.ActionId, out var c) ? c.On : null, completed.TryGetValue(f.ActionId, out var e) ? e.Evidence : null))
                .ToList(),
            facts.OfType<OmbudsmanDecisionRecorded>().Select(f => new OmbudsmanLine(f.Reference, f.Outcome, f.On)).LastOrDefault());
    }

    /// <summary>The section for a complaint's page, with the owners' names.</summary>
    public async Task<RemediesSection> SectionAsync(IReadOnlyList<Fact> facts, CancellationToken ct = default)
    {
        var owners = facts.OfType<RemedyAgreed>().Select(f => f.OwnerPersonId).Concat(facts.OfType<ActionAgreed>().Select(f => f.OwnerPersonId)).OfType<long>().Distinct().ToList();
        var names = await db.People.Where(p => owners.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName ?? p.Reference, ct);
        return Section(facts, names);
    }

    /// <summary>Staff people whose accounts are not deactivated, by name: who can be told a remedy or action is overdue.</summary>
    public async Task<List<StaffChoice>> StaffAsync(CancellationToken ct = default)
    {
        var accounts = await db.Users.Where(u => u.PersonId != null).Select(u => new { PersonId = u.PersonId!.Value, u.LockoutEnd }).ToListAsync(ct);
        var now = time.GetUtcNow();
        var active = accounts.Where(a => a.LockoutEnd is not { } end || end <= now || end.Year < StaffAccounts.DeactivatedUntil.Year).Select(a => a.PersonId).Distinct().ToList();
        return (await db.People.Where(p => active.Contains(p.Id) && p.Kind == People.PersonKind.Staff).Select(p => new { p.Id, Name = p.DisplayName ?? p.Reference }).ToListAsync(ct))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new StaffChoice(p.Id, p.Name))
            .ToList();
    }

    public static IEnumerable<SelectListItem> StaffItems(IEnumerable<StaffChoice> staff) =>
        [new SelectListItem("Choose a person", ""), .. staff.Select(s => new SelectListItem(s.Name, s.PersonId.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>The chosen owner, or an error naming the field.</summary>
    public static long? ReadOwner(ModelStateDictionary modelState, string key, string? value, IReadOnlyList<StaffChoice> staff, string message)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && staff.Any(s => s.PersonId == id))
        {
            return id;
        }

        modelState.AddModelError(key, message);
        return null;
    }

    /// <summary>Required text of at most <see cref="MaxText"/> characters, trimmed; null (with an error) otherwise.</summary>
    public static string? ReadText(ModelStateDictionary modelState, string key, string? value, string missing, string what)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            modelState.AddModelError(key, missing);
            return null;
        }

        if (text.Length > MaxText)
        {
            modelState.AddModelError(key, $"{what} must be {MaxText} characters or fewer");
            return null;
        }

        return text;
    }

    /// <summary>The remedy kind chosen on a form ("apology", "payment", "other").</summary>
    public static RemedyKind? ReadKind(ModelStateDictionary modelState, string key, string? value)
    {
        RemedyKind? kind = value switch
        {
            "apology" => RemedyKind.Apology,
            "payment" => RemedyKind.Payment,
            "other" => RemedyKind.Other,
            _ => null,
        };
        if (kind is null)
        {
            modelState.AddModelError(key, "Select the kind of remedy");
        }

        return kind;
    }

    public static readonly IReadOnlyList<SelectListItem> KindItems =
    [
        new("An apology", "apology"),
        new("A payment", "payment"),
        new("Something else", "other"),
    ];

    /// <summary>A payment in pounds: more than nothing, in pounds and pence.</summary>
    public static decimal? ReadAmount(ModelStateDictionary modelState, string key, string? value)
    {
        var text = value?.Trim().TrimStart('£').Trim();
        if (string.IsNullOrEmpty(text))
        {
            modelState.AddModelError(key, "Enter the amount of the payment");
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            modelState.AddModelError(key, "Amount must be a number of pounds, like 150 or 150.50");
            return null;
        }

        if (amount <= 0)
        {
            modelState.AddModelError(key, "Amount must be more than £0");
            return null;
        }

        if (decimal.Round(amount, 2) != amount)
        {
            modelState.AddModelError(key, "Amount must be in pounds and pence, with no more than 2 decimal places");
            return null;
        }

        if (amount > MaxPayment)
        {
            modelState.AddModelError(key, "Amount must be £1,000,000 or less");
            return null;
        }

        return amount;
    }

    public static string KindName(RemedyKind kind) => kind switch
    {
        RemedyKind.Apology => "Apology",
        RemedyKind.Payment => "Payment",
        RemedyKind.Other => "Other",
        _ => kind.ToString(),
    };

    public static string SourceName(RecommendationSource by) => by switch
    {
        RecommendationSource.Stage2 => "Investigating officer (stage 2)",
        RecommendationSource.Stage3 => "Review panel (stage 3)",
        RecommendationSource.Ombudsman => "Ombudsman",
        _ => by.ToString(),
    };

    public static string OutcomeName(OmbudsmanOutcome outcome) => outcome switch
    {
        OmbudsmanOutcome.Upheld => "Upheld",
        OmbudsmanOutcome.NotUpheld => "Not upheld",
        OmbudsmanOutcome.Closed => "Closed",
        _ => outcome.ToString(),
    };

    public static string Pounds(decimal amount) => amount.ToString("£#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>The complaint's next reference for a remedy, recommendation or action: K0001-REM-2 for its second remedy.</summary>
    public async Task<string> NewReferenceAsync(long complaintId, string kind, CancellationToken ct = default)
    {
        var complaint = await db.Complaints.Where(c => c.Id == complaintId).Select(c => c.Reference).SingleAsync(ct);
        var prefix = $"{complaint}-{kind}-";
        var next = 1 + kind switch
        {
            "REM" => await db.Remedies.CountAsync(r => r.ComplaintId == complaintId, ct),
            "REC" => await db.Recommendations.CountAsync(r => r.ComplaintId == complaintId, ct),
            _ => await db.Actions.CountAsync(a => a.ComplaintId == complaintId, ct),
        };
        while (await TakenAsync(kind, prefix + next, ct))
        {
            next++;
        }

        return prefix + next;
    }

    private async Task<bool> TakenAsync(string kind, string reference, CancellationToken ct) => kind switch
    {
        "REM" => await db.Remedies.AnyAsync(r => r.Reference == reference, ct),
        "REC" => await db.Recommendations.AnyAsync(r => r.Reference == reference, ct),
        _ => await db.Actions.AnyAsync(a => a.Reference == reference, ct),
    };
}
