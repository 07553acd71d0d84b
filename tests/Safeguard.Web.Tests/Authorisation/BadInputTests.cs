using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Facts;
using Safeguard.Web.Features.Api;
using Safeguard.Web.Features.Pathway.Entries;
using Safeguard.Web.Tests.Infrastructure;
using static Safeguard.Web.Tests.Authorisation.AccessArrange;

namespace Safeguard.Web.Tests.Authorisation;

/// <summary>
/// Garbage into every form and every API command, by a role allowed to use it: never a 5xx, and nothing recorded
/// (no fact or change on the case, no person or fact carrying the garbage).
/// </summary>
public sealed class BadInputTests
{
    private static readonly string Marker = $"garbage{Guid.NewGuid():N}"[..20];
    private static readonly string Overlong = Marker + new string('x', 10_000);

    /// <summary>What each form field is filled with, by name (a date's Day, Month and Year parts included).</summary>
    private static readonly (string Name, Func<string, string> Value)[] FormGarbage =
    [
        ("empty", _ => ""),
        ("overlong", _ => Overlong),
        ("31/02/2026", field => field.EndsWith(".Day", StringComparison.Ordinal) ? "31" : field.EndsWith(".Month", StringComparison.Ordinal) ? "2" : field.EndsWith(".Year", StringComparison.Ordinal) ? "2026" : Marker),
        ("negative", _ => "-1"),
        ("huge", _ => "99999999999999999999999"),
        ("no such id", _ => "987654321"),
    ];

    private static readonly (string Name, JsonNode? Value)[] JsonGarbage =
    [
        ("overlong", JsonValue.Create(Overlong)),
        ("2026-02-31", JsonValue.Create("2026-02-31")),
        ("negative", JsonValue.Create(-1)),
        ("huge", JsonNode.Parse("99999999999999999999999")),
        ("no such id", JsonValue.Create(987654321)),
        ("wrong type", new JsonObject { ["a"] = true }),
        ("null", null),
    ];

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Garbage_in_any_form_is_never_a_server_error_and_records_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var c = await app.CaseAsync();
        var failures = new List<string>();
        var before = await app.RecordedAsync(c);
        var withoutInput = new List<(SignedIn, string, string)>();

        foreach (var (key, roles) in AccessTable.Expected.Where(row => AccessTable.IsPost(row.Key) && !AccessTable.IsApi(row.Key)))
        {
            var who = await app.AsRoleAsync(PostingRole(roles));
            foreach (var route in Expand(AccessTable.Route(key)))
            {
                var url = c.Url(route);
                var (path, handler) = AccessCase.SplitHandler(route);
                var page = await Forms.GetDocumentAsync(who.Client, c.Url(path));
                var (fields, visible, freeText) = FieldsOf(page, handler);
                if (visible == 0)
                {
                    withoutInput.Add((who, key, url));
                    continue;
                }

                var hasDate = fields.Any(f => f.EndsWith(".Day", StringComparison.Ordinal));
                // A number is fine text: a form of free text alone is tried with nothing and with too much.
                var garbage = freeText ? FormGarbage.Where(g => g.Name is "empty" or "overlong") : FormGarbage.Where(g => hasDate || g.Name != "31/02/2026");
                foreach (var (name, value) in garbage)
                {
                    var form = fields.Select(f => new KeyValuePair<string, string>(f, value(f))).Append(new("__RequestVerificationToken", who.Token));
                    using var response = await who.Client.PostAsync(url, new FormUrlEncodedContent(form));
                    await CheckAsync(response, $"POST {url} ({name})", failures, garbage: Garbage.Form);
                }
            }
        }

        Assert.True(failures.Count == 0, AccessMatrix.Report(failures));
        var after = await app.RecordedAsync(c);
        Assert.True(before == after, $"Garbage changed the case: facts and audit entries {before} -> {after}");
        await NothingCarriesTheMarkerAsync(app);

        // Buttons with nothing to fill in (unlock, deactivate, recount) do what they say; they must not fail either.
        foreach (var (who, key, url) in withoutInput)
        {
            using var response = await who.Client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", who.Token), new("Unexpected", Overlong)]));
            await CheckAsync(response, $"{key} with an unexpected field", failures);
        }

        Assert.True(failures.Count == 0, AccessMatrix.Report(failures));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Garbage_in_any_api_command_is_never_a_server_error_and_records_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var c = await app.CaseAsync();
        var failures = new List<string>();
        var before = await app.RecordedAsync(c);
        var who = await app.AsRoleAsync(StaffRoles.SocialWorker);
        var longText = new List<(string Url, string Body, string What)>();

        (string Url, string[] Types)[] commands =
        [
            ($"/api/children/{c.Child.Id}/facts", [.. ChildCommands.ChildFacts.Types]),
            ($"/api/children/{c.Child.Id}/meetings", [.. MeetingCommands.Scheduling.Types]),
            ($"/api/meetings/{c.Meeting}/facts", [.. MeetingCommands.MeetingFacts.Types]),
            ("/api/children", []),
            ($"/api/children/{c.Child.Id}/people", []),
        ];
        Assert.Equal(AccessTable.Expected.Keys.Count(k => AccessTable.IsApi(k) && AccessTable.IsPost(k)), commands.Length);

        foreach (var (url, types) in commands)
        {
            foreach (var body in (string[])["", "{", "[1, 2]", "null", "\"text\"", "{}", "{\"type\": 12}", "{\"type\": \"no-such-type\"}", $"{{\"{Marker}\": 1}}"])
            {
                await CheckAsync(await PostJsonAsync(who, url, body), $"POST {url} {Shorten(body)}", failures);
            }

            await CheckAsync(await who.Client.PostAsync(url, new StringContent("{}", Encoding.UTF8, "text/plain")), $"POST {url} as text/plain", failures);
            var shapes = types.Length > 0
                ? types.Select(t => (Label: t, Type: FactTypes.TryGetType(t, out var type) ? type : throw new InvalidOperationException(t), Base: new JsonObject { ["type"] = t, ["on"] = "2026-03-10" }))
                : [(Label: "", Type: url == "/api/children" ? typeof(NewChild) : typeof(NewPerson), Base: new JsonObject())];
            foreach (var (label, type, baseBody) in shapes)
            {
                var properties = JsonBody.Accepted(JsonBody.TypeInfo(type)).Where(p => p.Name is not ("childId" or "meetingId" or "aboutChildId")).ToList();
                foreach (var property in properties)
                {
                    foreach (var (name, garbage) in JsonGarbage.Where(g => g.Value is not null || !property.IsSetNullable))
                    {
                        var body = Plausible(baseBody, properties, c);
                        body[property.Name] = garbage?.DeepClone();
                        var what = $"POST {url} {label} {property.Name}={name}";
                        if (property.PropertyType == typeof(string) && garbage is JsonValue text && text.TryGetValue<string>(out var value))
                        {
                            // Any text is a valid value for a text property; long text is tried last, for server errors only.
                            if (value == Overlong)
                            {
                                longText.Add((url, body.ToJsonString(), what));
                            }

                            continue;
                        }

                        await CheckAsync(await PostJsonAsync(who, url, body.ToJsonString()), what, failures, garbage: Garbage.Json);
                    }
                }
            }
        }

        foreach (var url in (string[])["/api/children/987654321/facts", "/api/children/987654321/meetings", "/api/meetings/987654321/facts", "/api/children/987654321/people"])
        {
            await CheckAsync(await PostJsonAsync(who, url, """{"type":"visit-no-access","on":"2026-03-10"}"""), $"POST {url}", failures);
        }

        Assert.True(failures.Count == 0, AccessMatrix.Report(failures));
        Assert.Equal(before, await app.RecordedAsync(c));
        await NothingCarriesTheMarkerAsync(app);

        foreach (var (url, body, what) in longText)
        {
            await CheckAsync(await PostJsonAsync(who, url, body), what, failures);
        }

        Assert.True(failures.Count == 0, AccessMatrix.Report(failures));
    }

    /// <summary>Every property with a value of its kind, so that the one garbage value is what the endpoint must deal with.</summary>
    private static JsonObject Plausible(JsonObject baseBody, IEnumerable<System.Text.Json.Serialization.Metadata.JsonPropertyInfo> properties, AccessCase c)
    {
        var body = (JsonObject)baseBody.DeepClone();
        foreach (var property in properties.Where(p => !body.ContainsKey(p.Name)))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            body[property.Name] = type == typeof(DateOnly) ? "2026-03-10"
                : type == typeof(long) ? c.Child.Mother
                : type == typeof(int) || type == typeof(decimal) ? 1
                : type == typeof(bool) ? true
                : type == typeof(string) ? $"{Marker} text"
                : type.IsEnum ? JsonBody.EnumValues(type).First()
                : type.IsGenericType && type.GetGenericArguments()[0] == typeof(long) ? new JsonArray(c.Child.Mother)
                : null;
        }

        return body;
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(SignedIn who, string url, string json) =>
        await who.Client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    private enum Garbage { None, Form, Json }

    /// <summary>A 5xx or a stack trace is a failure; so is garbage taken as done (a form's redirect, the API's 2xx).</summary>
    private static async Task CheckAsync(HttpResponseMessage response, string what, List<string> failures, Garbage garbage = Garbage.None)
    {
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var accepted = garbage switch
            {
                Garbage.Form => status is >= 300 and < 400,
                Garbage.Json => status is >= 200 and < 300,
                _ => false,
            };
            if (status >= 500 || body.Contains("   at ", StringComparison.Ordinal) || accepted)
            {
                failures.Add($"{what}: {status} {Shorten(body)}");
            }
        }
    }

    private static async Task NothingCarriesTheMarkerAsync(SafeguardApp app)
    {
        await using var db = app.Database();
        Assert.False(await db.People.AnyAsync(p => (p.DisplayName != null && p.DisplayName.Contains(Marker)) || (p.Reference != null && p.Reference.Contains(Marker))), "A person was added from garbage.");
        Assert.False(await db.Facts.AnyAsync(f => f.Payload.Contains(Marker)), "A fact was recorded from garbage.");
    }

    /// <summary>The first role of the row that can see the case's child, to post as.</summary>
    private static string PostingRole(string[] roles) =>
        new[] { StaffRoles.SocialWorker, StaffRoles.ConferenceChair, StaffRoles.BusinessSupport, StaffRoles.Administrator, StaffRoles.ComplaintsManager }.First(roles.Contains);

    /// <summary>A route with a choice in its address, once for each choice.</summary>
    private static IEnumerable<string> Expand(string route) =>
        route.Contains("{form}", StringComparison.Ordinal) ? EntryCatalogue.All.Select(f => route.Replace("{form}", f.Slug, StringComparison.Ordinal))
        : route.Contains("{type}", StringComparison.Ordinal) ? ((string[])["conference", "core-group"]).Select(t => route.Replace("{type}", t, StringComparison.Ordinal))
        : route.Contains("{what}", StringComparison.Ordinal) ? ((string[])["invitation", "report", "minutes"]).Select(w => route.Replace("{what}", w, StringComparison.Ordinal))
        : [route];

    /// <summary>
    /// The names of the fields of the page's form for this handler (none when the page does not show that form now),
    /// how many of them a person fills in (not hidden), and whether all of those are free text.
    /// </summary>
    private static (List<string> Fields, int Visible, bool FreeText) FieldsOf(IDocument page, string? handler)
    {
        var forms = page.QuerySelectorAll("main form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)).ToList();
        var form = forms.FirstOrDefault(f => Handler(f) == handler);
        var inputs = form is null ? [] : form.QuerySelectorAll("input, select, textarea")
            .Where(e => e.GetAttribute("type") is not ("submit" or "button") && e.GetAttribute("name") is { } name && name != "__RequestVerificationToken")
            .ToList();
        var visible = inputs.Where(e => e.GetAttribute("type") != "hidden").ToList();
        var freeText = visible.All(e => e.LocalName == "textarea" || (e.LocalName == "input" && e.GetAttribute("type") is null or "text" && e.GetAttribute("inputmode") is null));
        return ([.. inputs.Select(e => e.GetAttribute("name")!).Distinct(StringComparer.Ordinal)], visible.Count, freeText);
    }

    private static string? Handler(IElement form)
    {
        var action = form.GetAttribute("action") ?? "";
        var at = action.IndexOf("handler=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : action[(at + "handler=".Length)..].Split('&')[0];
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
