using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.Recording;

namespace Safeguard.Cli;

/// <summary>`safeguard calendar ...`: the working-day calendar for administrators.</summary>
public static class CalendarCommands
{
    public static Command Create()
    {
        var calendar = new Command("calendar", "The England and Wales working-day calendar.");

        var year = new Argument<string>("YEAR") { Description = "The year, e.g. 2027." };
        var councilProvider = new Option<string>("--provider") { Description = "sqlite (default) or postgres.", DefaultValueFactory = _ => "sqlite" };
        var councilDatabase = new Option<string?>("--connection") { Description = "Include the one-off changes added to this council's database." };
        var holidays = new Command("holidays", "Print the bank holidays of a year, one ISO date per line.") { year, councilProvider, councilDatabase };
        holidays.SetAction(async (result, ct) =>
        {
            var calendar = WorkingDayCalendar.EnglandAndWales;
            if (result.GetValue(councilDatabase) is { } database)
            {
                if (await CouncilCalendarAsync(result.GetValue(councilProvider)!, database, Console.Error, ct) is not { } council)
                {
                    return 2;
                }

                calendar = council;
            }

            return Holidays(result.GetValue(year)!, Console.Out, Console.Error, calendar);
        });
        calendar.Subcommands.Add(holidays);

        var date = new Argument<string>("DATE") { Description = "The start date, yyyy-mm-dd (day 0)." };
        var count = new Argument<string>("N") { Description = "Working days to add; negative counts back." };
        var add = new Command("add-working-days", "Print the N-th working day after DATE (before it when N is negative).") { date, count };
        add.SetAction(result => AddWorkingDays(result.GetValue(date)!, result.GetValue(count)!, Console.Out, Console.Error));
        calendar.Subcommands.Add(add);

        var changeDate = new Argument<string>("DATE") { Description = "The new bank holiday, yyyy-mm-dd." };
        var name = new Argument<string>("NAME") { Description = "Its name, e.g. \"State funeral\"." };
        var movedFrom = new Option<string?>("--moved-from") { Description = "For a moved holiday: the regular date it replaces." };
        var provider = new Option<string>("--provider") { Description = "sqlite (default) or postgres.", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string>("--connection") { Description = "The council's database.", DefaultValueFactory = _ => "Data Source=safeguard.db" };
        var addChange = new Command("add-change", "Add a one-off bank holiday (an extra day, or with --moved-from a moved one) to the council's calendar.") { changeDate, name, movedFrom, provider, connection };
        addChange.SetAction((result, ct) => AddChangeAsync(result.GetValue(changeDate)!, result.GetValue(name)!, result.GetValue(movedFrom), result.GetValue(provider)!, result.GetValue(connection)!, Console.Out, Console.Error, ct));
        calendar.Subcommands.Add(addChange);
        return calendar;
    }

    /// <summary>The shipped calendar with the changes an administrator added to the council's database.</summary>
    public static async Task<WorkingDayCalendar?> CouncilCalendarAsync(string providerText, string connection, TextWriter error, CancellationToken ct = default)
    {
        DatabaseProvider provider;
        try
        {
            provider = SafeguardDatabase.ParseProvider(providerText);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            return null;
        }

        try
        {
            await using var db = SafeguardDatabase.Create(provider, connection);
            await db.Database.MigrateAsync(ct);
            return await new CalendarAdministration(db, TimeProvider.System).CalendarAsync(ct);
        }
        catch (Exception e) when (DatabaseCommands.IsDatabaseProblem(e))
        {
            error.WriteLine($"The council's database could not be opened: {e.Message}");
            return null;
        }
    }

    public static int Holidays(string yearText, TextWriter output, TextWriter error, WorkingDayCalendar? calendar = null)
    {
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1971 || year > 9998)
        {
            error.WriteLine($"YEAR must be a year from 1971 to 9998, not '{yearText}'.");
            return 2;
        }

        foreach (var holiday in (calendar ?? WorkingDayCalendar.EnglandAndWales).HolidaysIn(year))
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

    public static async Task<int> AddChangeAsync(string dateText, string name, string? movedFromText, string providerText, string connection, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (!TryParseDate(dateText, out var date))
        {
            error.WriteLine($"DATE must be a date written yyyy-mm-dd, not '{dateText}'.");
            return 2;
        }

        DateOnly? movedFrom = null;
        if (movedFromText is not null)
        {
            if (!TryParseDate(movedFromText, out var from))
            {
                error.WriteLine($"--moved-from must be a date written yyyy-mm-dd, not '{movedFromText}'.");
                return 2;
            }

            movedFrom = from;
        }

        DatabaseProvider provider;
        try
        {
            provider = SafeguardDatabase.ParseProvider(providerText);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }

        var change = new BankHolidayChange(date, movedFrom is null ? BankHolidayChangeKind.Extra : BankHolidayChangeKind.Moved, name, movedFrom);
        RecordResult result;
        try
        {
            await using var db = SafeguardDatabase.Create(provider, connection);
            await db.Database.MigrateAsync(ct);
            result = await new CalendarAdministration(db, TimeProvider.System).AddChangeAsync(change, new Recorder(Environment.UserName, "cli"), ct);
        }
        catch (Exception e) when (DatabaseCommands.IsDatabaseProblem(e))
        {
            error.WriteLine($"The council's database could not be opened: {e.Message}");
            return 2;
        }

        if (result is Rejected rejected)
        {
            error.WriteLine($"{rejected.Field}: {rejected.Message}");
            return 2;
        }

        output.WriteLine($"{date:yyyy-MM-dd} is now a bank holiday ({name}){(movedFrom is { } f ? $" in place of {f:yyyy-MM-dd}" : string.Empty)}.");
        return 0;
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
