using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Safeguard.Complaints;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Complaints;

/// <summary>Complaints for the remedy pages to work on, and reading the complaint page's duties and sections.</summary>
public static class RemediesArrange
{
    public const string Manager = "harry.evans";

    /// <summary>The day the stage 2 adjudication upheld the point: a remedy decision by then satisfies CX_REMEDY_CONSIDERED.</summary>
    public static readonly DateOnly Adjudicated = SafeguardApp.Today.AddDays(-5);

    /// <summary>A complaint about a new child whose one point the stage 2 adjudication upheld.</summary>
    public static async Task<long> UpheldAtStage2Async(this SafeguardApp app)
    {
        var child = await app.ChildAsync("amara.okafor");
        var today = SafeguardApp.Today;
        var complaint = (await app.RecordAsync(
            new ComplaintReceived { On = today.AddDays(-60), ComplaintId = 0, ComplainantId = child.Mother, ChildId = child.Id, Points = [new ComplaintPointInfo(0, "P1", "The report was not shared before the conference")] },
            Manager,
            newReference: $"{child.Reference}-RM")).NewSubjectId!.Value;
        long point;
        await using (var db = app.Database())
        {
            point = db.ComplaintPoints.Where(p => p.ComplaintId == complaint).Select(p => p.Id).Single();
        }

        await app.RecordAsync(new Stage1ResponseSent { On = today.AddDays(-55), ComplaintId = complaint, Outcomes = new Dictionary<long, PointOutcome> { [point] = PointOutcome.NotUpheld } }, Manager);
        await app.RecordAsync(new Stage2Requested { On = today.AddDays(-50), ComplaintId = complaint }, Manager);
        await app.RecordAsync(new Stage2StatementAgreed { On = today.AddDays(-45), ComplaintId = complaint }, Manager);
        await app.RecordAsync(new Stage2AdjudicationSent { On = Adjudicated, ComplaintId = complaint, Outcomes = new Dictionary<long, PointOutcome> { [point] = PointOutcome.Upheld } }, Manager);
        return complaint;
    }

    /// <summary>The date fields of a GOV.UK date input.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Date(string field, DateOnly date) =>
    [
        new($"{field}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        new($"{field}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        new($"{field}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Posts a form and expects to be sent back to the complaint page (or <paramref name="to"/>).</summary>
    public static async Task PostDoneAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string to)
    {
        using var response = await Forms.PostAsync(client, url, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: {(int)response.StatusCode} {Errors(await Forms.ParseAsync(body))}");
        Assert.Equal(to, response.Headers.Location?.OriginalString);
    }

    /// <summary>Posts a form that must come back with errors; the page it shows.</summary>
    public static async Task<IDocument> PostInvalidAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await Forms.PostAsync(client, url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    public static string Errors(IDocument page) => string.Join(" | ", Forms.ErrorSummary(page).Select(e => e.Message));

    /// <summary>The statuses shown for a rule in the complaint page's duties, and each row's text.</summary>
    public static List<(string Status, string Text)> Duties(IDocument page, string rule) =>
        page.QuerySelectorAll("table[aria-labelledby=complaint-duties] tbody tr")
            .Where(r => r.TextContent.Contains(rule, StringComparison.Ordinal))
            .Select(r => (r.QuerySelector("strong.govuk-tag")!.TextContent.Trim(), r.TextContent))
            .ToList();
}
