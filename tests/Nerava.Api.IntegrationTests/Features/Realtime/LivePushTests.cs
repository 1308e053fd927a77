namespace Nerava.Api.IntegrationTests.Features.Realtime;

public sealed class LivePushTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Driver_and_merchant_receive_the_arrival_live_and_strangers_do_not(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, tokens) = await api.LoginDriverAsync();
        var (_, strangerTokens) = await api.LoginDriverAsync();
        var staff = await api.LoginStaffAsync();
        var staffToken = staff.DefaultRequestHeaders.Authorization!.Parameter!;
        await using var driverHub = await ConnectAsync(api, tokens.access_token);
        await using var merchantHub = await ConnectAsync(api, staffToken);
        await using var strangerHub = await ConnectAsync(api, strangerTokens.access_token);
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();

        var toDriver = await driverHub.NextAsync(u => u.GetProperty("session").GetProperty("status").GetString() == "arrived");
        var toMerchant = await merchantHub.NextAsync(u => u.GetProperty("arrival").GetProperty("session_id").GetString() == id);
        Assert.Equal(id, toDriver.GetProperty("session").GetProperty("session_id").GetString());
        Assert.True(toDriver.GetProperty("smartcar").GetProperty("arrival_detected").GetBoolean());
        Assert.Equal(id, toMerchant.GetProperty("arrival").GetProperty("session_id").GetString());
        Assert.False(strangerHub.Received.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Hub_refuses_a_connection_without_a_token()
    {
        var api = await fixture.For(TestDatabase.Sqlite);

        await Assert.ThrowsAnyAsync<Exception>(async () => await ConnectAsync(api, "not-a-token"));
    }

    private static Task<SessionHubListener> ConnectAsync(NeravaApiFactory api, string token) => SessionHubListener.ConnectAsync(api, token);
}
