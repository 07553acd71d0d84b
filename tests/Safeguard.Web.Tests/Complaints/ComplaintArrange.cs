using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Complaints;

/// <summary>Complaints made for these tests through the record service, with references of their own.</summary>
public static class ComplaintArrange
{
    public const string Manager = "harry.evans";

    /// <summary>A complaint from the child's mother about the child, received on <paramref name="receivedOn"/>, with one point.</summary>
    public static async Task<long> ComplaintAsync(this SafeguardApp app, ArrangedChild child, DateOnly receivedOn)
    {
        var recorded = await app.RecordAsync(
            new ComplaintReceived { On = receivedOn, ComplaintId = 0, ComplainantId = child.Mother, ChildId = child.Id, Points = [new ComplaintPointInfo(0, "1", "The visit was late")] },
            Manager,
            newReference: $"{child.Reference}-{Guid.NewGuid():N}"[..30]);
        return recorded.NewSubjectId!.Value;
    }

    public static async Task<long> PointAsync(this SafeguardApp app, long complaint)
    {
        await using var db = app.Database();
        return await db.ComplaintPoints.Where(p => p.ComplaintId == complaint).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }
}
