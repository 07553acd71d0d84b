using System.Text;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
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

/// <summary>The one EF model, for SQLite and PostgreSQL alike; each provider has its own migration set.</summary>
public sealed class SafeguardDbContext(DbContextOptions<SafeguardDbContext> options) : IdentityDbContext<StaffAccount>(options)
{
    public DbSet<Council> Councils => Set<Council>();

    public DbSet<PolicySettingRow> PolicySettings => Set<PolicySettingRow>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Relationship> Relationships => Set<Relationship>();

    public DbSet<ContactRestriction> ContactRestrictions => Set<ContactRestriction>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingChild> MeetingChildren => Set<MeetingChild>();

    public DbSet<QualityAlert> QualityAlerts => Set<QualityAlert>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintPoint> ComplaintPoints => Set<ComplaintPoint>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<AgreedAction> Actions => Set<AgreedAction>();

    public DbSet<Remedy> Remedies => Set<Remedy>();

    public DbSet<ComplaintAppointment> ComplaintAppointments => Set<ComplaintAppointment>();

    public DbSet<EscalationNotice> EscalationNotices => Set<EscalationNotice>();

    public DbSet<FactRow> Facts => Set<FactRow>();

    public DbSet<DutyRow> Duties => Set<DutyRow>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<RecordAccessGrant> RecordAccessGrants => Set<RecordAccessGrant>();

    public DbSet<BankHolidayChangeRow> BankHolidayChanges => Set<BankHolidayChangeRow>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SafeguardDbContext).Assembly);
        UseSnakeCaseNames(builder);
    }

    /// <summary>New audit entries are chained to the log before they are written (see <see cref="AuditChain"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var added = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await AuditChain.SealAsync(this, added, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await AuditChain.SealAsync(this, added, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added)
            ? throw new InvalidOperationException("Audit entries are written with SaveChangesAsync, which chains them to the log.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Vocabulary values are stored as their names, so the database reads like the record.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    private static void UseSnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(SnakeCase(entity.GetTableName()!));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(SnakeCase(key.GetName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(SnakeCase(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(SnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
