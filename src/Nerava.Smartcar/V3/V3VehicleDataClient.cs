using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.V3;

/// <summary>
/// <see cref="IVehicleDataClient"/> over v3 signals: a location-only or battery-only read asks for that one signal, anything else reads
/// all signals in one call. State of charge is already in percent.
/// </summary>
public sealed class V3VehicleDataClient(SmartcarV3Client client) : IVehicleDataClient
{
    private const int MaxPages = 5;

    public string ApiVersion => "3";

    /// <summary>One request: a single signal, or the signal list (its further pages are followed only when a part is missing).</summary>
    public int BillableRequestsPerRead(VehicleDataKinds kinds) => 1;

    public async Task<VehicleSnapshot> GetSnapshotAsync(VehicleAccess access, VehicleDataKinds kinds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var assembler = new SnapshotAssembler(access.VehicleId, kinds);
        if ((kinds & VehicleDataKinds.All) == VehicleDataKinds.None)
        {
            return assembler.Build(ResponseMeta.Empty, 0, 0);
        }

        V3SignalList signals;
        ResponseMeta meta;
        int attempts;
        int billable;
        if (kinds is VehicleDataKinds.Location or VehicleDataKinds.Battery)
        {
            var code = kinds == VehicleDataKinds.Location ? SignalCodes.PreciseLocation : SignalCodes.StateOfCharge;
            var single = await client.GetSignalAsync(access, code, ct);
            signals = new V3SignalList([single.Data], null, null, 1);
            (meta, attempts, billable) = (single.Meta, single.Attempts, single.BillableRequests);
        }
        else
        {
            var all = await client.GetSignalsAsync(access, ct);
            (meta, attempts, billable) = (all.Meta, all.Attempts, all.BillableRequests);
            var collected = new List<V3Signal>(all.Data.Signals);
            var next = all.Data.NextLink;
            // Further pages only while a part is missing and the caller's request allowance has room for them.
            for (var page = 1; page < MaxPages && next is not null && !HasAll(collected, kinds) && billable < (access.MaxBillableRequests ?? int.MaxValue); page++)
            {
                SmartcarResponse<V3SignalList> more;
                try
                {
                    more = await client.GetSignalsPageAsync(access with { MaxBillableRequests = access.MaxBillableRequests - billable }, next, ct);
                }
                catch (SmartcarException ex)
                {
                    (ex.Attempts, ex.BillableRequests) = (ex.Attempts + attempts, ex.BillableRequests + billable);
                    throw;
                }

                collected.AddRange(more.Data.Signals);
                (attempts, billable) = (attempts + more.Attempts, billable + more.BillableRequests);
                next = more.Data.NextLink;
            }

            signals = new V3SignalList(collected, null, null, all.Data.TotalCount);
        }

        if (kinds.HasFlag(VehicleDataKinds.Location))
        {
            ReadLocation(assembler, signals);
        }

        if (kinds.HasFlag(VehicleDataKinds.Battery))
        {
            ReadBattery(assembler, signals);
        }

        if (kinds.HasFlag(VehicleDataKinds.Charge))
        {
            ReadCharge(assembler, signals);
        }

        return assembler.Build(meta, attempts, billable);
    }

    public async Task<VehicleDescription> GetDescriptionAsync(VehicleAccess access, CancellationToken ct = default)
    {
        var response = await client.GetVehicleAsync(access, ct);
        var v = response.Data;
        return new VehicleDescription(v.Id, v.Make ?? "", v.Model ?? "", v.Year ?? 0, response.Meta);
    }

    private static bool HasAll(List<V3Signal> signals, VehicleDataKinds kinds)
    {
        bool Has(string code) => signals.Exists(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
        return (!kinds.HasFlag(VehicleDataKinds.Location) || Has(SignalCodes.PreciseLocation))
            && (!kinds.HasFlag(VehicleDataKinds.Battery) || (Has(SignalCodes.StateOfCharge) && Has(SignalCodes.Range)))
            && (!kinds.HasFlag(VehicleDataKinds.Charge) || (Has(SignalCodes.IsCharging) && Has(SignalCodes.IsChargingCableConnected)
                && Has(SignalCodes.DetailedChargingStatus)));
    }

    private static void ReadLocation(SnapshotAssembler assembler, V3SignalList signals)
    {
        var signal = signals.Find(SignalCodes.PreciseLocation);
        if (signal is { HasValue: true } && signal.GetNumber("latitude") is { } lat && signal.GetNumber("longitude") is { } lng)
        {
            assembler.Location = new SnapshotLocation(lat, lng, signal.RecordedAt);
        }
        else
        {
            assembler.Fail(VehicleDataKinds.Location, Missing(SignalCodes.PreciseLocation, signal));
        }
    }

    private static void ReadBattery(SnapshotAssembler assembler, V3SignalList signals)
    {
        var signal = signals.Find(SignalCodes.StateOfCharge);
        if (signal is { HasValue: true } && (signal.GetNumber("value") ?? signal.GetNumber("percentage")) is { } percent)
        {
            var range = signals.Find(SignalCodes.Range) is { HasValue: true } r ? r.GetNumber("value") : null;
            assembler.Battery = new SnapshotBattery(percent, range, signal.RecordedAt);
        }
        else
        {
            assembler.Fail(VehicleDataKinds.Battery, Missing(SignalCodes.StateOfCharge, signal));
        }
    }

    private static void ReadCharge(SnapshotAssembler assembler, V3SignalList signals)
    {
        var charging = signals.Find(SignalCodes.IsCharging);
        var detailed = signals.Find(SignalCodes.DetailedChargingStatus);
        var cable = signals.Find(SignalCodes.IsChargingCableConnected);
        var pluggedIn = cable is { HasValue: true } ? cable.GetBoolean("value") : null;
        if (V3ChargeSignals.State(detailed, charging) is { } state)
        {
            var recorded = detailed is { HasValue: true } ? detailed.RecordedAt : charging?.RecordedAt;
            assembler.Charge = new SnapshotCharge(state, pluggedIn, recorded)
            {
                LimitPercent = V3ChargeSignals.LimitPercent(signals.Find(SignalCodes.ChargeLimits)),
            };
        }
        else
        {
            assembler.Fail(VehicleDataKinds.Charge, Missing(SignalCodes.IsCharging, charging));
        }
    }

    private static SmartcarException Missing(string code, V3Signal? signal) => signal?.Error is { } error
        ? new SmartcarException(200, SmartcarErrorTypes.From(error.Type, 200), error.Type ?? SmartcarErrorParser.SdkErrorType, error.Code, $"Signal {code} is in error.")
        : new SmartcarException(200, SmartcarErrorType.Sdk, SmartcarErrorParser.SdkErrorType, null, $"Signal {code} was not returned.");
}
