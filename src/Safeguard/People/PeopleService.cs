using Microsoft.EntityFrameworkCore;
using Safeguard.Audit;
using Safeguard.Data;
using Safeguard.Recording;

namespace Safeguard.People;

/// <summary>Adds people and their relationships to the record, with an audit entry for each.</summary>
public sealed class PeopleService(SafeguardDbContext db, TimeProvider time)
{
    public async Task<RecordResult> AddPersonAsync(Person person, Recorder by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(person.Reference))
        {
            return new Rejected("reference", "Enter a reference for the person.");
        }

        if (person.Reference.Length > 80)
        {
            return new Rejected("reference", "The reference must be 80 characters or fewer.");
        }

        if (person.DisplayName is { Length: > 200 })
        {
            return new Rejected("name", "The name must be 200 characters or fewer.");
        }

        if (await db.People.AnyAsync(p => p.Reference == person.Reference, ct))
        {
            return new Rejected("reference", $"The reference '{person.Reference}' is already in use.");
        }

        if (person.Kind != PersonKind.Staff && person.StaffRole is not null)
        {
            return new Rejected("role", "Only staff have a staff role.");
        }

        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        Audit(by, "add person", $"person:{person.Id}");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new Recorded(0, person.Id);
    }

    public async Task<RecordResult> AddRelationshipAsync(long adultId, long childId, RelationshipRole role, bool parentalResponsibility, Recorder by, CancellationToken ct = default)
    {
        var kinds = await db.People.Where(p => p.Id == adultId || p.Id == childId).ToDictionaryAsync(p => p.Id, p => p.Kind, ct);
        if (!kinds.TryGetValue(childId, out var childKind) || childKind != PersonKind.Child)
        {
            return new Rejected("child", "There is no such child on the record.");
        }

        if (!kinds.TryGetValue(adultId, out var adultKind) || adultKind != PersonKind.Adult)
        {
            return new Rejected("adult", "A relationship is between an adult and a child: there is no such adult on the record.");
        }

        if (await db.Relationships.AnyAsync(r => r.AdultId == adultId && r.ChildId == childId, ct))
        {
            return new Rejected("relationships", "This relationship is already recorded.");
        }

        var relationship = new Relationship { AdultId = adultId, ChildId = childId, Role = role, ParentalResponsibility = parentalResponsibility };
        db.Relationships.Add(relationship);
        Audit(by, "add relationship", $"child:{childId}");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new Recorded(0, relationship.Id);
    }

    private void Audit(Recorder by, string action, string subject) => db.AuditEntries.Add(new AuditEntry
    {
        At = time.GetUtcNow(),
        Actor = by.User,
        Action = action,
        Subject = subject,
        Reason = by.Reason,
        Origin = by.Origin,
    });
}
