namespace Nerava.Smartcar.Simulator.Token;

/// <summary>
/// What one completed Connect flow authorised: an owner's vehicles and permissions for one application. Access and refresh
/// tokens point at a grant, so disconnecting its last vehicle revokes every token issued for it.
/// </summary>
public sealed class Grant
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _vehicleIds;
    private bool _revoked;

    public Grant(string clientId, string userId, IEnumerable<string> vehicleIds, IReadOnlyList<string> permissions)
    {
        ClientId = clientId;
        UserId = userId;
        _vehicleIds = new HashSet<string>(vehicleIds, StringComparer.Ordinal);
        Permissions = permissions;
    }

    public string ClientId { get; }

    public string UserId { get; }

    public IReadOnlyList<string> Permissions { get; }

    public bool Revoked
    {
        get
        {
            lock (_gate)
            {
                return _revoked;
            }
        }
    }

    public IReadOnlyList<string> VehicleIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _vehicleIds.Order(StringComparer.Ordinal)];
            }
        }
    }

    public bool Covers(string vehicleId)
    {
        lock (_gate)
        {
            return !_revoked && _vehicleIds.Contains(vehicleId);
        }
    }

    public bool HasPermission(string permission) => Permissions.Contains(permission, StringComparer.Ordinal);

    /// <summary>Removes a vehicle; the grant is revoked when none is left (the owner disconnected everything).</summary>
    public void RemoveVehicle(string vehicleId)
    {
        lock (_gate)
        {
            _vehicleIds.Remove(vehicleId);
            if (_vehicleIds.Count == 0)
            {
                _revoked = true;
            }
        }
    }
}
