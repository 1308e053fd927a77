using System.Globalization;
using Xunit.Abstractions;

namespace Nerava.Api.IntegrationTests.Features.Fuzz;

/// <summary>
/// Generates requests from <c>/openapi/v1.json</c> for every operation (valid credentials for drivers and staff, broken
/// bodies, parameters and headers) and fails on any 5xx or any 4xx that is not a problem with an error code.
/// NERAVA_FUZZ_SEED, NERAVA_FUZZ_REQUESTS and NERAVA_FUZZ_CASE (one index) reproduce or widen a run.
/// </summary>
public sealed class OpenApiFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261130;
    private const int DefaultRequests = 5_000;

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Generated_requests_never_get_a_5xx_and_every_4xx_is_a_problem(TestDatabase db)
    {
        var seed = Setting("NERAVA_FUZZ_SEED", DefaultSeed);
        var count = Setting("NERAVA_FUZZ_REQUESTS", DefaultRequests);
        var only = Environment.GetEnvironmentVariable("NERAVA_FUZZ_CASE") is { Length: > 0 } one
            ? int.Parse(one, CultureInfo.InvariantCulture)
            : (int?)null;
        await using var api = await NeravaApiFactory.CreateAsync(db);
        using var client = api.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = OpenApiOperation.Parse(doc);
        var context = await FuzzContext.CreateAsync(api);
        var generator = new FuzzCaseGenerator(operations, new SchemaValues(new SchemaResolver(doc), context), context, seed);

        var violations = new List<FuzzOutcome>();
        var statuses = new SortedDictionary<int, int>();
        var covered = new HashSet<string>();
        var unsendable = 0;
        var target = only is null ? count : 1;
        var sent = 0;
        for (var index = only ?? 0; sent < target; index++)
        {
            var fuzzCase = generator.Generate(index);
            using var request = fuzzCase.ToRequest();
            if (NotSendable(fuzzCase))
            {
                unsendable++;
                if (only is not null)
                {
                    break;
                }

                continue;
            }

            sent++;

            using var response = await client.SendAsync(request);
            var outcome = await FuzzOutcome.ReadAsync(fuzzCase, response);
            statuses[outcome.Status] = statuses.GetValueOrDefault(outcome.Status) + 1;
            covered.Add($"{fuzzCase.Method} {fuzzCase.Url.Split('?')[0]}");
            if (outcome.Violation() is { } why)
            {
                violations.Add(outcome);
                output.WriteLine($"VIOLATION ({why}): {outcome}");
            }
        }

        var summary = $"fuzz ({db}, seed {seed}): {sent} requests over {operations.Count} operations, " +
                      $"{statuses.Where(s => s.Key >= 500).Sum(s => s.Value)} 5xx, {violations.Count} violations, " +
                      $"{unsendable} with a NUL in the path (Kestrel's 400 before the app); statuses " +
                      string.Join(' ', statuses.Select(s => $"{s.Key}×{s.Value}"));
        output.WriteLine(summary);
        Assert.True(violations.Count == 0, $"{summary}\n" + string.Join('\n', violations.Take(25)));
        if (only is null)
        {
            Assert.All(operations.Where(o => !o.Path.Contains('{', StringComparison.Ordinal)),
                o => Assert.Contains($"{o.Method} {o.Path}", covered));
        }
    }

    // The in-memory server refuses to build a request whose path decodes to a NUL, as Kestrel answers it 400 itself.
    private static bool NotSendable(FuzzCase c) => c.Url.Split('?')[0].Contains("%00", StringComparison.Ordinal);

    private static int Setting(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
