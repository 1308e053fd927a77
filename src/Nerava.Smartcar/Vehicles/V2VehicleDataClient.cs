using Nerava.Smartcar.Errors;

namespace Nerava.Smartcar.Vehicles;

/// <summary>
/// <see cref="IVehicleDataClient"/> over v2.0: one part uses its own endpoint, several use one batch call. Battery percent is converted
/// from the 0–1 fraction to 0–100.
/// </summary>
public sealed class V2VehicleDataClient(SmartcarVehicleClient client, TimeProvider time) : IVehicleDataClient
{
    private const string LocationPath = "/location";
    private const string BatteryPath = "/battery";
    private const string ChargePath = "/charge";

    public string ApiVersion => "2.0";

    /// <summary>One request per part: a single endpoint, or a batch whose items Smartcar bills one each.</summary>
    public int BillableRequestsPerRead(VehicleDataKinds kinds) => Math.Max(1, SnapshotAssembler.Split(kinds).Count());

    public async Task<VehicleSnapshot> GetSnapshotAsync(VehicleAccess access, VehicleDataKinds kinds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var token = access.AccessToken ?? throw new ArgumentException("v2.0 needs the vehicle's Connect access token.", nameof(access));
        var parts = SnapshotAssembler.Split(kinds).ToList();
        var assembler = new SnapshotAssembler(access.VehicleId, kinds);
        if (parts.Count == 0)
        {
            return assembler.Build(ResponseMeta.Empty, 0, 0);
        }

        if (parts.Count == 1)
        {
            var (meta, attempts) = await ReadSingleAsync(client, access, token, parts[0], assembler, ct);
            return assembler.Build(meta, attempts, attempts);
        }

        var batch = await client.BatchAsync(access.VehicleId, token, parts.Select(PathOf), access.MaxBillableRequests, ct);
        var now = time.GetUtcNow();
        foreach (var kind in parts)
        {
            var item = batch.Data.Find(PathOf(kind));
            if (item is null)
            {
                assembler.Fail(kind, new SmartcarException(200, SmartcarErrorType.Sdk, SmartcarErrorParser.SdkErrorType, null, $"Batch answer lacks {PathOf(kind)}.")
                {
                    RequestId = batch.Meta.RequestId,
                });
                continue;
            }

            try
            {
                Apply(assembler, kind, item, now);
            }
            catch (SmartcarException error)
            {
                assembler.Fail(kind, error);
            }
        }

        return assembler.Build(batch.Meta, batch.Attempts, batch.BillableRequests);
    }

    public async Task<VehicleDescription> GetDescriptionAsync(VehicleAccess access, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var token = access.AccessToken ?? throw new ArgumentException("v2.0 needs the vehicle's Connect access token.", nameof(access));
        var response = await client.GetAttributesAsync(access.VehicleId, token, ct);
        var a = response.Data;
        return new VehicleDescription(a.Id, a.Make, a.Model, a.Year, response.Meta);
    }

    private static async Task<(ResponseMeta Meta, int Attempts)> ReadSingleAsync(
        SmartcarVehicleClient client,
        VehicleAccess access,
        string token,
        VehicleDataKinds kind,
        SnapshotAssembler assembler,
        CancellationToken ct)
    {
        var (vehicleId, max) = (access.VehicleId, access.MaxBillableRequests);
        switch (kind)
        {
            case VehicleDataKinds.Location:
                var location = await client.GetLocationAsync(vehicleId, token, max, ct);
                assembler.Location = ToLocation(location.Data, location.Meta);
                return (location.Meta, location.Attempts);
            case VehicleDataKinds.Battery:
                var battery = await client.GetBatteryAsync(vehicleId, token, max, ct);
                assembler.Battery = ToBattery(battery.Data, battery.Meta);
                return (battery.Meta, battery.Attempts);
            default:
                var charge = await client.GetChargeAsync(vehicleId, token, max, ct);
                assembler.Charge = ToCharge(charge.Data, charge.Meta);
                return (charge.Meta, charge.Attempts);
        }
    }

    private static void Apply(SnapshotAssembler assembler, VehicleDataKinds kind, BatchItemResponse item, DateTimeOffset now)
    {
        switch (kind)
        {
            case VehicleDataKinds.Location:
                var location = item.Read<VehicleLocation>(now);
                assembler.Location = ToLocation(location.Data, location.Meta);
                break;
            case VehicleDataKinds.Battery:
                var battery = item.Read<VehicleBattery>(now);
                assembler.Battery = ToBattery(battery.Data, battery.Meta);
                break;
            default:
                var charge = item.Read<VehicleCharge>(now);
                assembler.Charge = ToCharge(charge.Data, charge.Meta);
                break;
        }
    }

    private static SnapshotLocation ToLocation(VehicleLocation data, ResponseMeta meta) => new(data.Latitude, data.Longitude, meta.DataAge);

    private static SnapshotBattery ToBattery(VehicleBattery data, ResponseMeta meta) => new(data.StateOfChargePercent, data.Range, meta.DataAge);

    private static SnapshotCharge ToCharge(VehicleCharge data, ResponseMeta meta) => new(data.ChargeState, data.IsPluggedIn, meta.DataAge);

    private static string PathOf(VehicleDataKinds kind) => kind switch
    {
        VehicleDataKinds.Location => LocationPath,
        VehicleDataKinds.Battery => BatteryPath,
        _ => ChargePath,
    };
}
