using System.Globalization;

namespace Nerava.Chaos;

/// <summary>
/// What one chaos run does: <c>--sessions</c> arrivals in bursts of <c>--burst</c>, at least <c>--worker-kills</c>
/// kill -9 of the worker and <c>--api-kills</c> of an API process, from a fixed <c>--seed</c>.
/// </summary>
public sealed record ChaosOptions(int Sessions, int Burst, int WorkerKills, int ApiKills, int Seed, TimeSpan SettleTimeout)
{
    public static ChaosOptions Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new ChaosOptions(Int("--sessions", 120), Int("--burst", 20), Int("--worker-kills", 30), Int("--api-kills", 4),
            Int("--seed", 20261130), TimeSpan.FromMinutes(Int("--settle-minutes", 4)));
    }
}
