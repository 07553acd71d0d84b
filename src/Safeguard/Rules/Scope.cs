namespace Safeguard.Rules;

public enum ScopeKind { Child, Meeting, Complaint, Action }

/// <summary>The unit the rules evaluate at once, and whose duties are stored together.</summary>
public readonly record struct Scope(ScopeKind Kind, long Id)
{
    public static Scope Child(long id) => new(ScopeKind.Child, id);

    public static Scope Meeting(long id) => new(ScopeKind.Meeting, id);

    public static Scope Complaint(long id) => new(ScopeKind.Complaint, id);

    public static Scope Action(long id) => new(ScopeKind.Action, id);

    public const string Refusals = "refusal";

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
