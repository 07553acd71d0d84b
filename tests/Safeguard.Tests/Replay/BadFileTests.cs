using Safeguard.Cli;
using Xunit;

namespace Safeguard.Tests.Replay;

/// <summary>A bad scenario file is reported with the file, the event index and the reason, exits 2 and applies nothing.</summary>
public sealed class BadFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("safeguard-replay-").FullName;

    private const string People = """
        "people": [
          { "id": "C", "type": "child" },
          { "id": "M", "type": "adult", "relationships": [ { "child": "C", "role": "mother", "parentalResponsibility": true } ] },
          { "id": "SW", "type": "staff", "role": "social-worker" }
        ]
        """;

    public static TheoryData<string, string, string> BadEvents => new()
    {
        { """{ "on": "2026-03-02", "type": "referral-recieved", "child": "C" }""", "event 0 (type)", "unknown event type 'referral-recieved'" },
        { """{ "on": "2026-03-02", "type": "referral-received", "child": "X" }""", "event 0 (child)", "unknown person id 'X'" },
        { """{ "on": "2026-02-30", "type": "referral-received", "child": "C" }""", "event 0 (on)", "must be a date written yyyy-mm-dd" },
        { """{ "on": "2026-03-02", "type": "referral-decision", "child": "C" }""", "event 0 (decision)", "missing field 'decision'" },
        { """{ "on": "2026-03-02", "type": "referral-decision", "child": "C", "decision": "maybe" }""", "event 0 (decision)", "must be one of no-further-action, early-help, assessment, strategy-discussion" },
        { """{ "on": "2026-03-02", "type": "section-47-completed", "child": "C", "outcome": "conference" }""", "event 0 (child)", "no section 47 enquiry open" },
        { """{ "on": "2026-03-02", "type": "invitation-sent", "meeting": "ICPC", "person": "M" }""", "event 0 (meeting)", "unknown meeting id 'ICPC'" },
        { """{ "on": "2026-03-02", "type": "referral-received", "child": "M" }""", "event 0 (child)", "'M' is not a child" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task A_bad_event_is_reported_with_its_index_and_reason_and_exits_2(string badEvent, string where, string reason)
    {
        var file = Write("bad.json", $$"""{ "format": "safeguard-scenario/1", {{People}}, "events": [ {{badEvent}} ] }""");

        var (exit, output, error) = await ReplayAsync(file);

        Assert.Equal(ReplayCommand.BadFile, exit);
        Assert.Empty(output);
        Assert.Contains($"{file}: {where}", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_going_backwards_are_a_bad_file()
    {
        var file = Write("backwards.json", $$"""
            { {{People}}, "events": [
              { "on": "2026-03-05", "type": "referral-received", "child": "C" },
              { "on": "2026-03-04", "type": "referral-decision", "child": "C", "decision": "assessment" } ] }
            """);

        var (exit, _, error) = await ReplayAsync(file);

        Assert.Equal(ReplayCommand.BadFile, exit);
        Assert.Contains("event 1 (on): dates go backwards", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_out_of_order_is_a_bad_file_and_nothing_of_the_file_is_reported()
    {
        var file = Write("order.json", $$"""
            { {{People}}, "events": [
              { "on": "2026-03-02", "type": "referral-received", "child": "C" },
              { "on": "2026-03-02", "type": "complaint-received", "complaint": "K1", "complainant": "M", "points": [ { "id": "P1", "summary": "Late" } ] },
              { "on": "2026-03-20", "type": "stage-2-adjudication-sent", "complaint": "K1", "outcomes": { "P1": "upheld" } } ] }
            """);

        var (exit, output, error) = await ReplayAsync(file);

        Assert.Equal(ReplayCommand.BadFile, exit);
        Assert.Empty(output);
        Assert.Contains("event 2 (complaint): The stage 2 statement of complaint has not been agreed.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("""{ "format": "safeguard-scenario/9" }""", "unknown format")]
    [InlineData("""{ "people": [ { "id": "C", "type": "dog" } ] }""", "people[0].type")]
    [InlineData("""{ "policy": { "visitInterval": 5 } }""", "'visitInterval' is not a policy setting")]
    [InlineData("""{ "people": [ { "id": "C", "type": "child" }, { "id": "C", "type": "adult" } ] }""", "the person id 'C' is used twice")]
    public async Task A_malformed_file_is_a_bad_file(string content, string reason)
    {
        var file = Write("malformed.json", content);

        var (exit, _, error) = await ReplayAsync(file);

        Assert.Equal(ReplayCommand.BadFile, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_reported_not_thrown()
    {
        var (exit, _, error) = await ReplayAsync(Path.Combine(_dir, "nowhere.json"));

        Assert.Equal(ReplayCommand.BadFile, exit);
        Assert.Contains("cannot read the file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_event_is_a_blocked_finding_not_a_bad_file()
    {
        var file = Write("refused.json", $$"""
            { {{People}}, "events": [
              { "on": "2026-03-02", "type": "conference-scheduled", "meeting": "R1", "child": "C", "kind": "review", "date": "2026-03-09" } ] }
            """);

        var (exit, output, _) = await ReplayAsync(file);

        Assert.Equal(ReplayCommand.Done, exit);
        Assert.Equal("""{"rule":"CP_CONFERENCE_KIND","status":"blocked","child":"C","meeting":"R1","basis":"Local Government and Social Care Ombudsman"}""", output.Trim());
    }

    [Fact]
    public async Task With_several_files_each_line_names_its_scenario_and_a_bad_file_does_not_stop_the_others()
    {
        var good = Write("good.json", $$"""{ {{People}}, "events": [ { "on": "2026-03-02", "type": "referral-received", "child": "C" } ] }""");
        var bad = Write("bad.json", $$"""{ {{People}}, "events": [ { "on": "2026-03-02", "type": "nonsense" } ] }""");

        var (exit, output, error) = await ReplayAsync(good, bad, "--as-of", "2026-03-04");

        Assert.Equal(ReplayCommand.BadFile, exit);
        Assert.Equal("""{"rule":"CP_REFERRAL_DECISION","status":"overdue","child":"C","due":"2026-03-03","basis":"Working Together to Safeguard Children","scenario":"good.json"}""", output.Trim());
        Assert.Contains("bad.json: event 0 (type): unknown event type 'nonsense'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_prints_each_mismatch_and_exits_1()
    {
        var file = Write("expect.json", $$"""
            { {{People}}, "events": [ { "on": "2026-03-02", "type": "referral-received", "child": "C" } ],
              "expect": [ { "asOf": "2026-03-04",
                "findings": [ { "rule": "CP_REFERRAL_DECISION", "child": "C", "status": "late" } ],
                "absent": [ { "rule": "CP_REFERRAL_DECISION", "status": "overdue" } ] } ] }
            """);

        var (exit, output, _) = await ReplayAsync(file, "--check");

        Assert.Equal(ReplayCommand.ExpectationNotMet, exit);
        Assert.Contains("expected finding not reported", output, StringComparison.Ordinal);
        Assert.Contains("should be absent", output, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> ReplayAsync(params string[] args)
    {
        var files = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var rest = args.Skip(files.Count).ToList();
        var asOfIndex = rest.IndexOf("--as-of");
        var asOf = asOfIndex >= 0 ? rest[asOfIndex + 1] : null;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ReplayCommand.RunAsync(files, asOf, rest.Contains("--check"), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
