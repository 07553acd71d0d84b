using System.Text.RegularExpressions;

namespace Safeguard.Web.Infrastructure;

/// <summary>Page routes in kebab case: /Children/RecordVisit becomes /children/record-visit.</summary>
public sealed partial class KebabCaseParameterTransformer : IOutboundParameterTransformer
{
    public string? TransformOutbound(object? value) =>
        value is null ? null : WordBoundary().Replace(value.ToString()!, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
