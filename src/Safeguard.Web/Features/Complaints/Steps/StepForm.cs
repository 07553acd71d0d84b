using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Safeguard.Complaints;
using Safeguard.Web.Components;

namespace Safeguard.Web.Features.Complaints.Steps;

/// <summary>What a complaints manager types into a step form. Each step asks only some of these.</summary>
public sealed class StepInput
{
    public DateParts On { get; set; } = new();

    public string? Reason { get; set; }

    public string? Told { get; set; }

    public string? Officer { get; set; }

    public string? Independent { get; set; }

    public List<string> Members { get; set; } = [];

    public string? Exceptional { get; set; }

    public string? Agreed { get; set; }

    public string? Closure { get; set; }

    public string? Explanation { get; set; }

    public string? Person { get; set; }
}

/// <summary>The checked answers a step's fact is built from.</summary>
public sealed record StepAnswers(
    long ComplaintId,
    DateOnly On,
    string? Reason,
    long? Officer,
    long? Independent,
    IReadOnlyList<long> Members,
    bool Exceptional,
    bool Agreed,
    ClosureReason? Closure,
    string? Explanation,
    long? Person);

/// <summary>The people a step form offers: staff who may be appointed, and the appointments still running.</summary>
public sealed record StepChoices(
    IReadOnlyList<SelectListItem> Officers,
    IReadOnlyList<SelectListItem> IndependentPeople,
    IReadOnlyList<SelectListItem> PanelMembers,
    IReadOnlyList<SelectListItem> Running);

/// <summary>A free-text question on a step form.</summary>
public sealed record StepText(string Label, string Missing, string? Hint = null);

/// <summary>The questions a step asks besides its date and reason.</summary>
[Flags]
public enum StepQuestions
{
    None = 0,
    ToldComplainant = 1,
    Stage2Appointees = 2,
    Panel = 4,
    Decline = 8,
    Closure = 16,
    Appointment = 32,
}

/// <summary>One step of the complaints procedure as a form: its questions, when it is offered, and the fact it records.</summary>
public sealed class StepForm
{
    public required string Slug { get; init; }

    /// <summary>The step as the "record the next step" list names it.</summary>
    public required string Name { get; init; }

    public required string Title { get; init; }

    public required string DateLegend { get; init; }

    /// <summary>The date in a sentence, for the messages: "the date the complaint was acknowledged".</summary>
    public required string DateDescription { get; init; }

    public StepText? Reason { get; init; }

    public StepQuestions Asks { get; init; }

    /// <summary>What the page tells the complaints manager before they answer.</summary>
    public string? Guidance { get; init; }

    /// <summary>The clock whose current due date the form shows (the one an extension would move).</summary>
    public string? Clock { get; init; }

    /// <summary>Whether the step makes sense now; the record service still decides.</summary>
    public required Func<ComplaintView, bool> Offered { get; init; }

    public required Func<StepAnswers, ComplaintFact> Build { get; init; }

    public required Func<StepAnswers, string> Confirmation { get; init; }

    public bool Has(StepQuestions question) => (Asks & question) == question;

    public static readonly IReadOnlyList<string> FieldOrder =
        ["Form.On", "Form.Officer", "Form.Independent", "Form.Members", "Form.Person", "Form.Closure", "Form.Reason", "Form.Told", "Form.Exceptional", "Form.Agreed", "Form.Explanation"];

    /// <summary>The form's field for a field name the record service uses; "complaint" is about the step as a whole.</summary>
    public static readonly IReadOnlyDictionary<string, string> ServiceFields = new Dictionary<string, string>
    {
        ["complaint"] = string.Empty,
        ["reason"] = "Form.Reason",
        ["investigatingOfficer"] = "Form.Officer",
        ["independentPerson"] = "Form.Independent",
        ["members"] = "Form.Members",
        ["person"] = "Form.Person",
    };

    public static readonly IReadOnlyList<SelectListItem> YesNo = [new("Yes", "yes"), new("No", "no")];

    public static readonly IReadOnlyList<SelectListItem> ClosureReasons =
    [
        new("Resolved", nameof(ClosureReason.Resolved)),
        new("Withdrawn by the complainant", nameof(ClosureReason.Withdrawn)),
        new("Not progressed", nameof(ClosureReason.NotProgressed)),
    ];

    /// <summary>Reads and checks the answers; null (with messages in the model state) when any is missing or wrong.</summary>
    public StepAnswers? Read(StepInput form, ModelStateDictionary state, long complaintId, DateOnly today, StepChoices choices)
    {
        var on = form.On.Read(state, "Form.On", DateDescription, notAfter: today);
        long? officer = null, independent = null, person = null;
        IReadOnlyList<long> members = [];
        if (Has(StepQuestions.Stage2Appointees))
        {
            officer = Chosen(form.Officer, choices.Officers, state, "Form.Officer", "Select the investigating officer");
            independent = Chosen(form.Independent, choices.IndependentPeople, state, "Form.Independent", "Select the independent person");
            if (officer is not null && officer == independent)
            {
                state.AddModelError("Form.Independent", "Select an independent person who is not the investigating officer");
            }
        }

        if (Has(StepQuestions.Panel))
        {
            var offered = choices.PanelMembers.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
            var picked = form.Members.Where(offered.Contains).Distinct(StringComparer.Ordinal).ToList();
            if (picked.Count != 3 || picked.Count != form.Members.Count)
            {
                state.AddModelError("Form.Members", "Select exactly three people for the review panel");
            }
            else
            {
                members = picked.Select(p => long.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
            }
        }

        if (Has(StepQuestions.Appointment))
        {
            person = Chosen(form.Person, choices.Running, state, "Form.Person", "Select the appointment that has ended");
        }

        ClosureReason? closure = null;
        if (Has(StepQuestions.Closure))
        {
            if (Enum.TryParse<ClosureReason>(form.Closure, out var parsed) && ClosureReasons.Any(c => c.Value == form.Closure))
            {
                closure = parsed;
            }
            else
            {
                state.AddModelError("Form.Closure", "Select why the complaint is closed");
            }
        }

        var reason = Reason is null ? null : Text(form.Reason, state, "Form.Reason", Reason.Missing, Reason.Label);
        if (Has(StepQuestions.ToldComplainant))
        {
            switch (form.Told)
            {
                case "yes":
                    break;
                case "no":
                    state.AddModelError("Form.Told", "Tell the complainant about the extension before you record it");
                    break;
                default:
                    state.AddModelError("Form.Told", "Select yes if you have told the complainant about the extension");
                    break;
            }
        }

        bool? exceptional = null, agreed = null;
        if (Has(StepQuestions.Decline))
        {
            exceptional = YesOrNo(form.Exceptional, state, "Form.Exceptional", "Select yes if there are exceptional circumstances");
            agreed = YesOrNo(form.Agreed, state, "Form.Agreed", "Select yes if the complainant has agreed to stage 3 being declined");
        }

        var explanation = Has(StepQuestions.Closure)
            ? Text(form.Explanation, state, "Form.Explanation", "Enter the reasons the complainant will be given", "The reasons for the complainant")
            : null;
        if (!state.IsValid || on is null)
        {
            return null;
        }

        return new StepAnswers(complaintId, on.Value, reason, officer, independent, members, exceptional ?? false, agreed ?? false, closure, explanation, person);
    }

    private static long? Chosen(string? value, IReadOnlyList<SelectListItem> offered, ModelStateDictionary state, string key, string missing)
    {
        if (offered.Any(o => o.Value == value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        state.AddModelError(key, missing);
        return null;
    }

    private static bool? YesOrNo(string? value, ModelStateDictionary state, string key, string missing)
    {
        if (value is "yes" or "no")
        {
            return value == "yes";
        }

        state.AddModelError(key, missing);
        return null;
    }

    private static string? Text(string? value, ModelStateDictionary state, string key, string missing, string label)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            state.AddModelError(key, missing);
            return null;
        }

        if (text.Length > 2000)
        {
            state.AddModelError(key, $"{label} must be 2000 characters or fewer");
            return null;
        }

        return text;
    }
}
