using System.Text.Json.Nodes;

namespace Nerava.Bench.Http;

/// <summary>One workload's figures from wrk's result and the CPU the processes spent during the measured run.</summary>
internal static class HttpFigures
{
    public static JsonObject From(HttpWorkload workload, JsonObject wrk, TimeSpan appCpu, TimeSpan pgCpu, TimeSpan workerCpu)
    {
        var requests = Math.Max(1, wrk["requests"]!.GetValue<long>());
        var seconds = wrk["duration_us"]!.GetValue<long>() / 1e6;
        double Ms(string key) => Math.Round(wrk[key]!.GetValue<long>() / 1000.0, 2);
        double PerRequest(TimeSpan cpu) => Math.Round(cpu.TotalMilliseconds / requests, 3);
        var errors = wrk["socket_errors"]!.GetValue<long>() + wrk["unexpected"]!.GetValue<long>();
        var goal = workload.Goal;
        var met = errors == 0 && PerRequest(appCpu) <= goal.MaxAppCpuMs && Ms("p99_us") <= goal.MaxP99Ms
            && (goal.MaxPgCpuMs is not { } pgMax || PerRequest(pgCpu) <= pgMax);
        return new JsonObject
        {
            ["workload"] = workload.Name,
            ["requests"] = requests,
            ["requests_per_s"] = Math.Round(requests / seconds, 1),
            ["p50_ms"] = Ms("p50_us"),
            ["p90_ms"] = Ms("p90_us"),
            ["p99_ms"] = Ms("p99_us"),
            ["max_ms"] = Ms("max_us"),
            ["app_cpu_ms_per_request"] = PerRequest(appCpu),
            ["pg_cpu_ms_per_request"] = PerRequest(pgCpu),
            ["worker_cpu_ms_per_request"] = PerRequest(workerCpu),
            ["non_2xx"] = wrk["non_2xx"]!.GetValue<long>(),
            ["errors"] = errors,
            ["unexpected_by_status"] = wrk["unexpected_by_status"]!.DeepClone(),
            ["unexpected_sample"] = wrk["unexpected_sample"]!.DeepClone(),
            ["goal"] = new JsonObject
            {
                ["app_cpu_ms_per_request"] = goal.MaxAppCpuMs,
                ["pg_cpu_ms_per_request"] = goal.MaxPgCpuMs,
                ["p99_ms"] = goal.MaxP99Ms,
            },
            ["goal_met"] = met,
        };
    }

    public static JsonObject Brief(JsonObject f) => new()
    {
        ["requests_per_s"] = f["requests_per_s"]!.DeepClone(),
        ["p99_ms"] = f["p99_ms"]!.DeepClone(),
        ["app_cpu_ms_per_request"] = f["app_cpu_ms_per_request"]!.DeepClone(),
        ["pg_cpu_ms_per_request"] = f["pg_cpu_ms_per_request"]!.DeepClone(),
        ["goal_met"] = f["goal_met"]!.DeepClone(),
    };
}
