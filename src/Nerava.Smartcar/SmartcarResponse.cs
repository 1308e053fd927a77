namespace Nerava.Smartcar;

/// <summary>A parsed response body and its <see cref="ResponseMeta"/>.</summary>
public sealed record SmartcarResponse<T>(T Data, ResponseMeta Meta)
{
    /// <summary>HTTP attempts this response took, retries by the resilience pipeline included.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>Requests Smartcar counts for this response: every attempt, times the items of a v2 batch.</summary>
    public int BillableRequests { get; init; } = 1;
}
