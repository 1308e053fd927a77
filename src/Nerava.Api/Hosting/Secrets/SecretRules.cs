using System.Text;

namespace Nerava.Api.Hosting.Secrets;

/// <summary>What makes a configured secret unusable: missing, a shipped placeholder, or too short to resist guessing.</summary>
public static class SecretRules
{
    /// <summary>Empty, or an obvious placeholder such as <c>&lt;set Twilio__AuthToken&gt;</c>.</summary>
    public static bool IsMissingOrPlaceholder(string? value)
    {
        var v = value?.Trim();
        return string.IsNullOrEmpty(v) || (v.StartsWith('<') && v.EndsWith('>'));
    }

    /// <summary>Why <paramref name="value"/> cannot be the secret <paramref name="key"/>, or null when it can. Never quotes the value.</summary>
    public static string? Problem(string key, string? value, int minLength)
    {
        var env = key.Replace(":", "__", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{key} (env {env}) is not set.";
        }

        if (IsMissingOrPlaceholder(value))
        {
            return $"{key} (env {env}) is still the shipped placeholder.";
        }

        return Encoding.UTF8.GetByteCount(value.Trim()) < minLength
            ? $"{key} (env {env}) is too short: use at least {minLength} random characters."
            : null;
    }
}
