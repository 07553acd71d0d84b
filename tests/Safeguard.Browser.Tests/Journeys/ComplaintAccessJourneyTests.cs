using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Recording;
using Safeguard.Rules;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// Complaints in the browser: an independent person reads the one complaint she is appointed to and nothing else;
/// the complaints manager registers a complaint about a child and sees its stage 1 clock start.
/// </summary>
public sealed class ComplaintAccessJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task An_independent_person_reads_her_appointed_complaint_and_is_refused_another()
    {
        var k0005 = await ComplaintIdAsync("K0005");
        var k0001 = await ComplaintIdAsync("K0001");
        await Page.SignInAsync("maya.singh");

        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Your complaints" }).ClickAsync();
        await Page.AssertAccessibleAsync();
        var register = Page.GetByRole(AriaRole.Table);
        await Assertions.Expect(register.GetByRole(AriaRole.Link, new() { Name = "K0005" })).ToBeVisibleAsync();
        await Assertions.Expect(register.GetByRole(AriaRole.Link, new() { Name = "K0001" })).ToHaveCountAsync(0);

        await register.GetByRole(AriaRole.Link, new() { Name = "K0005" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/complaints/{k0005}$"));
        await Assertions.Expect(Page.GetByText("Complaint K0005")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Exclude" })).ToHaveCountAsync(0);
        await Page.AssertAccessibleAsync();

        var response = await Page.GotoAsync($"/complaints/{k0001}");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_complaints_manager_registers_a_complaint_and_its_stage_1_clock_starts()
    {
        var child = await App.ChildAsync("amara.okafor");
        await EarlierComplaintAsync(child);
        var mother = $"Mother of {child.Name}";
        await Page.SignInAsync("harry.evans");
        await Page.GotoAsync($"/children/{child.Id}");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Register a complaint about this child" }).ClickAsync();
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register the complaint" }).ClickAsync();
        await Page.ExpectErrorsAsync(
            "Select who made the complaint",
            "Select the complainant's standing",
            "Select how the complaint was received",
            "Enter the date the complaint was received",
            "Enter at least one point of complaint");

        await Page.GetByLabel($"{mother} (Mother, parental responsibility)").CheckAsync();
        await Page.GetByLabel("A parent", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Letter", new() { Exact = true }).CheckAsync();
        await Page.FillDateAsync("When was the complaint received?", BrowserApp.Today.AddDays(-1));
        await Page.GetByLabel("Points of complaint").FillAsync("The father was not invited to the conference\nThe report arrived the night before");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register the complaint" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Complaint from {mother}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("registered");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "What is due" })).ToContainTextAsync(RuleCatalogue.Get(RuleIds.Stage1Response).Name);
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Points of complaint" })).ToContainTextAsync("The report arrived the night before");
        await Page.AssertAccessibleAsync();
    }

    private async Task<long> ComplaintIdAsync(string reference)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SafeguardDbContext>();
        return await db.Complaints.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }

    /// <summary>An earlier complaint about the child, so that the complaints manager may open the child's record.</summary>
    private async Task EarlierComplaintAsync(ArrangedChild child)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<CaseRecordService>();
        var received = new ComplaintReceived { On = BrowserApp.Today.AddDays(-60), ComplaintId = 0, ComplainantId = child.Father, ChildId = child.Id, Points = [new ComplaintPointInfo(0, "1", "A visit was missed")] };
        Assert.IsType<Recorded>(await records.RecordAsync(received, new Recorder("harry.evans", "test"), $"{child.Reference}-EARLIER"));
    }
}
