using System.Text.Json;
using Nerava.Ocpp.Framing;
using Nerava.Ocpp.Schemas;

namespace Nerava.Ocpp.Tests;

public sealed class SchemaTests
{
    private static SchemaViolation? Request(string action, string json) => OcppSchemas.ValidateRequest(action, JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Valid_core_requests_pass()
    {
        Assert.Null(Request("BootNotification", """{"chargePointVendor":"Nerava","chargePointModel":"Sim-2"}"""));
        Assert.Null(Request("Heartbeat", "{}"));
        Assert.Null(Request("StatusNotification", """{"connectorId":2,"errorCode":"NoError","status":"SuspendedEV","timestamp":"2026-11-30T10:00:00Z"}"""));
        Assert.Null(Request("StartTransaction", """{"connectorId":1,"idTag":"NVABCDEF0123456789","meterStart":0,"timestamp":"2026-11-30T10:00:00.000Z"}"""));
        Assert.Null(Request("MeterValues",
            """{"connectorId":1,"transactionId":7,"meterValue":[{"timestamp":"2026-11-30T10:00:00Z","sampledValue":[{"value":"80","measurand":"SoC","unit":"Percent","location":"EV"}]}]}"""));
        Assert.Null(Request("StopTransaction", """{"transactionId":7,"meterStop":1200,"timestamp":"2026-11-30T10:00:00Z","reason":"EVDisconnected"}"""));
    }

    [Theory]
    [InlineData("BootNotification", """{"chargePointVendor":"Nerava"}""", OcppErrorCodes.OccurenceConstraintViolation)]
    [InlineData("BootNotification", """{"chargePointVendor":"Nerava","chargePointModel":"a-model-name-longer-than-twenty"}""", OcppErrorCodes.PropertyConstraintViolation)]
    [InlineData("BootNotification", """{"chargePointVendor":"Nerava","chargePointModel":"M","extra":1}""", OcppErrorCodes.FormationViolation)]
    [InlineData("StatusNotification", """{"connectorId":"one","errorCode":"NoError","status":"Available"}""", OcppErrorCodes.TypeConstraintViolation)]
    [InlineData("StatusNotification", """{"connectorId":1,"errorCode":"NoError","status":"Sleeping"}""", OcppErrorCodes.PropertyConstraintViolation)]
    [InlineData("Authorize", """{"idTag":"012345678901234567890"}""", OcppErrorCodes.PropertyConstraintViolation)]
    [InlineData("StartTransaction", """{"connectorId":1,"idTag":"A","meterStart":0,"timestamp":"yesterday"}""", OcppErrorCodes.PropertyConstraintViolation)]
    public void Violations_map_to_the_j16_error_codes(string action, string json, string code)
    {
        Assert.Equal(code, Request(action, json)?.ErrorCode);
    }

    [Fact]
    public void Our_answers_are_checked_too()
    {
        var missingTx = JsonDocument.Parse("""{"idTagInfo":{"status":"Accepted"}}""").RootElement;
        Assert.Equal(OcppErrorCodes.OccurenceConstraintViolation, OcppSchemas.ValidateResponse("StartTransaction", missingTx)?.ErrorCode);
        var extra = JsonDocument.Parse("""{"status":"Accepted","currentTime":"2026-11-30T10:00:00Z","interval":300,"heartbeatInterval":300}""").RootElement;
        Assert.NotNull(OcppSchemas.ValidateResponse("BootNotification", extra));
    }
}
