using Nerava.Api.Features.Realtime;

namespace Nerava.Api.IntegrationTests.Features.Realtime;

/// <summary>
/// Several API instances behind a load balancer: a driver's live connection is on one, the change happens on another.
/// With the Redis backplane (a real Redis server) the push still reaches the driver; without it, it does not.
/// </summary>
public sealed class RedisBackplaneTests
{
    [Fact]
    public async Task With_the_redis_backplane_a_change_on_one_instance_reaches_a_client_of_another()
    {
        // The seed's REDIS_URL form, as operators set it.
        var received = await PushAcrossInstancesAsync($"redis://{RedisServer.Address}/0");

        Assert.Equal("arrived", received?.GetProperty("session").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_a_backplane_instances_do_not_share_pushes()
    {
        Assert.Null(await PushAcrossInstancesAsync(null));
    }

    [Theory]
    [InlineData("redis://localhost:6379/0", "localhost:6379,defaultDatabase=0")]
    [InlineData("redis://:s3cret@cache.internal:6380", "cache.internal:6380,password=s3cret")]
    [InlineData("rediss://app:p%40ss@cache.example.com/2", "cache.example.com:6379,user=app,password=p@ss,ssl=true,defaultDatabase=2")]
    [InlineData("cache:6379,password=x", "cache:6379,password=x")]
    public void The_seeds_redis_url_becomes_a_stackexchange_configuration(string value, string expected)
    {
        Assert.Equal(expected, RedisConnection.ToConfiguration(value));
    }

    /// <summary>Instance A holds the driver's hub connection; the driver acts through instance B (same database).</summary>
    private static async Task<JsonElement?> PushAcrossInstancesAsync(string? redis)
    {
        var settings = new Dictionary<string, string?> { ["Realtime:RedisConnection"] = redis };
        await using var a = await NeravaApiFactory.CreateAsync(TestDatabase.Postgres, settings);
        using var _ = a.CreateClient();
        await using var b = await NeravaApiFactory.CreateAsync(TestDatabase.Postgres, new Dictionary<string, string?>(settings)
        {
            ["ConnectionStrings:Nerava"] = a.ConnectionString,
        });
        var (driver, tokens) = await b.LoginDriverAsync();
        await using var hub = await SessionHubListener.ConnectAsync(a, tokens.access_token);
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();

        try
        {
            return await hub.NextAsync(u => u.GetProperty("session").GetProperty("session_id").GetString() == id
                                            && u.GetProperty("session").GetProperty("status").GetString() == "arrived",
                TimeSpan.FromSeconds(redis is null ? 3 : 15));
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
