using System.Text.Json.Nodes;

namespace Nerava.Api.IntegrationTests.Features.Fuzz;

/// <summary>Smartcar webhook shapes (v4 VERIFY and VEHICLE_STATE) for the fuzzer to start from; the document has no schema for them.</summary>
public static class SmartcarWebhookBodies
{
    public static JsonNode Next(Random rng) => rng.Next(3) switch
    {
        0 => new JsonObject
        {
            ["eventId"] = Guid.NewGuid().ToString(),
            ["eventType"] = "VERIFY",
            ["data"] = new JsonObject { ["challenge"] = SchemaValues.RandomText(rng) },
            ["meta"] = new JsonObject { ["version"] = "4.0", ["webhookId"] = Guid.NewGuid().ToString() },
        },
        1 => new JsonObject
        {
            ["eventId"] = Guid.NewGuid().ToString(),
            ["eventType"] = "VEHICLE_STATE",
            ["data"] = new JsonObject
            {
                ["vehicle"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["make"] = "TESLA" },
                ["signals"] = new JsonArray(
                    new JsonObject
                    {
                        ["code"] = "location-preciselocation",
                        ["body"] = new JsonObject { ["latitude"] = 29.43, ["longitude"] = -98.48 },
                        ["status"] = new JsonObject { ["value"] = "SUCCESS" },
                    },
                    new JsonObject
                    {
                        ["code"] = "tractionbattery-stateofcharge",
                        ["body"] = new JsonObject { ["unit"] = "percent", ["value"] = rng.Next(0, 101) },
                        ["status"] = new JsonObject { ["value"] = "SUCCESS" },
                    }),
            },
            ["meta"] = new JsonObject { ["version"] = "4.0", ["webhookId"] = Guid.NewGuid().ToString() },
        },
        _ => new JsonObject { ["eventName"] = "verify", ["version"] = "2.0", ["payload"] = new JsonObject { ["challenge"] = "x" } },
    };
}
