using System.Reflection;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Safeguard.Data;

// Adds a migration to both providers' migration sets from the one EF model:
//   dotnet run --project tools/Safeguard.DesignTime -- add-migration NAME
// (The dotnet-ef tool does the same, but is not in every package registry a council may use.)
if (args is not ["add-migration", var name])
{
    Console.Error.WriteLine("usage: add-migration NAME");
    return 2;
}

var root = FindRepositoryRoot();
string? migrationId = null;
foreach (var (provider, assemblyName, connection) in new[]
{
    (DatabaseProvider.Sqlite, SafeguardDatabase.SqliteMigrationsAssembly, "Data Source=:memory:"),
    (DatabaseProvider.Postgres, SafeguardDatabase.PostgresMigrationsAssembly, "Host=127.0.0.1;Database=design_time"),
})
{
    var projectDir = Path.Combine(root, "src", assemblyName);
    var migrationsAssembly = Assembly.Load(assemblyName);
    using var db = SafeguardDatabase.Create(provider, connection);
    var reporter = new OperationReporter(new OperationReportHandler(
        error => Console.Error.WriteLine(error),
        warning => Console.Error.WriteLine(warning),
        information => Console.WriteLine(information),
        verbose => { }));
    var services = new DesignTimeServicesBuilder(migrationsAssembly, Assembly.GetExecutingAssembly(), reporter, []).Build(db);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, assemblyName, "Migrations", "C#");
    var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
    migrationId ??= migration.MigrationId;
    if (migration.MigrationId != migrationId)
    {
        // Both sets must carry the same migration ids, even when the clock ticked between them.
        foreach (var file in new[] { files.MigrationFile!, files.MetadataFile! })
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace(migration.MigrationId, migrationId, StringComparison.Ordinal));
            File.Move(file, file.Replace(migration.MigrationId, migrationId, StringComparison.Ordinal));
        }
    }

    Console.WriteLine($"{provider}: {migrationId}");
}

return 0;

static string FindRepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Safeguard.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run this from inside the repository.");
}
