using Nerava.Smartcar.Errors;

namespace Nerava.Smartcar.Vehicles;

/// <summary>Collects snapshot parts and failures, then builds the snapshot or throws when nothing succeeded.</summary>
internal sealed class SnapshotAssembler(string vehicleId, VehicleDataKinds requested)
{
    private readonly Dictionary<VehicleDataKinds, SmartcarException> _failures = [];

    public SnapshotLocation? Location { get; set; }

    public SnapshotBattery? Battery { get; set; }

    public SnapshotCharge? Charge { get; set; }

    public void Fail(VehicleDataKinds kind, SmartcarException error) => _failures[kind] = error;

    public VehicleSnapshot Build(ResponseMeta meta, int httpCalls, int billableRequests)
    {
        var requestedCount = Enum.GetValues<VehicleDataKinds>().Count(k => k is not (VehicleDataKinds.None or VehicleDataKinds.All) && requested.HasFlag(k));
        if (requestedCount > 0 && _failures.Count == requestedCount)
        {
            throw _failures.Values.First();
        }

        return new VehicleSnapshot(vehicleId, Location, Battery, Charge, meta, httpCalls, billableRequests, _failures);
    }

    public static IEnumerable<VehicleDataKinds> Split(VehicleDataKinds kinds) =>
        new[] { VehicleDataKinds.Location, VehicleDataKinds.Battery, VehicleDataKinds.Charge }.Where(k => kinds.HasFlag(k));
}
