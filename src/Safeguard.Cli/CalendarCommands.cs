using System.CommandLine;
using System.Globalization;
using Safeguard.Calendar;

namespace Safeguard.Cli;

/// <summary>`safeguard calendar ...`: the working-day calendar for administrators.</summary>
public static class CalendarCommands
{
    public static Command Create()
    {
        var calendar = new Command("calendar", "The England and Wales working-day calendar.");

        var year = new Argument<string>("YEAR") { Description = "The year, e.g. 2027." };
        var holidays = new Command("holidays", "Print the bank holidays of a year, one ISO date per line.") { year };
        holidays.SetAction(result => Holidays(result.GetValue(year)!, Console.Out, Console.Error));
        calendar.Subcommands.Add(holidays);

        var date = new Argument<string>("DATE") { Description = "The start date, yyyy-mm-dd (day 0)." };
        var count = new Argument<string>("N") { Description = "Working days to add; negative counts back." };
        var add = new Command("add-working-days", "Print the N-th working day after DATE (before it when N is negative).") { date, count };
        add.SetAction(result => AddWorkingDays(result.GetValue(date)!, result.GetValue(count)!, Console.Out, Console.Error));
        calendar.Subcommands.Add(add);
        return calendar;
    }

    public static int Holidays(string yearText, TextWriter output, TextWriter error)
    {
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1971 || year > 9998)
        {
            error.WriteLine($"YEAR must be a year from 1971 to 9998, not '{yearText}'.");
            return 2;
        }

        foreach (var holiday in WorkingDayCalendar.EnglandAndWales.HolidaysIn(year))
        {
            output.WriteLine(holiday.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return 0;
    }

    public static int AddWorkingDays(string dateText, string countText, TextWriter output, TextWriter error)
    {
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error.WriteLine($"DATE must be a date written yyyy-mm-dd, not '{dateText}'.");
            return 2;
        }

        if (!int.TryParse(countText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) || Math.Abs(count) > 10000)
        {
            error.WriteLine($"N must be a whole number of working days from -10000 to 10000, not '{countText}'.");
            return 2;
        }

        output.WriteLine(WorkingDayCalendar.EnglandAndWales.AddWorkingDays(date, count).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return 0;
    }
}
