using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguard.Access;
using Safeguard.Audit;
using Safeguard.Calendar;
using Safeguard.Complaints;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Policy;
using Safeguard.Protection;
using Safeguard.Rules;

namespace Safeguard.Data;

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasMany(c => c.PolicySettings).WithOne().HasForeignKey(s => s.CouncilId);
    }
}

internal sealed class PolicySettingConfiguration : IEntityTypeConfiguration<PolicySettingRow>
{
    public void Configure(EntityTypeBuilder<PolicySettingRow> builder)
    {
        builder.HasKey(s => new { s.CouncilId, s.Name });
        builder.Property(s => s.Name).HasMaxLength(80);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.Property(p => p.Reference).HasMaxLength(80);
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.Property(p => p.DisplayName).HasMaxLength(200);
        builder.HasOne(p => p.Team).WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.LeadWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Kind, p.TeamId });
        builder.HasIndex(p => new { p.Kind, p.DisplayName });
    }
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.HasOne(r => r.Adult).WithMany().HasForeignKey(r => r.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ChildId, r.AdultId }).IsUnique();
    }
}

internal sealed class ContactRestrictionConfiguration : IEntityTypeConfiguration<ContactRestriction>
{
    public void Configure(EntityTypeBuilder<ContactRestriction> builder)
    {
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RestrictedPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.ViaPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Protects).WithOne().HasForeignKey(p => p.ContactRestrictionId);
        builder.HasIndex(r => r.RestrictedPersonId);
    }
}

internal sealed class ContactRestrictionProtectedPersonConfiguration : IEntityTypeConfiguration<ContactRestrictionProtectedPerson>
{
    public void Configure(EntityTypeBuilder<ContactRestrictionProtectedPerson> builder)
    {
        builder.HasKey(p => new { p.ContactRestrictionId, p.PersonId });
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Reference).HasMaxLength(80);
        builder.HasIndex(m => m.Reference).IsUnique();
        builder.HasMany(m => m.Children).WithOne().HasForeignKey(c => c.MeetingId);
    }
}

internal sealed class MeetingChildConfiguration : IEntityTypeConfiguration<MeetingChild>
{
    public void Configure(EntityTypeBuilder<MeetingChild> builder)
    {
        builder.HasKey(c => new { c.MeetingId, c.ChildId });
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ChildId);
    }
}

internal sealed class QualityAlertConfiguration : IEntityTypeConfiguration<QualityAlert>
{
    public void Configure(EntityTypeBuilder<QualityAlert> builder)
    {
        builder.Property(a => a.Reference).HasMaxLength(80);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(80);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ComplainantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Points).WithOne().HasForeignKey(p => p.ComplaintId);
    }
}

internal sealed class ComplaintPointConfiguration : IEntityTypeConfiguration<ComplaintPoint>
{
    public void Configure(EntityTypeBuilder<ComplaintPoint> builder)
    {
        builder.Property(p => p.Reference).HasMaxLength(80);
        builder.Property(p => p.Summary).HasMaxLength(2000);
        builder.HasIndex(p => new { p.ComplaintId, p.Reference }).IsUnique();
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(80);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(r => r.ComplaintId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreedActionConfiguration : IEntityTypeConfiguration<AgreedAction>
{
    public void Configure(EntityTypeBuilder<AgreedAction> builder)
    {
        builder.ToTable("actions");
        builder.Property(a => a.Reference).HasMaxLength(80);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.Text).HasMaxLength(4000);
        builder.Property(a => a.OwnerDescription).HasMaxLength(200);
        builder.Property(a => a.Measure).HasMaxLength(2000);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Recommendation>().WithMany().HasForeignKey(a => a.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RemedyConfiguration : IEntityTypeConfiguration<Remedy>
{
    public void Configure(EntityTypeBuilder<Remedy> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(80);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Amount).HasPrecision(12, 2);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(r => r.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComplaintAppointmentConfiguration : IEntityTypeConfiguration<ComplaintAppointment>
{
    public void Configure(EntityTypeBuilder<ComplaintAppointment> builder)
    {
        builder.HasOne<Complaint>().WithMany().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PersonId, a.EndedOn });
        builder.HasIndex(a => a.ComplaintId);
    }
}

internal sealed class EscalationNoticeConfiguration : IEntityTypeConfiguration<EscalationNotice>
{
    public void Configure(EntityTypeBuilder<EscalationNotice> builder)
    {
        builder.Property(e => e.SentTo).HasMaxLength(2000);
        builder.HasOne<AgreedAction>().WithMany().HasForeignKey(e => e.ActionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Remedy>().WithMany().HasForeignKey(e => e.RemedyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ActionId, e.Due }).IsUnique();
        builder.HasIndex(e => new { e.RemedyId, e.Due }).IsUnique();
    }
}

internal sealed class FactRowConfiguration : IEntityTypeConfiguration<FactRow>
{
    public void Configure(EntityTypeBuilder<FactRow> builder)
    {
        builder.ToTable("facts");
        builder.Property(f => f.Type).HasMaxLength(60);
        builder.Property(f => f.RecordedBy).HasMaxLength(200);
        builder.Property(f => f.Reason).HasMaxLength(2000);
        builder.HasIndex(f => new { f.ChildId, f.OccurredOn });
        builder.HasIndex(f => new { f.MeetingId, f.OccurredOn });
        builder.HasIndex(f => new { f.ComplaintId, f.OccurredOn });
        builder.HasIndex(f => f.ActionId);
        builder.HasIndex(f => f.SupersedesId);
        builder.HasOne<FactRow>().WithMany().HasForeignKey(f => f.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(f => f.ComplaintId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DutyRowConfiguration : IEntityTypeConfiguration<DutyRow>
{
    public void Configure(EntityTypeBuilder<DutyRow> builder)
    {
        builder.ToTable("duties");
        builder.Property(d => d.Scope).HasMaxLength(60);
        builder.Property(d => d.Rule).HasMaxLength(60);
        builder.Property(d => d.StartedBy).HasMaxLength(200);
        builder.Property(d => d.Counting).HasMaxLength(1000);
        builder.Property(d => d.MissingParts).HasMaxLength(100);
        builder.Property(d => d.Detail).HasMaxLength(2000);
        builder.Property(d => d.RefusedReference).HasMaxLength(80);
        builder.HasIndex(d => d.Scope);
        builder.HasIndex(d => new { d.TeamId, d.Outcome, d.Due });
        builder.HasIndex(d => new { d.WorkerId, d.Outcome, d.Due });
        builder.HasIndex(d => new { d.Outcome, d.Due });
        builder.HasIndex(d => d.ChildId);
        builder.HasIndex(d => d.ComplaintId);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.Subject).HasMaxLength(100);
        builder.Property(a => a.Origin).HasMaxLength(100);
        builder.HasIndex(a => new { a.Subject, a.At });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Actor);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);

        // Each entry names its predecessor, so two entries claiming the same one (a fork) cannot be stored.
        builder.HasIndex(a => a.PreviousHash).IsUnique();
    }
}

internal sealed class RecordAccessGrantConfiguration : IEntityTypeConfiguration<RecordAccessGrant>
{
    public void Configure(EntityTypeBuilder<RecordAccessGrant> builder)
    {
        builder.ToTable("record_access_grants");
        builder.Property(g => g.GrantedBy).HasMaxLength(200);
        builder.HasIndex(g => new { g.ChildId, g.StaffPersonId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.StaffPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.Property(a => a.DisplayName).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.PersonId).IsUnique();
    }
}

internal sealed class BankHolidayChangeConfiguration : IEntityTypeConfiguration<BankHolidayChangeRow>
{
    public void Configure(EntityTypeBuilder<BankHolidayChangeRow> builder)
    {
        builder.ToTable("bank_holiday_changes");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.AddedBy).HasMaxLength(200);
        builder.HasIndex(c => c.Date).IsUnique();
    }
}
