using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nerava.Api.Data;

namespace Nerava.Api.IntegrationTests.Features.Hosting;

/// <summary>
/// A unique-key race the code catches and answers is information, not an error: EF Core logged each one at error level
/// (issue #10), which buries real errors.
/// </summary>
public sealed class HandledRaceLoggingTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_handled_unique_key_race_is_logged_as_information_and_never_as_an_error(TestDatabase db)
    {
        var logs = new LogCapture();
        await using var api = await NeravaApiFactory.CreateAsync(db, testServices: s => s.AddSingleton<ILoggerProvider>(logs));
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        var eventId = $"evt-{Guid.NewGuid():N}";

        var first = await api.WithDbAsync(d => d.RecordWebhookOnceAsync("test", eventId, null, DateTimeOffset.UtcNow, CancellationToken.None));
        var second = await api.WithDbAsync(d => d.RecordWebhookOnceAsync("test", eventId, null, DateTimeOffset.UtcNow, CancellationToken.None));
        // Concurrent queue-order calls for one session race on its unique key; every caller gets the one queued order.
        var queued = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            driver.PostAsJsonAsync($"/v1/arrival/{id}/queue-order", new { order_number = "Q-7" })));

        Assert.Equal((true, false), (first, second));
        Assert.All(queued, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        Assert.Single((await Task.WhenAll(queued.Select(r => r.Content.ReadFromJsonAsync<JsonElement>())))
            .Select(q => q.GetProperty("id").GetString()).Distinct());
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("Unique key conflict", StringComparison.Ordinal));
        var errors = logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Category}: {e.Message}")));
    }
}
