namespace Nerava.Api.Features.Jobs;

public enum JobStorage
{
    /// <summary>In-process (embedded default): lost on restart, which is fine for sweeps that re-derive their work.</summary>
    InMemory,
    /// <summary>Hangfire on PostgreSQL (production): shared by every worker instance.</summary>
    Postgres,
}

public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Null: InMemory on SQLite, Postgres on PostgreSQL.</summary>
    public JobStorage? Storage { get; set; }
    public int WorkerCount { get; set; } = 2;
    public TimeSpan IdempotencyKeyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Password for the /hangfire dashboard (HTTP Basic, user "admin"); empty keeps the dashboard closed.</summary>
    public string DashboardPassword { get; set; } = "";
}
