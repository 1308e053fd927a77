using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Tracking;

namespace Nerava.Api.IntegrationTests.Features.Tracking;

/// <summary>Smartcar's application bucket is shared through the database: concurrent takes never overdraw it.</summary>
public sealed class AppBudgetTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Concurrent_takes_never_exceed_the_bucket_and_the_refused_are_told_when_to_retry(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
        {
            ["Tracking:AppBucketCapacity"] = "10",
            ["Tracking:AppBucketRefillPerMinute"] = "0.01",
        });
        using var _ = api.CreateClient();

        var results = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => Task.Run(async () =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AppBudget>().TryTakeAsync(1, CancellationToken.None);
        })));

        Assert.Equal(10, results.Count(r => r.Allowed));
        Assert.All(results.Where(r => !r.Allowed), r => Assert.True(r.WaitFor > TimeSpan.Zero));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Concurrent_batch_takes_share_the_bucket_exactly(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
        {
            ["Tracking:AppBucketCapacity"] = "10",
            ["Tracking:AppBucketRefillPerMinute"] = "0.01",
        });
        using var _ = api.CreateClient();

        // Six workers each want 3 polls of 1 call: 10 tokens go round, whole polls only.
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AppBudget>().TakeUpToAsync(3, 1, CancellationToken.None);
        })));

        Assert.Equal(10, results.Sum(r => r.Granted));
        Assert.All(results.Where(r => r.Granted < 3), r => Assert.True(r.WaitFor > TimeSpan.Zero));
    }
}
