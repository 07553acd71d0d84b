using System.Globalization;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Pathway;

/// <summary>
/// One entry form under test: what to record first so the step is in order, the answers (besides the date) of a
/// valid entry, and the message each question shows when left unanswered.
/// </summary>
public sealed record FormCase(
    string Slug,
    string FactType,
    Func<SafeguardApp, ArrangedChild, Task<Dictionary<string, string>>> Arrange,
    IReadOnlyDictionary<string, string> EmptyMessages,
    string DateDescription);

public static class FormCases
{
    public static readonly IReadOnlyList<FormCase> All =
    [
        new("referral", "referral-received", Answers(("Form.Source", "health visitor")), Messages("the date the referral was received", ("Form_Source", "Enter who made the referral")), "the date the referral was received"),
        new("referral-decision", "referral-decision", Answers(("Form.Choice", "Assessment")), Messages("the date of the decision", ("Form_Choice", "Select what was decided")), "the date of the decision"),
        new("assessment-completed", "assessment-completed", Answers(("Form.Choice", "ChildInNeed")), Messages("the date the assessment was completed", ("Form_Choice", "Select the outcome of the assessment")), "the date the assessment was completed"),
        new("child-in-need-plan-started", "child-in-need-plan-started", Answers(), Messages("the date the plan started"), "the date the plan started"),
        new("child-in-need-plan-ended", "child-in-need-plan-ended", After((app, c) => app.RecordAsync(new ChildInNeedPlanStarted { On = SafeguardApp.Today, ChildId = c.Id })), Messages("the date the plan ended"), "the date the plan ended"),
        new("strategy-discussion", "strategy-discussion", Answers(("Form.Choice", "Section47"), ("Form.Attendees", "DC Shah, police\nDr Jones, GP")), Messages("the date of the strategy discussion", ("Form_Choice", "Select what the strategy discussion decided"), ("Form_Attendees", "Enter who attended the strategy discussion")), "the date of the strategy discussion"),
        new("section-47-child-seen", "child-seen", After(StrategyAsync, ("Form.Alone", "yes")), Messages("the date the child was seen", ("Form_Alone", "Select yes if the child was seen alone")), "the date the child was seen"),
        new("parent-consulted", "parent-consulted", async (app, c) => { await StrategyAsync(app, c); return new() { ["Form.Person"] = Id(c.Mother) }; }, Messages("the date the parent was consulted", ("Form_Person", "Select the parent who was consulted")), "the date the parent was consulted"),
        new("parent-excluded", "parent-excluded", (_, c) => Task.FromResult(new Dictionary<string, string> { ["Form.Person"] = Id(c.Father), ["Form.Choice"] = "Section47", ["Form.Reason"] = "He has threatened the mother." }), Messages("the date of the decision", ("Form_Person", "Select the parent who is excluded"), ("Form_Choice", "Select what the parent is excluded from"), ("Form_Reason", "Enter why the parent is excluded")), "the date of the decision"),
        new("section-47-completed", "section-47-completed", After(StrategyAsync, ("Form.Choice", "Conference")), Messages("the date the enquiry was completed", ("Form_Choice", "Select the outcome of the enquiry")), "the date the enquiry was completed"),
        new("lead-social-worker", "lead-social-worker-allocated", async (app, _) => new() { ["Form.Person"] = Id(await app.StaffIdAsync("ben.hughes")) }, Messages("the date of the allocation", ("Form_Person", "Select the lead social worker")), "the date of the allocation"),
        new("visit", "child-seen", Answers(("Form.Alone", "no")), Messages("the date of the visit", ("Form_Alone", "Select yes if the child was seen alone")), "the date of the visit"),
        new("visit-no-access", "visit-no-access", Answers(), Messages("the date of the visit"), "the date of the visit"),
        new("management-review", "management-review", Answers(), Messages("the date of the review"), "the date of the review"),
        new("quality-alert-resolved", "quality-alert-resolved", async (app, c) => new() { ["Form.Person"] = Id(await RaiseAlertAsync(app, c)) }, Messages("the date the alert was resolved", ("Form_Person", "Select the quality alert that is resolved")), "the date the alert was resolved"),
        new("child-moved", "child-moved", Answers(("Form.Authority", "Eastshire County Council"), ("Form.Permanent", "yes")), Messages("the date the child moved", ("Form_Authority", "Enter the council the child moved to"), ("Form_Permanent", "Select yes if the move is permanent")), "the date the child moved"),
        new("transfer-notified", "transfer-notified", After((app, c) => app.RecordAsync(new ChildMoved { On = SafeguardApp.Today, ChildId = c.Id, ToAuthority = "Eastshire County Council", Permanent = true }), ("Form.Authority", "Eastshire County Council")), Messages("the date the council was told", ("Form_Authority", "Enter the council that was told")), "the date the council was told"),
        new("transfer-received", "transfer-received", Answers(("Form.Authority", "Westmoor Borough Council")), Messages("the date the transfer was received", ("Form_Authority", "Enter the council the child came from")), "the date the transfer was received"),
        new("case-closed", "case-closed", Answers(("Form.Reason", "The family moved abroad.")), Messages("the date the case was closed", ("Form_Reason", "Enter why the case is closed")), "the date the case was closed"),
    ];

    public static TheoryData<DatabaseProvider, string> Cases
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                foreach (var form in All)
                {
                    data.Add(provider, form.Slug);
                }
            }

            return data;
        }
    }

    public static FormCase Get(string slug) => All.Single(c => c.Slug == slug);

    public static Dictionary<string, string> Date(DateOnly date) => new()
    {
        ["Form.On.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        ["Form.On.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        ["Form.On.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static Task StrategyAsync(SafeguardApp app, ArrangedChild child) =>
        app.RecordAsync(new StrategyDiscussionHeld { On = SafeguardApp.Today, ChildId = child.Id, Decision = StrategyDecision.Section47 });

    public static async Task<long> RaiseAlertAsync(SafeguardApp app, ArrangedChild child) =>
        (await app.RecordAsync(new QualityAlertRaised { On = SafeguardApp.Today, ChildId = child.Id, AlertId = 0 }, "farah.khan", $"QA-{child.Reference}-T")).NewSubjectId!.Value;

    private static Func<SafeguardApp, ArrangedChild, Task<Dictionary<string, string>>> Answers(params (string Key, string Value)[] answers) =>
        (_, _) => Task.FromResult(answers.ToDictionary(a => a.Key, a => a.Value));

    private static Func<SafeguardApp, ArrangedChild, Task<Dictionary<string, string>>> After(Func<SafeguardApp, ArrangedChild, Task> first, params (string Key, string Value)[] answers) =>
        async (app, child) =>
        {
            await first(app, child);
            return answers.ToDictionary(a => a.Key, a => a.Value);
        };

    private static Dictionary<string, string> Messages(string date, params (string Field, string Message)[] others) =>
        new[] { ("Form_On", $"Enter {date}") }.Concat(others).ToDictionary(m => m.Item1, m => m.Item2);
}
