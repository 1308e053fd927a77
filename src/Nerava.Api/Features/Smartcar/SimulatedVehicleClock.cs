using Nerava.Api.Features.Tracking;
using Nerava.Smartcar.Simulator;

namespace Nerava.Api.Features.Smartcar;

/// <summary>The in-process simulator's cars run on its (possibly time-scaled) clock.</summary>
public sealed class SimulatedVehicleClock(SimulatorState simulator) : IVehicleClockScale
{
    public double Factor => Math.Max(1, simulator.Clock.TimeScale);
}
