using System.ComponentModel.DataAnnotations;

namespace Nerava.Api.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the embedded default keeps its SQLite file (and its generated signing key).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Null means: migrate on start for SQLite (embedded default) only; production uses the migrate command.</summary>
    public bool? MigrateOnStart { get; set; }

    public bool ShouldMigrateOnStart => MigrateOnStart ?? Provider == DatabaseProvider.Sqlite;

    /// <summary>Demo chargers, merchants and the demo staff account; on by default for SQLite only.</summary>
    public bool? SeedDemoData { get; set; }

    public bool ShouldSeedDemoData => SeedDemoData ?? Provider == DatabaseProvider.Sqlite;

    public string ResolveDataDirectory(string contentRoot) =>
        Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory);
}
