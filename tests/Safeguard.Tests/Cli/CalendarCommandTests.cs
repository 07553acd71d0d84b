using Safeguard.Cli;
using Xunit;

namespace Safeguard.Tests.Cli;

public sealed class CalendarCommandTests
{
    [Fact]
    public void Holidays_prints_one_iso_date_per_line()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CalendarCommands.Holidays("2022", output, error);

        Assert.Equal(0, exit);
        Assert.Equal(
            ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("2021-03-24", "15", "2021-04-16")]
    [InlineData("2021-04-16", "-15", "2021-03-24")]
    [InlineData("2026-12-24", "1", "2026-12-29")]
    [InlineData("2026-03-07", "0", "2026-03-07")]
    public void Add_working_days_prints_the_date(string date, string n, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, CalendarCommands.AddWorkingDays(date, n, output, error));
        Assert.Equal(expected, output.ToString().Trim());
    }

    [Theory]
    [InlineData("24/03/2021", "15", "DATE must be a date written yyyy-mm-dd")]
    [InlineData("2021-03-24", "fifteen", "N must be a whole number")]
    public void Bad_arguments_get_a_clear_message_and_exit_2(string date, string n, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, CalendarCommands.AddWorkingDays(date, n, output, error));
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void A_year_out_of_range_is_refused()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, CalendarCommands.Holidays("20x6", output, error));
        Assert.Contains("YEAR must be a year", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_adds_a_proclaimed_day_and_the_council_calendar_lists_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"safeguard-cli-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={path};Pooling=False";
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            Assert.Equal(0, await CalendarCommands.AddChangeAsync("2031-06-13", "Proclaimed day", null, "sqlite", connection, output, error));
            Assert.Equal(2, await CalendarCommands.AddChangeAsync("2031-06-13", "Again", null, "sqlite", connection, output, error));
            Assert.Contains("date: 2031-06-13 is already a bank holiday.", error.ToString(), StringComparison.Ordinal);

            using var listed = new StringWriter();
            var calendar = await CalendarCommands.CouncilCalendarAsync("sqlite", connection, error);
            Assert.Equal(0, CalendarCommands.Holidays("2031", listed, error, calendar));
            Assert.Contains("2031-06-13", listed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
