using System.Text.Json.Nodes;

namespace Nerava.Bench;

/// <summary>One goal the benchmark enforces: what, the measured figures, and whether it was met.</summary>
internal sealed record Goal(string Name, string Measured, bool Pass)
{
    public static Goal Check(TextWriter o, string name, string measured, bool pass)
    {
        o.WriteLine($"    {(pass ? "PASS" : "FAIL")}  {name}: {measured}");
        return new Goal(name, measured, pass);
    }

    public static JsonArray ToJson(IEnumerable<Goal> goals) =>
        [.. goals.Select(g => new JsonObject { ["goal"] = g.Name, ["measured"] = g.Measured, ["pass"] = g.Pass })];
}
