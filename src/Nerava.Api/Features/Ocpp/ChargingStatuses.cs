namespace Nerava.Api.Features.Ocpp;

/// <summary>Wire values of a session's <c>charging.status</c> (start charging from the app).</summary>
public static class ChargingStatuses
{
    public const string Requested = "requested";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
    public const string Started = "started";
    public const string Stopped = "stopped";

    /// <summary>
    /// Whether <paramref name="next"/> may replace <paramref name="current"/>. A start request always may (a new attempt);
    /// otherwise the status only moves forward (requested → accepted/rejected/failed → started → stopped), so a charger's
    /// late reply to RemoteStart cannot overwrite the StartTransaction that overtook it.
    /// </summary>
    public static bool Supersedes(string? current, string next) => next == Requested || Rank(next) >= Rank(current);

    private static int Rank(string? status) => status switch
    {
        Started => 3,
        Stopped => 4,
        Accepted or Rejected or Failed => 2,
        Requested => 1,
        _ => 0,
    };
}
