namespace Nerava.Api.Features.Auth.Limits;

/// <summary>Limit keys hold a keyed hash of the phone, address or email they count, so the store never holds the value.</summary>
public static class LimitKeys
{
    public static string For(SigningKeyProvider keys, string kind, string value)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return $"{kind}:{keys.Hash("limit", value)[..40]}";
    }
}
