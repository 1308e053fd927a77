using System.Globalization;

namespace Nerava.Bench.Http;

/// <summary>
/// CPU time of a process (or a process tree) from /proc: utime + stime of the process, plus cutime + cstime (the CPU of
/// children it already reaped) and the live children for a tree. PostgreSQL forks a backend per connection, so its CPU
/// is the postmaster's tree.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int pid) => Read(pid) is { } s ? Ticks(s.UserTicks + s.SystemTicks) : TimeSpan.Zero;

    public static TimeSpan OfTree(int rootPid)
    {
        if (Read(rootPid) is not { } root)
        {
            return TimeSpan.Zero;
        }

        long ticks = root.UserTicks + root.SystemTicks + root.ChildUserTicks + root.ChildSystemTicks;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid != rootPid && Read(pid) is { } child && child.ParentPid == rootPid)
            {
                ticks += child.UserTicks + child.SystemTicks;
            }
        }

        return Ticks(ticks);
    }

    private static TimeSpan Ticks(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);

    private static Stat? Read(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // the process ended between listing and reading
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name may contain spaces and parentheses: the fields start after the last ')'.
        var f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long L(int i) => long.Parse(f[i], CultureInfo.InvariantCulture);
        return new Stat((int)L(1), L(11), L(12), L(13), L(14));
    }

    private sealed record Stat(int ParentPid, long UserTicks, long SystemTicks, long ChildUserTicks, long ChildSystemTicks);
}
