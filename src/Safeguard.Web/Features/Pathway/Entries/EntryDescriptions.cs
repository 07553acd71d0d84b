using Safeguard.Facts;

namespace Safeguard.Web.Features.Pathway.Entries;

/// <summary>An entry on the child's file in words: what it was, and the answers it recorded.</summary>
public static class EntryDescriptions
{
    /// <summary><paramref name="names"/> gives the names of people and alerts the entry refers to.</summary>
    public static string Describe(Fact fact, IReadOnlyDictionary<long, string> names)
    {
        if (EntryCatalogue.For(fact) is not { } form)
        {
            var words = fact.TypeName.Replace('-', ' ');
            return char.ToUpperInvariant(words[0]) + words[1..];
        }

        var answers = form.Answers(fact);
        var details = new List<string?>
        {
            form.Choice?.Options.FirstOrDefault(o => o.Value == answers.Choice).Text,
            long.TryParse(answers.Person, out var person) && names.TryGetValue(person, out var name) ? name : null,
            form.Alone is null ? null : answers.Alone switch { "yes" => "seen alone", "no" => "not seen alone", _ => null },
            answers.Authority,
            form.Permanent is null ? null : answers.Permanent == "yes" ? "permanent" : "not permanent",
            answers.Source is null ? null : $"from {answers.Source}",
            string.IsNullOrEmpty(answers.Attendees) ? null : $"attended by {answers.Attendees.Replace("\n", ", ", StringComparison.Ordinal)}",
            answers.Reason,
        }.OfType<string>().ToList();
        return details.Count == 0 ? form.Name : $"{form.Name}: {string.Join("; ", details)}";
    }
}
