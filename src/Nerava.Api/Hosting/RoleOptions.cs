namespace Nerava.Api.Hosting;

/// <summary>
/// One binary, two jobs: <c>--role api</c> serves HTTP, <c>--role worker</c> runs the dispatcher, tracking and jobs,
/// <c>--role all</c> (the default) does both.
/// </summary>
public sealed record RoleOptions(bool Api, bool Worker)
{
    public static RoleOptions From(IConfiguration config) => (config["role"] ?? config["Roles:Role"] ?? "all").ToLowerInvariant() switch
    {
        "api" => new RoleOptions(true, false),
        "worker" => new RoleOptions(false, true),
        "all" => new RoleOptions(true, true),
        var other => throw new InvalidOperationException($"Unknown --role '{other}'; use api, worker or all."),
    };
}
