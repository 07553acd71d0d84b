using System.Text.Json;
using Safeguard.Calendar;
using Safeguard.Replay;
using Safeguard.Rules;
using Xunit;
using Xunit.Abstractions;

namespace Safeguard.Tests.Scenarios;

/// <summary>
/// Replays every scenario in TestData/scenarios/rules (one file per rule of rules.md, each with a compliant and a
/// breaching history) and TestData/scenarios/seeds (the Ombudsman decisions), and checks every expectation.
/// </summary>
public sealed class RuleScenarioTests(ITestOutputHelper output)
{
    private static readonly string ScenarioRoot = Path.Combine(AppContext.BaseDirectory, "TestData", "scenarios");

    private static readonly string[] Folders = ["rules", "seeds"];

    public static TheoryData<string> ScenarioFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var folder in Folders)
            {
                foreach (var file in FilesIn(folder))
                {
                    data.Add($"{folder}/{Path.GetFileName(file)}");
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public async Task Scenario_meets_every_expectation(string file)
    {
        var scenario = ScenarioReader.Read(Path.Combine(ScenarioRoot, file));

        await using var replayed = await new ReplayRunner(TimeProvider.System, WorkingDayCalendar.EnglandAndWales).ReplayAsync(scenario);

        var mismatches = await replayed.CheckAsync();

        // The assertion message shortens each mismatch: the test output holds them in full.
        foreach (var mismatch in mismatches)
        {
            output.WriteLine(mismatch);
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Both_scenario_folders_are_copied_to_the_output()
    {
        Assert.All(Folders, folder => Assert.NotEmpty(FilesIn(folder)));
    }

    [Fact]
    public void Every_rule_has_a_breaching_and_a_compliant_history_in_the_rules_scenarios()
    {
        var breached = new HashSet<string>(StringComparer.Ordinal);
        var compliant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in FilesIn("rules"))
        {
            foreach (var expectation in ScenarioReader.Read(file).Expectations)
            {
                breached.UnionWith(expectation.Findings.Select(RuleOf));

                // A compliant history names its subject (child, meeting, complaint...), not just the rule.
                compliant.UnionWith(expectation.Absent.Where(NamesASubject).Select(RuleOf));
            }
        }

        var ids = RuleCatalogue.All.Select(r => r.Id).ToList();
        var withoutBreachingHistory = ids.Except(breached).ToList();
        var withoutCompliantHistory = ids.Except(compliant).ToList();
        Assert.Empty(withoutBreachingHistory);
        Assert.Empty(withoutCompliantHistory);
    }

    private static string[] FilesIn(string folder)
    {
        var path = Path.Combine(ScenarioRoot, folder);
        return Directory.Exists(path) ? [.. Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal)] : [];
    }

    private static string RuleOf(JsonElement entry) => entry.GetProperty("rule").GetString()!;

    private static bool NamesASubject(JsonElement entry) =>
        entry.EnumerateObject().Any(p => p.Name is not ("rule" or "status" or "due" or "done"));
}
