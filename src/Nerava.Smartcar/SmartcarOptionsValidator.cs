using Microsoft.Extensions.Options;

namespace Nerava.Smartcar;

/// <summary>Fails start-up on incomplete or inconsistent <see cref="SmartcarOptions"/>.</summary>
public sealed class SmartcarOptionsValidator : IValidateOptions<SmartcarOptions>
{
    public ValidateOptionsResult Validate(string? name, SmartcarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Smartcar:ClientId is required.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Smartcar:ClientSecret is required.");
        }

        if (options.RedirectUri is { Length: > 0 } redirect && !Uri.TryCreate(redirect, UriKind.Absolute, out _))
        {
            failures.Add("Smartcar:RedirectUri must be an absolute URI.");
        }

        CheckOrigin(failures, nameof(options.ConnectOrigin), options.ConnectOrigin);
        CheckOrigin(failures, nameof(options.AuthOrigin), options.AuthOrigin);
        CheckOrigin(failures, nameof(options.ApiOrigin), options.ApiOrigin);
        CheckOrigin(failures, nameof(options.VehicleApiOrigin), options.VehicleApiOrigin);
        CheckOrigin(failures, nameof(options.IamOrigin), options.IamOrigin);
        CheckOrigin(failures, nameof(options.ManagementOrigin), options.ManagementOrigin);

        if (options.ApiVersion is not ("2.0" or "3"))
        {
            failures.Add("Smartcar:ApiVersion must be \"2.0\" or \"3\".");
        }

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add("Smartcar:Mode must be Live, Test or Simulated.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.AuthTimeout <= TimeSpan.Zero)
        {
            failures.Add("Smartcar:Timeout and Smartcar:AuthTimeout must be positive.");
        }

        if (options.TotalTimeout < options.Timeout)
        {
            failures.Add("Smartcar:TotalTimeout must be at least Timeout.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("Smartcar:MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.ApplicationTokenRefreshMargin < TimeSpan.Zero)
        {
            failures.Add("Smartcar:MaxRetryAfter and Smartcar:ApplicationTokenRefreshMargin must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckOrigin(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Smartcar:{key} must be an absolute http(s) URL.");
        }
    }
}
