namespace Safeguard.People;

public enum PersonKind { Child, Adult, Staff }

public enum RelationshipRole { Mother, Father, StepParent, Carer, Relative, Other }

public enum StaffRole
{
    SocialWorker,
    TeamManager,
    ConferenceChair,
    ComplaintsManager,
    InvestigatingOfficer,
    IndependentPerson,
    Idva,
    Other,
}

/// <summary>A child, an adult in a child's life, or a member of staff.</summary>
public sealed class Person
{
    public long Id { get; set; }

    /// <summary>The reference people use for this person (a scenario id, or a case number).</summary>
    public required string Reference { get; set; }

    public required PersonKind Kind { get; set; }

    public string? DisplayName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public StaffRole? StaffRole { get; set; }

    /// <summary>A qualified social worker (staff only).</summary>
    public bool Qualified { get; set; } = true;

    /// <summary>In the assessed and supported first year in employment (staff only).</summary>
    public bool FirstYear { get; set; }

    /// <summary>For staff, their team; for a child, the team responsible for the child.</summary>
    public long? TeamId { get; set; }

    public Team? Team { get; set; }

    /// <summary>For a child: the lead social worker, following the latest allocation on the record.</summary>
    public long? LeadWorkerId { get; set; }

    /// <summary>A restricted record (a child of a member of staff, say): only staff named in a grant may open it.</summary>
    public bool Restricted { get; set; }
}

/// <summary>Names a member of staff who may open a restricted child's record.</summary>
public sealed class RecordAccessGrant
{
    public long Id { get; set; }

    public long ChildId { get; set; }

    public long StaffPersonId { get; set; }

    public required string GrantedBy { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}

/// <summary>How an adult stands to a child, and whether they hold parental responsibility.</summary>
public sealed class Relationship
{
    public long Id { get; set; }

    public long AdultId { get; set; }

    public Person? Adult { get; set; }

    public long ChildId { get; set; }

    public Person? Child { get; set; }

    public RelationshipRole Role { get; set; }

    public bool ParentalResponsibility { get; set; }
}

public sealed class Team
{
    public long Id { get; set; }

    public required string Name { get; set; }
}

public sealed class ContactRestriction
{
    public long Id { get; set; }

    public long RestrictedPersonId { get; set; }

    public long? ViaPersonId { get; set; }

    public DateOnly RecordedOn { get; set; }

    public List<ContactRestrictionProtectedPerson> Protects { get; set; } = [];
}

public sealed class ContactRestrictionProtectedPerson
{
    public long ContactRestrictionId { get; set; }

    public long PersonId { get; set; }
}
