using System.Reflection;

namespace Safeguard.Policy;

/// <summary>A council's local policy settings (rules.md §3), with the catalogue's defaults.</summary>
public sealed record PolicySettings
{
    public int ConferenceReportNoticeWorkingDays { get; init; } = 3;

    public int ConferenceMinutesWorkingDays { get; init; } = 15;

    public int CoreGroupMinutesWorkingDays { get; init; } = 10;

    public int CoreGroupIntervalWorkingDays { get; init; } = 20;

    public int VisitIntervalWorkingDays { get; init; } = 10;

    public int ManagementReviewIntervalWorkingDays { get; init; } = 20;

    public int QualityAlertResponseWorkingDays { get; init; } = 5;

    public int TransferNotifyWorkingDays { get; init; } = 5;

    public int ComplaintAcknowledgeWorkingDays { get; init; } = 3;

    public int Stage2StartWorkingDays { get; init; } = 10;

    public int DecisionNoticeWorkingDays { get; init; } = 5;

    public static PolicySettings Defaults { get; } = new();

    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(PolicySettings)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(int))
        .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal);

    /// <summary>The settings' names as the catalogue writes them (camelCase).</summary>
    public static IReadOnlyCollection<string> Names => Properties.Keys;

    public int Get(string name) => (int)Properties[name].GetValue(this)!;

    public IReadOnlyDictionary<string, int> ToDictionary() => Properties.ToDictionary(p => p.Key, p => Get(p.Key));

    /// <summary>These settings with the named values replaced. Unknown names and values below 1 are refused.</summary>
    public PolicySettings With(IReadOnlyDictionary<string, int> values)
    {
        var copy = this with { };
        foreach (var (name, value) in values)
        {
            if (!Properties.TryGetValue(name, out var property))
            {
                throw new ArgumentException($"'{name}' is not a policy setting. The settings are: {string.Join(", ", Names)}.");
            }

            if (value < 1 || value > 400)
            {
                throw new ArgumentException($"The policy setting '{name}' must be a number of working days from 1 to 400, not {value}.");
            }

            property.SetValue(copy, value);
        }

        return copy;
    }
}

/// <summary>A council: the organisation whose record this database holds, with its policy settings.</summary>
public sealed class Council
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public List<PolicySettingRow> PolicySettings { get; set; } = [];

    public PolicySettings ToPolicy() =>
        Policy.PolicySettings.Defaults.With(PolicySettings.ToDictionary(s => s.Name, s => s.Value));
}

public sealed class PolicySettingRow
{
    public long CouncilId { get; set; }

    public required string Name { get; set; }

    public int Value { get; set; }
}
