using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Web.Tests.Infrastructure;
using Safeguard.Web.Tests.Pathway;

namespace Safeguard.Web.Tests.Complaints;

/// <summary>Complaints arranged through the record service, and the step pages and complaint page as a test reads them.</summary>
public static class StepsArrange
{
    public const string Manager = "harry.evans";

    /// <summary>A complaint from a new child's mother, received on <paramref name="received"/>, with one point.</summary>
    public static async Task<(long Id, long Point)> ComplaintAsync(this SafeguardApp app, DateOnly received)
    {
        var child = await app.ChildAsync("amara.okafor");
        var id = (await app.RecordAsync(
            new ComplaintReceived { On = received, ComplaintId = 0, ComplainantId = child.Mother, ChildId = child.Id, Points = [new ComplaintPointInfo(0, "P1", "The visits stopped")] },
            Manager,
            newReference: $"{child.Reference}-S")).NewSubjectId!.Value;
        await using var db = app.Database();
        return (id, await db.ComplaintPoints.Where(p => p.ComplaintId == id).Select(p => p.Id).SingleAsync());
    }

    /// <summary>A complaint answered at stage 1 on <paramref name="answered"/>.</summary>
    public static async Task<long> AnsweredAtStage1Async(this SafeguardApp app, DateOnly received, DateOnly answered)
    {
        var (id, point) = await app.ComplaintAsync(received);
        await app.RecordAsync(new Stage1ResponseSent { On = answered, ComplaintId = id, Outcomes = new Dictionary<long, PointOutcome> { [point] = PointOutcome.NotUpheld } }, Manager);
        return id;
    }

    /// <summary>A complaint whose stage 3 request is waiting for a panel: stage 2 done by the demo officer and independent person.</summary>
    public static async Task<long> AtStage3Async(this SafeguardApp app)
    {
        var today = SafeguardApp.Today;
        var (id, point) = await app.ComplaintAsync(today.AddDays(-70));
        var notUpheld = new Dictionary<long, PointOutcome> { [point] = PointOutcome.NotUpheld };
        await app.RecordAsync(new Stage1ResponseSent { On = today.AddDays(-60), ComplaintId = id, Outcomes = notUpheld }, Manager);
        await app.RecordAsync(new Stage2Requested { On = today.AddDays(-55), ComplaintId = id }, Manager);
        await app.RecordAsync(new Stage2StatementAgreed { On = today.AddDays(-50), ComplaintId = id, InvestigatingOfficerId = await app.StaffIdAsync("liam.ford"), IndependentPersonId = await app.StaffIdAsync("maya.singh") }, Manager);
        await app.RecordAsync(new Stage2AdjudicationSent { On = today.AddDays(-20), ComplaintId = id, Outcomes = notUpheld }, Manager);
        await app.RecordAsync(new Stage3Requested { On = today.AddDays(-10), ComplaintId = id }, Manager);
        return id;
    }

    public static Task<HttpResponseMessage> PostStepAsync(HttpClient client, long complaint, string step, DateOnly on, Dictionary<string, string>? answers = null) =>
        Forms.PostAsync(client, $"/complaints/{complaint}/steps/{step}", FormCases.Date(on).Concat(answers ?? []));

    /// <summary>The text of the complaint page's duty row for a rule (the first, when a rule has several).</summary>
    public static string? DutyRow(IDocument page, string rule) =>
        page.QuerySelectorAll("#complaint-duties + table tbody tr, table[aria-labelledby='complaint-duties'] tbody tr")
            .Select(r => Squash(r.TextContent))
            .FirstOrDefault(t => t.Contains(rule, StringComparison.Ordinal));

    public static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public static async Task<int> FactCountAsync(this SafeguardApp app, long complaint)
    {
        await using var db = app.Database();
        return await db.Facts.CountAsync(f => f.ComplaintId == complaint);
    }
}
