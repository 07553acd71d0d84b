using Microsoft.EntityFrameworkCore;
using Safeguard.Access;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Recording;
using Xunit;
using static Safeguard.Tests.Data.RecordingTests;

namespace Safeguard.Tests.Data;

/// <summary>What the complaint pages record beyond the scenario vocabulary: standing, exclusions, appointments.</summary>
public sealed class ComplaintProcedureRecordingTests
{
    private static readonly DateOnly Received = new(2026, 1, 5);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Sufficient_interest_needs_the_councils_recorded_decision(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);

        var undecided = await world.Service.RecordAsync(Complaint(world) with { Standing = ComplainantStanding.SufficientInterest }, SocialWorker, "K1");
        var decided = await world.Service.RecordAsync(Complaint(world) with { Standing = ComplainantStanding.SufficientInterest, StandingDecision = "Grandmother who cares for the child at weekends" }, SocialWorker, "K2");

        Assert.Equal("standingDecision", Assert.IsType<Rejected>(undecided).Field);
        Assert.IsType<Recorded>(decided);
        Assert.Equal(1, await world.Db.Complaints.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_matter_cannot_arise_after_the_complaint_about_it(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);

        var result = await world.Service.RecordAsync(Complaint(world) with { MatterArose = Received.AddDays(1) }, SocialWorker, "K1");

        Assert.Equal("matterArose", Assert.IsType<Rejected>(result).Field);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_excluded_point_can_only_be_answered_as_excluded(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var (complaint, p1, p2) = await RegisterAsync(world);

        await world.RecordAsync(new PointExcluded { On = Received, ComplaintId = complaint, PointId = p2, Reason = "This is about the conference's decision to make a plan." });
        var again = await world.Service.RecordAsync(new PointExcluded { On = Received, ComplaintId = complaint, PointId = p2, Reason = "Twice" }, SocialWorker);
        var upheld = await world.Service.RecordAsync(Response(complaint, (p1, PointOutcome.NotUpheld), (p2, PointOutcome.Upheld)), SocialWorker);
        var excluded = await world.Service.RecordAsync(Response(complaint, (p1, PointOutcome.NotUpheld), (p2, PointOutcome.Excluded)), SocialWorker);

        Assert.Equal("point", Assert.IsType<Rejected>(again).Field);
        Assert.Equal("outcomes", Assert.IsType<Rejected>(upheld).Field);
        Assert.IsType<Recorded>(excluded);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_appointment_opens_only_that_complaint_and_its_child_until_it_ends(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var officer = await world.AddPersonAsync("IO1", PersonKind.Staff);
        var independent = await world.AddPersonAsync("IP1", PersonKind.Staff);
        var (complaint, _, _) = await RegisterAsync(world, "K1");
        var (other, _, _) = await RegisterAsync(world, "K2");
        await StageTwoAsync(world, complaint, officer, independent);
        var access = new ComplaintAccess(world.Db);
        var children = new ChildAccess(world.Db);
        var asOfficer = new StaffMember("io", "IO", officer, null, new HashSet<string> { StaffRoles.InvestigatingOfficer });

        Assert.Equal([complaint], await access.VisibleComplaints(asOfficer).Select(c => c.Id).ToListAsync());
        Assert.False(await access.CanSeeComplaintAsync(asOfficer, other));
        Assert.True(await children.CanSeeChildAsync(asOfficer, world.Child));

        await world.RecordAsync(new AppointmentEnded { On = new DateOnly(2026, 2, 20), ComplaintId = complaint, PersonId = officer });

        Assert.Empty(await access.VisibleComplaints(asOfficer).ToListAsync());
        Assert.False(await children.CanSeeChildAsync(asOfficer, world.Child));
        var ended = await world.Service.RecordAsync(new AppointmentEnded { On = new DateOnly(2026, 2, 20), ComplaintId = complaint, PersonId = officer }, SocialWorker);
        Assert.Equal("person", Assert.IsType<Rejected>(ended).Field);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_panel_is_three_different_people_and_closing_the_complaint_ends_their_appointments(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var officer = await world.AddPersonAsync("IO1", PersonKind.Staff);
        var independent = await world.AddPersonAsync("IP1", PersonKind.Staff);
        var members = new List<long>();
        foreach (var reference in new[] { "PM1", "PM2", "PM3" })
        {
            members.Add(await world.AddPersonAsync(reference, PersonKind.Staff));
        }

        var (complaint, p1, p2) = await RegisterAsync(world);
        await StageTwoAsync(world, complaint, officer, independent);
        await world.RecordAsync(new Stage2AdjudicationSent { On = new DateOnly(2026, 3, 2), ComplaintId = complaint, Outcomes = new Dictionary<long, PointOutcome> { [p1] = PointOutcome.NotUpheld, [p2] = PointOutcome.NotUpheld } });
        var early = await world.Service.RecordAsync(new Stage3PanelAppointed { On = new DateOnly(2026, 3, 3), ComplaintId = complaint, Members = members }, SocialWorker);
        await world.RecordAsync(new Stage3Requested { On = new DateOnly(2026, 3, 4), ComplaintId = complaint });

        var two = await world.Service.RecordAsync(new Stage3PanelAppointed { On = new DateOnly(2026, 3, 5), ComplaintId = complaint, Members = [members[0], members[1], members[1]] }, SocialWorker);
        var notStaff = await world.Service.RecordAsync(new Stage3PanelAppointed { On = new DateOnly(2026, 3, 5), ComplaintId = complaint, Members = [members[0], members[1], world.Mother] }, SocialWorker);
        await world.RecordAsync(new Stage3PanelAppointed { On = new DateOnly(2026, 3, 5), ComplaintId = complaint, Members = members });

        Assert.Equal("complaint", Assert.IsType<Rejected>(early).Field);
        Assert.Equal("members", Assert.IsType<Rejected>(two).Field);
        Assert.Equal("members", Assert.IsType<Rejected>(notStaff).Field);
        Assert.Equal(5, await world.Db.ComplaintAppointments.CountAsync(a => a.ComplaintId == complaint && a.EndedOn == null));

        await world.RecordAsync(new ComplaintClosed { On = new DateOnly(2026, 3, 6), ComplaintId = complaint, Reason = ClosureReason.Withdrawn, Explanation = "Withdrawn by letter" });

        Assert.Equal(0, await world.Db.ComplaintAppointments.CountAsync(a => a.ComplaintId == complaint && a.EndedOn == null));
    }

    private static ComplaintReceived Complaint(World world) => new()
    {
        On = Received,
        ComplaintId = 0,
        ComplainantId = world.Mother,
        ChildId = world.Child,
        Points = [new(0, "P1", "Not invited to the core group"), new(0, "P2", "The plan should not have been made")],
        ReceivedVia = ComplaintChannel.Email,
        Standing = ComplainantStanding.Parent,
        MatterArose = Received.AddMonths(-2),
    };

    private static async Task<(long Complaint, long P1, long P2)> RegisterAsync(World world, string reference = "K1")
    {
        var recorded = Assert.IsType<Recorded>(await world.Service.RecordAsync(Complaint(world), SocialWorker, reference));
        var complaint = recorded.NewSubjectId!.Value;
        var points = await world.Db.ComplaintPoints.Where(p => p.ComplaintId == complaint).OrderBy(p => p.Reference).Select(p => p.Id).ToListAsync();
        return (complaint, points[0], points[1]);
    }

    private static async Task StageTwoAsync(World world, long complaint, long officer, long independent)
    {
        var points = await world.Db.ComplaintPoints.Where(p => p.ComplaintId == complaint).Select(p => p.Id).ToListAsync();
        await world.RecordAsync(Response(complaint, [.. points.Select(p => (p, PointOutcome.NotUpheld))]));
        await world.RecordAsync(new Stage2Requested { On = new DateOnly(2026, 1, 20), ComplaintId = complaint });
        await world.RecordAsync(new Stage2StatementAgreed { On = new DateOnly(2026, 1, 27), ComplaintId = complaint, InvestigatingOfficerId = officer, IndependentPersonId = independent });
    }

    private static Stage1ResponseSent Response(long complaint, params (long Point, PointOutcome Outcome)[] outcomes) => new()
    {
        On = new DateOnly(2026, 1, 12),
        ComplaintId = complaint,
        Outcomes = outcomes.ToDictionary(o => o.Point, o => o.Outcome),
    };
}
