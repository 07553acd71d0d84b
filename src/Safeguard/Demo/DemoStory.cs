using Safeguard.Facts;

namespace Safeguard.Demo;

/// <summary>The id of a record a story introduces (a meeting, an alert, a complaint...), known once it is recorded.</summary>
internal sealed class Slot
{
    public long Id { get; set; }

    /// <summary>For a complaint: its points' ids, in the order given.</summary>
    public List<long> Points { get; } = [];
}

/// <summary>One step of a story: a fact made when it is recorded, so it can use the ids of records made before it.</summary>
internal sealed record StoryStep(DateOnly On, int Sequence, DemoStaffMember By, Func<DateOnly, Fact> Make, string? Reference, Slot? Introduces, bool Refusal);

/// <summary>
/// One child's (or one complaint's) history as dated steps, written in any order and recorded in date order;
/// steps on the same date keep the order they were written in.
/// </summary>
internal sealed class Story(string name)
{
    private readonly List<StoryStep> _steps = [];

    public string Name => name;

    public void Add(DateOnly on, DemoStaffMember by, Func<DateOnly, Fact> make, string? reference = null, Slot? introduces = null) =>
        _steps.Add(new StoryStep(on, _steps.Count, by, make, reference, introduces, false));

    /// <summary>A step the guards are expected to refuse: it shows as a blocked finding, and nothing is recorded.</summary>
    public void AddRefused(DateOnly on, DemoStaffMember by, Func<DateOnly, Fact> make) =>
        _steps.Add(new StoryStep(on, _steps.Count, by, make, null, null, true));

    public IEnumerable<StoryStep> InOrder() => _steps.OrderBy(s => s.On).ThenBy(s => s.Sequence);
}

/// <summary>A demo child with the adults in their life and the staff who work with them.</summary>
internal sealed class Family
{
    public required int Number { get; init; }

    public required string Reference { get; init; }

    public required long Child { get; init; }

    public required long Mother { get; init; }

    public long? Father { get; init; }

    public bool FatherHasResponsibility { get; init; }

    public long? StepFather { get; init; }

    public required DemoStaffMember Worker { get; init; }

    public required DemoStaffMember Manager { get; init; }

    /// <summary>A parent kept out of the child's meetings (a recorded exclusion), who is then not invited.</summary>
    public long? ExcludedFromMeetings { get; set; }

    /// <summary>The people with parental responsibility, mother first.</summary>
    public IReadOnlyList<long> WithResponsibility => FatherHasResponsibility && Father is { } father ? [Mother, father] : [Mother];

    /// <summary>The people with parental responsibility who are invited to meetings.</summary>
    public IReadOnlyList<long> Invitees => WithResponsibility.Where(p => p != ExcludedFromMeetings).ToList();
}

/// <summary>The shape of a family when it is created.</summary>
internal sealed record FamilyShape(bool Father = true, bool FatherHasResponsibility = true, bool StepFather = false);
