using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Safeguard.Facts;

namespace Safeguard.Web.Features.Pathway.Entries;

/// <summary>A radio question: its legend, the message when nothing is chosen, and its options (value, text).</summary>
public sealed record ChoiceQuestion(string Legend, string Missing, IReadOnlyList<(string Value, string Text)> Options, string? Hint = null);

/// <summary>A text question: its label, hint, the message when it is empty, and whether it is a long answer.</summary>
public sealed record TextQuestion(string Label, string Missing, string? Hint = null, bool Long = false, bool Required = true);

/// <summary>What the form's answers came to, once read and checked.</summary>
public sealed record EntryAnswers(long ChildId, DateOnly On, string? Choice, long? Person, bool? Alone, bool? Permanent, string? Authority, string? Source, IReadOnlyList<string> Attendees, string? Reason, long? StaffPersonId);

/// <summary>Where the person list of a form comes from.</summary>
public enum PersonSource { None, ChildsAdults, SocialWorkers, OpenAlerts }

/// <summary>One step of the pathway as a form: what it asks, and the fact it records.</summary>
public sealed class EntryForm
{
    public required string Slug { get; init; }

    public required string FactType { get; init; }

    /// <summary>The page's heading, a question or instruction ("Record the referral decision").</summary>
    public required string Title { get; init; }

    /// <summary>What the hub link and the entries list call it.</summary>
    public required string Name { get; init; }

    public required string DateLegend { get; init; }

    /// <summary>The date in a sentence, for the messages: "the date of the visit".</summary>
    public required string DateDescription { get; init; }

    public ChoiceQuestion? Choice { get; init; }

    public PersonSource People { get; init; }

    public string PersonLegend { get; init; } = "";

    public string PersonMissing { get; init; } = "";

    public ChoiceQuestion? Alone { get; init; }

    public ChoiceQuestion? Permanent { get; init; }

    public TextQuestion? Authority { get; init; }

    public TextQuestion? Source { get; init; }

    public TextQuestion? Attendees { get; init; }

    public TextQuestion? Reason { get; init; }

    public required string Confirmation { get; init; }

    public required Func<EntryAnswers, Fact> Build { get; init; }

    /// <summary>The form's answers from a recorded fact, to correct it.</summary>
    public required Func<Fact, EntryInput> Answers { get; init; }

    /// <summary>Whether a recorded fact is one this form records (a visit and a section 47 sighting are both child-seen).</summary>
    public Func<Fact, bool> Matches { get; init; } = _ => true;

    /// <summary>The fields in the order the page shows them.</summary>
    public static readonly IReadOnlyList<string> FieldOrder = ["Form.On", "Form.Person", "Form.Choice", "Form.Alone", "Form.Authority", "Form.Permanent", "Form.Source", "Form.Attendees", "Form.Reason", "Form.CorrectionReason"];

    /// <summary>The form's field for a field name the record service uses.</summary>
    public static readonly IReadOnlyDictionary<string, string> ServiceFields = new Dictionary<string, string>
    {
        ["person"] = "Form.Person",
        ["worker"] = "Form.Person",
        ["alert"] = "Form.Person",
        ["reason"] = "Form.Reason",
        ["toAuthority"] = "Form.Authority",
        ["fromAuthority"] = "Form.Authority",
        ["supersedes"] = "Form.CorrectionReason",
    };

    /// <summary>The field a rejection about the step as a whole is shown against.</summary>
    public string MainField => Choice is not null ? "Form.Choice" : People != PersonSource.None ? "Form.Person" : "Form.On";

    /// <summary>Reads and checks the answers; null (with messages in the model state) when any is missing or wrong.</summary>
    public EntryAnswers? Read(EntryInput form, ModelStateDictionary state, long childId, DateOnly today, IReadOnlyCollection<long> people, long? staffPersonId)
    {
        var on = form.On.Read(state, "Form.On", DateDescription, notAfter: today);
        var choice = Chosen(Choice, form.Choice, state, "Form.Choice");
        long? person = null;
        if (People != PersonSource.None)
        {
            if (long.TryParse(form.Person, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && people.Contains(id))
            {
                person = id;
            }
            else
            {
                state.AddModelError("Form.Person", PersonMissing);
            }
        }

        var alone = Chosen(Alone, form.Alone, state, "Form.Alone");
        var permanent = Chosen(Permanent, form.Permanent, state, "Form.Permanent");
        var authority = Text(Authority, form.Authority, state, "Form.Authority");
        var source = Text(Source, form.Source, state, "Form.Source");
        var attendees = Text(Attendees, form.Attendees, state, "Form.Attendees");
        var reason = Text(Reason, form.Reason, state, "Form.Reason");
        if (!state.IsValid || on is null)
        {
            return null;
        }

        var attendeeList = (attendees ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new EntryAnswers(childId, on.Value, choice, person, alone is null ? null : alone == "yes", permanent is null ? null : permanent == "yes", authority, source, attendeeList, reason, staffPersonId);
    }

    private static string? Chosen(ChoiceQuestion? question, string? value, ModelStateDictionary state, string key)
    {
        if (question is null)
        {
            return null;
        }

        if (question.Options.Any(o => o.Value == value))
        {
            return value;
        }

        state.AddModelError(key, question.Missing);
        return null;
    }

    private static string? Text(TextQuestion? question, string? value, ModelStateDictionary state, string key)
    {
        if (question is null)
        {
            return null;
        }

        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (question.Required)
            {
                state.AddModelError(key, question.Missing);
            }

            return null;
        }

        if (text.Length > 2000)
        {
            state.AddModelError(key, $"{question.Label} must be 2000 characters or fewer");
            return null;
        }

        return text;
    }
}
