using Microsoft.Playwright;
using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests;

/// <summary>The accessibility check can be trusted: it fails when it should, and pages are checked as people see them.</summary>
public sealed class AccessibilityCheckTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task The_check_fails_on_a_critical_violation_and_names_the_rule_and_the_element()
    {
        await Page.SetContentAsync("""<!DOCTYPE html><html lang="en-GB"><head><title>Unlabelled</title></head><body><main><h1>Form</h1><input id="unlabelled" type="text"></main></body></html>""");

        var failure = await Assert.ThrowsAnyAsync<Exception>(Page.AssertAccessibleAsync);

        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#unlabelled", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_load_their_styles_and_scripts_without_errors_under_the_content_security_policy()
    {
        var errors = new List<string>();
        Page.Console += (_, message) =>
        {
            // The browser asks for /favicon.ico by itself; the council has no icon of its own (no GOV.UK crown).
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        Page.RequestFailed += (_, request) => errors.Add($"failed: {request.Url}");

        await Page.SignInAsync("amara.okafor");
        await Page.GotoAsync("/children");

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        await Assertions.Expect(Page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-frontend-supported"));
        var font = await Page.Locator("h1").EvaluateAsync<string>("heading => getComputedStyle(heading).fontFamily");
        Assert.Contains("arial", font, StringComparison.OrdinalIgnoreCase);
    }
}
