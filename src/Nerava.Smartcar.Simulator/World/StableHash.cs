namespace Nerava.Smartcar.Simulator.World;

/// <summary>FNV-1a over UTF-16 chars: string.GetHashCode is randomised per process, and seeds must survive restarts.</summary>
public static class StableHash
{
    public static int Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in value)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
