namespace Nerava.Smartcar.Simulator.Connect;

/// <summary>
/// A validated Connect request parked server-side between the consent page and its form post, so the post cannot swap the
/// client or redirect URI (the page only carries the ticket id).
/// </summary>
public sealed record ConsentTicket(
    string Id,
    string ClientId,
    string ApplicationName,
    string RedirectUri,
    string? State,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<string> OfferedVehicleIds,
    bool SingleSelect,
    string Mode,
    DateTimeOffset ExpiresAt);
