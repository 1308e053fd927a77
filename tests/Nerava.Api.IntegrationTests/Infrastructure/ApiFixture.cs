namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>One API per database provider, shared by a test class; tests use fresh phones and ids, never order.</summary>
public class ApiFixture : IAsyncLifetime
{
    private readonly Dictionary<TestDatabase, Task<NeravaApiFactory>> _factories = [];
    private readonly Lock _lock = new();

    public Task<NeravaApiFactory> For(TestDatabase database)
    {
        lock (_lock)
        {
            if (!_factories.TryGetValue(database, out var factory))
            {
                _factories[database] = factory = StartAsync(database);
            }

            return factory;
        }
    }

    protected virtual async Task<NeravaApiFactory> StartAsync(TestDatabase database)
    {
        var factory = await NeravaApiFactory.CreateAsync(database);
        using var client = factory.CreateClient(); // Starts the host: migrations and demo data.
        return factory;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories.Values)
        {
            await (await factory).DisposeAsync();
        }
    }
}

/// <summary>One API per database provider on a real loopback port (Kestrel), for clients that connect over TCP.</summary>
public sealed class LoopbackApiFixture : ApiFixture
{
    protected override Task<NeravaApiFactory> StartAsync(TestDatabase database) => NeravaApiFactory.StartOnLoopbackAsync(database);
}
