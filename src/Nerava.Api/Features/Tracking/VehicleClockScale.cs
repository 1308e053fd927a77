namespace Nerava.Api.Features.Tracking;

/// <summary>
/// How much faster the tracked cars' clock runs than ours. Real cars: 1. The embedded simulator's demo drive runs its
/// cars on a fast clock, so poll waits planned in the car's time are shortened to match (see PollPlan.OnClockFasterBy).
/// </summary>
public interface IVehicleClockScale
{
    double Factor { get; }
}

public sealed class RealVehicleClock : IVehicleClockScale
{
    public double Factor => 1;
}
