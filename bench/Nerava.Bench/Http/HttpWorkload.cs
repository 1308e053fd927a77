namespace Nerava.Bench.Http;

/// <summary>One wrk run: a script, its variables, and the goal it must meet.</summary>
internal sealed record HttpWorkload(string Name, string Description, string Script, IReadOnlyDictionary<string, string> Env, HttpGoal Goal);

/// <summary>Per-request ceilings (CPU per request = process CPU time over the run ÷ requests).</summary>
internal sealed record HttpGoal(double MaxAppCpuMs, double? MaxPgCpuMs, double MaxP99Ms)
{
    public static readonly HttpGoal Read = new(0.35, null, 25);
    public static readonly HttpGoal Write = new(1.0, 1.0, 50);
}
