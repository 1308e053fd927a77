using System.Diagnostics;

namespace Nerava.Api.IntegrationTests.Features.Telemetry;

/// <summary>Reading the in-memory exporter's spans while the service is still adding to them.</summary>
public static class Spans
{
    /// <summary>Waits until <paramref name="find"/> returns a span (spans end, and are exported, after the work they cover).</summary>
    public static async Task<Activity> WaitForAsync(Func<Activity?> find)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            if (find() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "No such span within the timeout.");
            await Task.Delay(50);
        }
    }
}
