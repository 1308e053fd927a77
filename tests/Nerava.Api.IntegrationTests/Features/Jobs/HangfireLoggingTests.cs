using Hangfire.Logging;

namespace Nerava.Api.IntegrationTests.Features.Jobs;

public sealed class HangfireLoggingTests
{
    [Fact]
    public async Task A_stopped_host_does_not_break_the_hangfire_logging_of_hosts_still_running()
    {
        // Hangfire's log provider is process-wide and the last host built sets it; that host stops first here.
        await using var running = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite);
        running.CreateClient().Dispose();
        var stopped = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite);
        stopped.CreateClient().Dispose();
        await stopped.DisposeAsync();

        var log = LogProvider.GetLogger("Nerava.Tests.Hangfire");
        log.Info("after a host stopped");

        // The host still running builds Hangfire components (they take a logger in their constructor) and answers.
        var response = await running.CreateClient().GetAsync("/health/live");
        Assert.True(response.IsSuccessStatusCode);
        _ = new Hangfire.RecurringJobManager(Hangfire.JobStorage.Current);
    }
}
