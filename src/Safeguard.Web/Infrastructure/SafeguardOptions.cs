using Safeguard.Data;

namespace Safeguard.Web.Infrastructure;

/// <summary>The "Safeguard" section of the configuration.</summary>
public sealed class SafeguardOptions
{
    public string CouncilName { get; set; } = "Northbrook Borough Council";

    /// <summary>The council's postal address as printed on letters, one line per entry.</summary>
    public List<string> CouncilAddress { get; set; } = [];

    public DatabaseOptions Database { get; set; } = new();

    public DemoOptionsSection Demo { get; set; } = new();

    public sealed class DatabaseOptions
    {
        /// <summary>"sqlite" (the embedded default) or "postgres".</summary>
        public string Provider { get; set; } = "sqlite";

        /// <summary>Empty means a SQLite file, safeguard.db, beside the application.</summary>
        public string ConnectionString { get; set; } = "";

        public DatabaseProvider ParsedProvider => SafeguardDatabase.ParseProvider(Provider);
    }

    public sealed class DemoOptionsSection
    {
        /// <summary>Fill an empty database with the fictional demo council, its children and its staff accounts.</summary>
        public bool Seed { get; set; } = true;

        public int Children { get; set; } = 24;
    }
}
