using System.Text;
using System.Text.Json;
using Nerava.Ocpp.Framing;

namespace Nerava.Ocpp.Tests;

public sealed class FramingTests
{
    private static (OcppMessage? Message, OcppFrameError? Error) Parse(string text) => OcppFrame.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_call_is_read_with_its_id_action_and_payload()
    {
        var (message, error) = Parse("""[2,"19223201","BootNotification",{"chargePointVendor":"VendorX","chargePointModel":"SingleSocket"}]""");

        Assert.Null(error);
        var call = Assert.IsType<OcppCall>(message);
        Assert.Equal(("19223201", "BootNotification"), (call.MessageId, call.Action));
        Assert.Equal("VendorX", call.Payload.GetProperty("chargePointVendor").GetString());
    }

    [Theory]
    [InlineData("not json", null)]
    [InlineData("{}", null)]
    [InlineData("""[2,1524699488,"Heartbeat",{}]""", null)]
    [InlineData("""[2,"","Heartbeat",{}]""", null)]
    [InlineData("""[2,"0123456789012345678901234567890123456","Heartbeat",{}]""", null)]
    [InlineData("""[2,"a1","Heartbeat"]""", "a1")]
    [InlineData("""[2,"a1","Heartbeat",{},1]""", "a1")]
    [InlineData("""[2,"a1",5,{}]""", "a1")]
    [InlineData("""[2,"a1","Heartbeat",null]""", "a1")]
    [InlineData("""[2,"a1","Heartbeat",[]]""", "a1")]
    public void A_malformed_frame_is_a_formation_violation_answered_only_when_its_id_is_readable(string text, string? id)
    {
        var (message, error) = Parse(text);

        Assert.Null(message);
        Assert.NotNull(error);
        Assert.Equal(OcppErrorCodes.FormationViolation, error.ErrorCode);
        Assert.Equal(id, error.MessageId);
    }

    [Fact]
    public void An_unknown_message_type_is_ignored()
    {
        Assert.Equal((null, null), Parse("""[7,"a1","Heartbeat",{}]"""));
    }

    [Fact]
    public void Results_and_errors_have_the_j16_shapes()
    {
        var payload = JsonDocument.Parse("""{"status":"Accepted"}""").RootElement;

        Assert.Equal("""[3,"m1",{"status":"Accepted"}]""", Encoding.UTF8.GetString(OcppFrame.Write(new OcppCallResult("m1", payload))));
        Assert.Equal("""[4,"m1","NotImplemented","nope",{}]""",
            Encoding.UTF8.GetString(OcppFrame.Write(OcppFrame.Error("m1", OcppErrorCodes.NotImplemented, "nope"))));
        var error = Assert.IsType<OcppCallError>(Parse("""[4,"m2","GenericError","",{}]""").Message);
        Assert.Equal("GenericError", error.ErrorCode);
    }

    [Fact]
    public void A_result_with_an_action_name_is_malformed()
    {
        Assert.NotNull(Parse("""[3,"m1","StartTransactionResponse",{}]""").Error);
    }
}
