using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Protection;
using Safeguard.Recording;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Meetings;

/// <summary>Meetings made through the record service, and the form fields the meeting pages take.</summary>
public static class MeetingArrange
{
    public static async Task<long> ConferenceAsync(this SafeguardApp app, ArrangedChild child, DateOnly scheduledOn, DateOnly date, ConferenceKind kind = ConferenceKind.Initial)
    {
        var recorded = await app.RecordAsync(
            new ConferenceScheduled { On = scheduledOn, MeetingId = 0, ChildIds = [child.Id], Kind = kind, Date = date },
            newReference: $"{child.Reference}-CPC-{Guid.NewGuid():N}"[..40]);
        return recorded.NewSubjectId!.Value;
    }

    /// <summary>An initial conference held on <paramref name="heldOn"/> that put the child on a plan.</summary>
    public static async Task<long> OnPlanAsync(this SafeguardApp app, ArrangedChild child, DateOnly heldOn)
    {
        var meeting = await app.ConferenceAsync(child, heldOn, heldOn);
        await app.RecordAsync(new ConferenceHeld { On = heldOn, MeetingId = meeting, Outcome = ConferenceOutcome.Plan, Category = AbuseCategory.Neglect });
        return meeting;
    }

    /// <summary>A brother or sister of <paramref name="child"/>: the same mother, with parental responsibility, and the same worker.</summary>
    public static async Task<long> SiblingAsync(this SafeguardApp app, ArrangedChild child)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SafeguardDbContext>();
        var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
        var records = scope.ServiceProvider.GetRequiredService<CaseRecordService>();
        var by = new Recorder("amara.okafor", "test");
        var team = await db.People.Where(p => p.Id == child.Worker).Select(p => p.TeamId).SingleAsync();
        var sibling = new Person { Reference = $"{child.Reference}-S", Kind = PersonKind.Child, DisplayName = $"Sibling of {child.Name}", BirthDate = new DateOnly(2020, 1, 2), TeamId = team };
        Assert.IsType<Recorded>(await people.AddPersonAsync(sibling, by));
        Assert.IsType<Recorded>(await people.AddRelationshipAsync(child.Mother, sibling.Id, RelationshipRole.Mother, true, by));
        Assert.IsType<Recorded>(await records.RecordAsync(new ReferralReceived { On = SafeguardApp.Today, ChildId = sibling.Id }, by));
        Assert.IsType<Recorded>(await records.RecordAsync(new LeadSocialWorkerAllocated { On = SafeguardApp.Today, ChildId = sibling.Id, WorkerId = child.Worker }, by));
        return sibling.Id;
    }

    /// <summary>An adult on the record with no tie to any child, such as an IDVA.</summary>
    public static async Task<long> AdultAsync(this SafeguardApp app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
        var adult = new Person { Reference = $"A-{Guid.NewGuid():N}"[..12], Kind = PersonKind.Adult, DisplayName = name };
        Assert.IsType<Recorded>(await people.AddPersonAsync(adult, new Recorder("amara.okafor", "test")));
        return adult.Id;
    }

    public static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, object value)
    {
        fields[name] = Convert.ToString(value, CultureInfo.InvariantCulture)!;
        return fields;
    }
}
