using Safeguard.Web.Features.Children;

namespace Safeguard.Web.Features.Shared;

/// <summary>A table of duties under a heading (by its id), or a sentence when there are none.</summary>
public sealed record DutyTable(IReadOnlyList<DutyLine> Duties, string HeadingId, string WhenNone);
