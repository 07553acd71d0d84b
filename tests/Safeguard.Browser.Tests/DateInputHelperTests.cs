using Safeguard.Browser.Tests.Infrastructure;

namespace Safeguard.Browser.Tests;

public sealed class DateInputHelperTests(BrowserHost host) : BrowserTest(host)
{
    // Two GOV.UK date inputs as the date input tag helper writes them (govuk-frontend's date-input template).
    private const string TwoDates = """
        <!DOCTYPE html><html lang="en-GB"><head><title>Dates</title></head><body><main>
        <fieldset class="govuk-fieldset" role="group" aria-describedby="Form_Seen-hint"><legend class="govuk-fieldset__legend">Date the child was seen</legend>
        <div id="Form_Seen-hint" class="govuk-hint">For example, 27 3 2026</div><div class="govuk-date-input" id="Form_Seen-group">
        <div class="govuk-date-input__item"><label for="Form_Seen">Day</label><input id="Form_Seen" name="Form.Seen.Day" type="text" inputmode="numeric"></div>
        <div class="govuk-date-input__item"><label for="Form_Seen_Month">Month</label><input id="Form_Seen_Month" name="Form.Seen.Month" type="text" inputmode="numeric"></div>
        <div class="govuk-date-input__item"><label for="Form_Seen_Year">Year</label><input id="Form_Seen_Year" name="Form.Seen.Year" type="text" inputmode="numeric"></div>
        </div></fieldset>
        <fieldset class="govuk-fieldset" role="group"><legend class="govuk-fieldset__legend">Date the child was seen alone</legend><div class="govuk-date-input" id="Form_Alone-group">
        <div class="govuk-date-input__item"><label for="Form_Alone">Day</label><input id="Form_Alone" name="Form.Alone.Day" type="text" inputmode="numeric"></div>
        <div class="govuk-date-input__item"><label for="Form_Alone_Month">Month</label><input id="Form_Alone_Month" name="Form.Alone.Month" type="text" inputmode="numeric"></div>
        <div class="govuk-date-input__item"><label for="Form_Alone_Year">Year</label><input id="Form_Alone_Year" name="Form.Alone.Year" type="text" inputmode="numeric"></div>
        </div></fieldset>
        </main></body></html>
        """;

    [Fact]
    public async Task Filling_a_date_fills_day_month_and_year_of_the_input_with_that_legend_only()
    {
        await Page.SetContentAsync(TwoDates);

        await Page.FillDateAsync("Date the child was seen", new DateOnly(2026, 3, 9));

        Assert.Equal(["9", "3", "2026"], await Page.Locator("#Form_Seen-group input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)"));
        Assert.Equal(["", "", ""], await Page.Locator("#Form_Alone-group input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)"));
    }
}
