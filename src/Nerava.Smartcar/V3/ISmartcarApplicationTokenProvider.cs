namespace Nerava.Smartcar.V3;

/// <summary>Supplies the v3 application token, cached until shortly before it expires.</summary>
public interface ISmartcarApplicationTokenProvider
{
    /// <summary>A valid application access token; concurrent callers share one fetch.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken ct = default);

    /// <summary>Drops <paramref name="accessToken"/> from the cache (after a 401), unless a newer token replaced it already.</summary>
    void Invalidate(string accessToken);
}
