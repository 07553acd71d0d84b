using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Safeguard.Web.Tests.Infrastructure;

/// <summary>Reads pages as a browser would (AngleSharp) and posts forms with their anti-forgery token.</summary>
public static class Forms
{
    public static async Task<IDocument> ParseAsync(string html) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));

    public static async Task<IDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} returned {(int)response.StatusCode}.");
        }

        return await ParseAsync(await response.Content.ReadAsStringAsync());
    }

    public static string Token(IDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no anti-forgery token.");

    /// <summary>GETs the form page, then posts the fields (and its token) to the same address or <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var page = await GetDocumentAsync(client, url);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", Token(page))));
        return await client.PostAsync(action ?? url, content);
    }

    /// <summary>The messages in the GOV.UK error summary, and the field each links to.</summary>
    public static List<(string Href, string Message)> ErrorSummary(IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list a")
            .Select(a => (a.GetAttribute("href") ?? "", a.TextContent.Trim()))
            .ToList();

    /// <summary>The error message shown next to a field (by the field's id).</summary>
    public static string? FieldError(IDocument page, string fieldId) =>
        page.GetElementById($"{fieldId}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

    public static IHtmlFormElement? Form(IDocument page, string selector = "main form") => page.QuerySelector(selector) as IHtmlFormElement;
}
