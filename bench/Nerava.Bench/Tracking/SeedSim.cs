using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Bench.Tracking;

/// <summary>
/// <c>SeedFixed60s</c>: the seed's job on a virtual clock (see <see cref="SeedRules"/>). Beats fall every 60 s from a random phase;
/// each beat's task runs on its own (Celery runs overlapping tasks when one outlasts the beat), reads the location, decides, then
/// reads the battery for Ready After Charge sessions; the Python SDK does not retry, so a failed read is just no data. A beat that
/// starts after the arrival finds the session no longer polled.
/// </summary>
internal static class SeedSim
{
    public static void Run(SimSession s, SmartcarModel model)
    {
        var trip = s.Trip;
        var events = new PriorityQueue<(DateTimeOffset At, int Kind, CarReading? Reading), (long, long)>();
        var seq = 0L;
        void At(DateTimeOffset at, int kind, CarReading? reading = null) => events.Enqueue((at, kind, reading), (at.UtcTicks, seq++));

        At(trip.SessionStart + (SeedRules.Beat * s.Rng.NextDouble()), Beat);
        while (events.TryDequeue(out var e, out _))
        {
            switch (e.Kind)
            {
                case Beat when e.At <= trip.Horizon && SeedRules.IsPolled(s.Status):
                    At(e.At + SeedRules.Beat, Beat);
                    At(e.At + Send(s, e.At, model), LocationAnswer, Read(s, e.At, model));
                    break;
                case LocationAnswer:
                    Decide(s, e.At, e.Reading);
                    if (trip.AfterCharge)
                    {
                        At(e.At + Send(s, e.At, model), BatteryAnswer); // Only cost: see SeedRules.ChargeTriggers.
                    }

                    break;
            }
        }
    }

    private const int Beat = 0;
    private const int LocationAnswer = 1;
    private const int BatteryAnswer = 2;

    private static TimeSpan Send(SimSession s, DateTimeOffset at, SmartcarModel model)
    {
        s.TrueCalls.Add(at);
        s.CallLog.Add(new CallRecord(at, "seed_beat", PolicySim.Band(s, at), 1, TimeSpan.Zero));
        return model.Latency(s.Rng);
    }

    // get_location returns None on any SmartcarException (asleep, 5xx): the beat does nothing more for the location.
    private static CarReading? Read(SimSession s, DateTimeOffset at, SmartcarModel model)
    {
        var reading = SmartcarWorld.Read(s.Trip, at, model, s.Rng);
        return reading.Asleep || s.Rng.NextDouble() < model.ServerErrorShare ? null : reading;
    }

    private static void Decide(SimSession s, DateTimeOffset now, CarReading? reading)
    {
        if (reading?.Position is not { } fix)
        {
            return;
        }

        // The task loaded the session at its start; one that was arrived meanwhile by an overlapping task is notified again in
        // the seed, which the benchmark does not count as a second arrival.
        var distance = GeoMath.DistanceMeters(s.Trip.Charger, fix);
        if (SeedRules.Arrives(distance))
        {
            if (s.ArrivedAt is null)
            {
                s.Status = SessionStatus.MerchantNotified;
                s.ArrivedAt = now;
                s.ArrivalTrueDistanceM = s.Trip.DistanceToChargerM(reading.RecordedAt);
                s.FiredAt = SeedRules.FiresKitchenOnArrival ? now : null;
                s.FireReason = FireReason.Arrival;
            }

            return;
        }

        if (SeedRules.SendsHeadsUp(s.Status, SeedRules.EtaMinutes(distance)))
        {
            s.HeadsUpAt ??= now;
            s.HeadsUps++;
        }
    }
}
