using System.Text;
using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;
using Safeguard.People;
using Safeguard.Protection;

namespace Safeguard.Browser.Tests.Journeys;

/// <summary>
/// Business support tries to send a conference invitation to a father who is kept from the mother and the child
/// (CP_SAFE_CONTACT): the letter is refused with the reason, nothing is recorded, and the safe route (the IDVA) is
/// offered and produces the letter.
/// </summary>
public sealed class RestrictedLetterJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task A_letter_to_a_restricted_father_is_refused_and_goes_through_the_safe_route()
    {
        var child = await App.ChildAsync("amara.okafor", referredOn: new DateOnly(2026, 2, 9));
        var idva = await App.IdvaAsync();
        await App.RecordAsync(new ContactRestrictionRecorded { On = new DateOnly(2026, 2, 10), PersonId = child.Father, Protects = [child.Mother, child.Id], ViaId = idva.Id });
        await App.RecordAsync(new ParentExcluded
        {
            On = new DateOnly(2026, 2, 10),
            ChildId = child.Id,
            PersonId = child.Father,
            From = ExclusionScope.Meetings,
            Reason = "Domestic abuse: the mother and the child must not meet him.",
        }, "daniel.reid");
        await App.ConferenceAsync(child, date: new DateOnly(2026, 3, 17), scheduledOn: new DateOnly(2026, 3, 2));
        var father = $"Father of {child.Name}";

        await Page.SignInAsync("grace.lee");
        await Page.GotoAsync($"/children/{child.Id}");
        await Assertions.Expect(Page.GetByText($"{father} must not receive correspondence that would reach")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Letters", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByText($"No letters about {child.Name} have been recorded.")).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Produce a letter" }).ClickAsync();
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Initial child protection conference on 17 Mar 2026" }).ClickAsync();
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Produce the letter" }).ClickAsync();
        await Page.ExpectErrorsAsync("Select which letter to produce", "Select who the letter is to");

        await Page.GetByRole(AriaRole.Group, new() { Name = "Which letter?" }).GetByLabel("Conference invitation").CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Who is it to?" }).GetByLabel(father).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Produce the letter" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "This letter cannot be sent", Level = 1 })).ToBeVisibleAsync();
        var reason = Page.Locator("#refusal");
        await Assertions.Expect(reason).ToContainTextAsync($"concerns {child.Name}, whom the restriction on {father} protects, and {father} is excluded from the child's meetings");
        await Assertions.Expect(reason).ToContainTextAsync($"Send it through the recorded safe route instead: {idva.Name}.");
        await Assertions.Expect(Page.GetByText("Nothing has been recorded and no letter has been produced.")).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        // In another tab: the refused letter is not on the file.
        var letters = await Page.Context.NewPageAsync();
        await letters.GotoAsync($"/children/{child.Id}/letters");
        await Assertions.Expect(letters.GetByText($"No letters about {child.Name} have been recorded.")).ToBeVisibleAsync();
        await letters.CloseAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = $"Send it to {idva.Name} instead" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" }))
            .ToContainTextAsync($"Conference invitation to {idva.Name} recorded on the file");
        var sent = Page.GetByRole(AriaRole.Table, new() { Name = "Who was sent what, and when" }).GetByRole(AriaRole.Row);
        await Assertions.Expect(sent).ToHaveCountAsync(2);
        await Assertions.Expect(sent.Nth(1)).ToContainTextAsync("Conference invitation");
        await Assertions.Expect(sent.Nth(1)).ToContainTextAsync(idva.Name);
        await Assertions.Expect(sent.Nth(1)).Not.ToContainTextAsync(father);
        await Page.AssertAccessibleAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download the letter (PDF)" }).ClickAsync());
        Assert.Equal($"{child.Reference}-CPC-20260317-invitation-2026-03-10.pdf", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }
}
