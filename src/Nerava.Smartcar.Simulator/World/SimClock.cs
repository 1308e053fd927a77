namespace Nerava.Smartcar.Simulator.World;

/// <summary>
/// Simulated time running <see cref="TimeScale"/> times faster than the injected <see cref="TimeProvider"/>, so an hour-long
/// trip replays in seconds. Changing the scale re-anchors the clock so simulated time never jumps or runs backwards.
/// </summary>
public sealed class SimClock
{
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private DateTimeOffset _wallAnchor;
    private DateTimeOffset _simAnchor;
    private double _timeScale;

    public SimClock(TimeProvider timeProvider, double timeScale = 1)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ValidateScale(timeScale);
        _timeProvider = timeProvider;
        _wallAnchor = timeProvider.GetUtcNow();
        _simAnchor = _wallAnchor;
        _timeScale = timeScale;
    }

    public TimeProvider TimeProvider => _timeProvider;

    public double TimeScale
    {
        get
        {
            lock (_gate)
            {
                return _timeScale;
            }
        }
    }

    /// <summary>Real (wall-clock) time from the injected provider; tokens and rate limits live on this clock.</summary>
    public DateTimeOffset WallNow => _timeProvider.GetUtcNow();

    /// <summary>Simulated time; vehicle state is computed from this clock.</summary>
    public DateTimeOffset Now => ToSimulated(_timeProvider.GetUtcNow());

    /// <summary>Maps a wall-clock instant (e.g. "now minus the data age") onto simulated time using the current scale.</summary>
    public DateTimeOffset ToSimulated(DateTimeOffset wallTime)
    {
        lock (_gate)
        {
            return _simAnchor + ((wallTime - _wallAnchor) * _timeScale);
        }
    }

    public void SetTimeScale(double timeScale)
    {
        ValidateScale(timeScale);
        lock (_gate)
        {
            var wallNow = _timeProvider.GetUtcNow();
            _simAnchor += (wallNow - _wallAnchor) * _timeScale;
            _wallAnchor = wallNow;
            _timeScale = timeScale;
        }
    }

    /// <summary>Jumps simulated time forward (tests and benchmarks skip ahead without waiting).</summary>
    public void Advance(TimeSpan simulated)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(simulated, TimeSpan.Zero);
        lock (_gate)
        {
            _simAnchor += simulated;
        }
    }

    private static void ValidateScale(double timeScale)
    {
        if (double.IsNaN(timeScale) || timeScale < 0 || timeScale > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(timeScale), "Time scale must be between 0 and 1,000,000.");
        }
    }
}
