using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Nerava.Smartcar.Resilience;

/// <summary>Builds the per-client pipeline: total timeout → retry → attempt timeout.</summary>
internal static class SmartcarResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, SmartcarOptions options, TimeProvider time, TimeSpan attemptTimeout)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(SmartcarRetryPolicy.ShouldRetry(
                    args.Context.GetRequestMessage(),
                    args.Outcome.Result,
                    args.Outcome.Exception,
                    options.MaxRetryAfter,
                    time.GetUtcNow())),
                DelayGenerator = args => ValueTask.FromResult(SmartcarRetryPolicy.RetryAfter(args.Outcome.Result, time.GetUtcNow())),
            });
        }

        builder.AddTimeout(attemptTimeout);
    }
}
