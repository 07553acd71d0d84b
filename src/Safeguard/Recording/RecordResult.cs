using Safeguard.Rules;

namespace Safeguard.Recording;

/// <summary>Who is recording, from where, and why.</summary>
public sealed record Recorder(string User, string Origin, string? Reason = null);

/// <summary>What became of a command: recorded, refused by a guard, or rejected as invalid input.</summary>
public abstract record RecordResult;

public sealed record Recorded(long FactId, long? NewSubjectId) : RecordResult;

/// <summary>A guard in rules.md §6 refused it; nothing was recorded or sent.</summary>
public sealed record Refused(string Rule, string Message, DutySubjects Subjects, long? SafeRouteId) : RecordResult;

/// <summary>The input was invalid (a field missing or wrong, or a step out of order); nothing changed.</summary>
public sealed record Rejected(string Field, string Message) : RecordResult;
