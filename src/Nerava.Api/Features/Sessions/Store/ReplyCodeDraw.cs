using System.Security.Cryptography;

namespace Nerava.Api.Features.Sessions;

/// <summary>The randomness behind reply codes (a CSPRNG); the tests swap it to force two creates onto one code.</summary>
public sealed class ReplyCodeDraw(Func<int, int> next)
{
    public static ReplyCodeDraw Secure { get; } = new(RandomNumberGenerator.GetInt32);

    /// <summary>A uniform value in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => next(maxExclusive);
}
