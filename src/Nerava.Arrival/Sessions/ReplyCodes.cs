using System.Globalization;

namespace Nerava.Arrival.Sessions;

/// <summary>The 4-digit code a merchant texts back ("DONE 4821") to confirm a session.</summary>
public static class ReplyCodes
{
    public const int Min = 1000;
    public const int MaxExclusive = 10_000;

    /// <summary>How many codes exist; once all are in use no code can be issued.</summary>
    public const int Capacity = MaxExclusive - Min;

    // Random draws first; once the space is crowded, a scan from a random start guarantees termination.
    private const int RandomAttempts = 64;

    /// <summary>A code in 1000–9999 not in <paramref name="inUse"/>.</summary>
    /// <param name="nextInt">Returns a uniform value in [0, n) for argument n, e.g. <c>RandomNumberGenerator.GetInt32</c>.</param>
    /// <param name="inUse">Codes of currently active sessions.</param>
    /// <exception cref="InvalidOperationException">Every code is in use, or <paramref name="nextInt"/> left its range.</exception>
    public static string Generate(Func<int, int> nextInt, ISet<string> inUse)
    {
        ArgumentNullException.ThrowIfNull(nextInt);
        ArgumentNullException.ThrowIfNull(inUse);

        for (var attempt = 0; attempt < RandomAttempts; attempt++)
        {
            var code = Format(Min + Draw(nextInt));
            if (!inUse.Contains(code))
            {
                return code;
            }
        }

        var start = Draw(nextInt);
        for (var offset = 0; offset < Capacity; offset++)
        {
            var code = Format(Min + ((start + offset) % Capacity));
            if (!inUse.Contains(code))
            {
                return code;
            }
        }

        throw new InvalidOperationException("All 9000 reply codes are in use.");
    }

    private static int Draw(Func<int, int> nextInt)
    {
        var value = nextInt(Capacity);
        return value is >= 0 and < Capacity
            ? value
            : throw new InvalidOperationException($"nextInt({Capacity}) returned {value}, outside [0, {Capacity}).");
    }

    private static string Format(int code) => code.ToString(CultureInfo.InvariantCulture);
}
