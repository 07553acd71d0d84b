using System.CommandLine;
using Safeguard.Cli;

var root = new RootCommand("Safeguard: child protection and children's complaints, on the statutory working-day calendar.");
root.Subcommands.Add(CalendarCommands.Create());
root.Subcommands.Add(ReplayCommand.Create());
root.Subcommands.Add(DatabaseCommands.CreateMigrate());
root.Subcommands.Add(PolicyCommands.Create());
return await root.Parse(args).InvokeAsync();
