using Safeguard.Web.Components;

namespace Safeguard.Web.Features.Dashboard;

/// <summary>The dashboard's tables as CSV, with the same columns as on the page.</summary>
public static class DashboardTables
{
    public static CsvFile Timeliness(IEnumerable<RuleTimeliness> rows)
    {
        var csv = new CsvFile("Rule", "Duty", "Met on time", "Late", "Overdue", "Not yet due", "% on time");
        foreach (var r in rows)
        {
            csv.Row(r.Rule, r.RuleName, r.Met, r.Late, r.Overdue, r.NotYetDue, r.PercentOnTime);
        }

        return csv;
    }

    public static CsvFile Participation(Participation participation)
    {
        var csv = new CsvFile("Parents", "With parental responsibility", "Invited", "Not invited", "Not invited, with a recorded reason", "Attended", "% invited", "% attended");
        foreach (var g in participation.Groups)
        {
            csv.Row(g.Parents, g.Expected, g.Invited, g.NotInvited, g.Excluded, g.Attended, g.PercentInvited, g.PercentAttended);
        }

        return csv;
    }

    public static CsvFile OverdueByTeam(IEnumerable<TeamOverdue> rows)
    {
        var csv = new CsvFile("Team", "Overdue items");
        foreach (var r in rows)
        {
            csv.Row(r.Team, r.Overdue);
        }

        return csv;
    }
}
