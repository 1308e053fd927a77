namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>The real Redis server the backplane tests share (see <see cref="ScriptedServer"/>).</summary>
public static class RedisServer
{
    private static readonly Lazy<string> Endpoint = new(() => ScriptedServer.Address("redis", "NERAVA_TEST_REDIS", "NERAVA_REDIS_DIR"));

    /// <summary>host:port of the server.</summary>
    public static string Address => Endpoint.Value;
}
