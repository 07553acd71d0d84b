using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Safeguard.Web.Tests.Complaints;

/// <summary>A complaint from a child's mother with its points, and what the response pages need to read back.</summary>
public sealed record ArrangedComplaint(long Id, ArrangedChild Child, IReadOnlyList<long> Points);

public static class ResponsesArrange
{
    public const string Manager = "harry.evans";

    /// <summary>A complaint from the mother of a new child, received on <paramref name="received"/>, with points referenced as given.</summary>
    public static async Task<ArrangedComplaint> ComplaintAsync(this SafeguardApp app, DateOnly received, params string[] points)
    {
        var child = await app.ChildAsync("amara.okafor", referredOn: received);
        var id = (await app.RecordAsync(
            new ComplaintReceived
            {
                On = received,
                ComplaintId = 0,
                ComplainantId = child.Mother,
                ChildId = child.Id,
                Points = points.Select(p => new ComplaintPointInfo(0, p, $"Summary of point {p}")).ToList(),
            },
            Manager,
            newReference: $"{child.Reference}-K")).NewSubjectId!.Value;
        await using var db = app.Database();
        var ids = await db.ComplaintPoints.Where(p => p.ComplaintId == id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        return new ArrangedComplaint(id, child, ids);
    }

    /// <summary>The fields of a response form sent on a date, with these outcomes in the order of the points.</summary>
    public static Dictionary<string, string> ResponseFields(DateOnly sent, string? text, params string?[] outcomes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Sent.Day"] = $"{sent.Day}",
            ["Form.Sent.Month"] = $"{sent.Month}",
            ["Form.Sent.Year"] = $"{sent.Year}",
        };
        if (text is not null)
        {
            fields["Form.Text"] = text;
        }

        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] is { } outcome)
            {
                fields[$"Form.Outcomes[{i}]"] = outcome;
            }
        }

        return fields;
    }

    public static async Task<IDocument> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Follows the confirmation page to its download link and reads the letter's words.</summary>
    public static async Task<string> LetterTextAsync(HttpClient client, string confirmation)
    {
        var page = await Forms.GetDocumentAsync(client, confirmation);
        var link = page.GetElementById("download")!;
        Assert.Equal("Download the letter (PDF)", link.TextContent.Trim());
        using var pdf = await client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(), new ParsingOptions { UseLenientParsing = false });
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>The status shown on the complaint page for a rule's duty.</summary>
    public static string DutyStatus(IDocument complaintPage, string rule) =>
        complaintPage.QuerySelectorAll("table[aria-labelledby=complaint-duties] tbody tr")
            .Single(row => row.TextContent.Contains(rule, StringComparison.Ordinal))
            .QuerySelector("td:last-child")!.TextContent.Trim();

    public static async Task<List<string>> FactTypesAsync(this SafeguardApp app, long complaintId)
    {
        await using var db = app.Database();
        return await db.Facts.Where(f => f.ComplaintId == complaintId).OrderBy(f => f.Id).Select(f => f.Type).ToListAsync();
    }
}
