using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Tests.Infrastructure;

namespace Nerava.Smartcar.Tests.Errors;

public sealed class SmartcarErrorParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Func<string, string?> Headers(params (string Name, string Value)[] headers) =>
        name => headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    [Fact]
    public void V2_asleep_body_maps_every_field()
    {
        var error = SmartcarErrorParser.Parse(409, Fixture.Read("errors/v2-vehicle-state-asleep.json"), Headers(), Now);

        Assert.Equal(409, error.StatusCode);
        Assert.Equal(SmartcarErrorType.VehicleState, error.ErrorType);
        Assert.Equal("VEHICLE_STATE", error.Type);
        Assert.Equal("ASLEEP", error.Code);
        Assert.Equal("The vehicle is in a sleep state and temporarily unable to perform your request.", error.Description);
        Assert.Equal("https://smartcar.com/docs/errors/api-errors/vehicle-state-errors#asleep", error.DocUrl);
        Assert.Equal("5dea93a1-3f79-4246-90c5-89610a20471b", error.RequestId);
        Assert.Equal(new SmartcarResolution(null, null), error.Resolution);
        Assert.StartsWith("Your vehicle is in a sleep state.", error.SuggestedUserMessage, StringComparison.Ordinal);
        Assert.Equal("VEHICLE_STATE:ASLEEP - The vehicle is in a sleep state and temporarily unable to perform your request.", error.Message);
        Assert.False(error.IsRetryable);
        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public void Vehicle_rate_limit_carries_retry_after_seconds()
    {
        var error = SmartcarErrorParser.Parse(429, Fixture.Read("errors/v2-rate-limit-vehicle.json"), Headers(("Retry-After", "120")), Now);

        Assert.Equal(SmartcarErrorType.RateLimit, error.ErrorType);
        Assert.Equal("VEHICLE", error.Code);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(SmartcarResolution.RetryLater, error.Resolution?.Type);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public void Smartcar_api_rate_limit_has_its_own_code_and_no_retry_after()
    {
        var error = SmartcarErrorParser.Parse(429, Fixture.Read("errors/v2-rate-limit-smartcar-api.json"), Headers(), Now);

        Assert.Equal(SmartcarErrorType.RateLimit, error.ErrorType);
        Assert.Equal("SMARTCAR_API", error.Code);
        Assert.Null(error.RetryAfter);
        Assert.Null(error.SuggestedUserMessage);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public void Reauthenticate_resolution_keeps_its_url()
    {
        var error = SmartcarErrorParser.Parse(400, Fixture.Read("errors/v2-connected-services-account-authentication-failed.json"), Headers(), Now);

        Assert.Equal(SmartcarErrorType.ConnectedServicesAccount, error.ErrorType);
        Assert.Equal(SmartcarResolution.Reauthenticate, error.Resolution?.Type);
        Assert.Equal("https://connect.smartcar.com/oauth/reauthenticate?response_type=vehicle_id", error.Resolution?.Url);
        Assert.True(error.RequiresReauthentication);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public void Validation_detail_array_is_kept()
    {
        var error = SmartcarErrorParser.Parse(400, Fixture.Read("errors/v2-validation-parameter.json"), Headers(), Now);

        Assert.Equal(SmartcarErrorType.Validation, error.ErrorType);
        Assert.Equal("PARAMETER", error.Code);
        Assert.Equal("limit", error.Detail!.Value[0].GetProperty("field").GetString());
    }

    [Fact]
    public void Authentication_error_with_null_code_and_header_request_id()
    {
        var error = SmartcarErrorParser.Parse(401, Fixture.Read("errors/v2-authentication.json"), Headers(("SC-Request-Id", "header-id")), Now);

        Assert.Equal(SmartcarErrorType.Authentication, error.ErrorType);
        Assert.Null(error.Code);
        Assert.Equal("b1b2c3d4-0000-4000-8000-000000000002", error.RequestId);
        Assert.StartsWith("AUTHENTICATION:null - ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void V3_errors_array_is_understood()
    {
        var error = SmartcarErrorParser.Parse(502, Fixture.Read("errors/v3-upstream-invalid-data.json"), Headers(("sc-request-id", "v3-req")), Now);

        Assert.Equal(SmartcarErrorType.Upstream, error.ErrorType);
        Assert.Equal("UPSTREAM", error.Type);
        Assert.Equal("INVALID_DATA", error.Code);
        Assert.Equal("The vehicle manufacturer returned data Smartcar could not process.", error.Description);
        Assert.Equal("https://smartcar.com/docs/errors/api-errors/v3/upstream-errors#invalid-data", error.DocUrl);
        Assert.Equal("v3-req", error.RequestId);
        Assert.Equal(SmartcarResolution.RetryLater, error.Resolution?.Type);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public void Non_json_gateway_page_becomes_a_retryable_sdk_error()
    {
        var html = Fixture.Read("errors/gateway-502.html");

        var error = SmartcarErrorParser.Parse(502, html, Headers(("SC-Request-Id", "edge-1")), Now);

        Assert.Equal(SmartcarErrorParser.SdkErrorType, error.Type);
        Assert.Equal(SmartcarErrorType.Upstream, error.ErrorType);
        Assert.Equal(html, error.RawBody);
        Assert.Equal("edge-1", error.RequestId);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public void Empty_body_falls_back_to_the_status()
    {
        var error = SmartcarErrorParser.Parse(429, "", Headers(("Retry-After", "3")), Now);

        Assert.Equal(SmartcarErrorType.RateLimit, error.ErrorType);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
    }

    [Fact]
    public void Json_without_type_or_error_is_an_sdk_error_with_the_raw_body()
    {
        var error = SmartcarErrorParser.Parse(500, """{"message":"boom"}""", Headers(), Now);

        Assert.Equal(SmartcarErrorParser.SdkErrorType, error.Type);
        Assert.Equal(SmartcarErrorType.Server, error.ErrorType);
        Assert.Equal("""{"message":"boom"}""", error.RawBody);
    }

    [Fact]
    public void String_resolution_is_normalised()
    {
        var error = SmartcarErrorParser.Parse(500, """{"type":"SERVER","code":"INTERNAL","description":"d","resolution":"RETRY_LATER"}""", Headers(), Now);

        Assert.Equal(new SmartcarResolution("RETRY_LATER", null), error.Resolution);
        Assert.True(error.IsRetryable);
    }

    [Theory]
    [InlineData("AUTHENTICATION", 401, SmartcarErrorType.Authentication)]
    [InlineData("PERMISSION", 403, SmartcarErrorType.Permission)]
    [InlineData("RATE_LIMIT", 429, SmartcarErrorType.RateLimit)]
    [InlineData("VEHICLE_STATE", 409, SmartcarErrorType.VehicleState)]
    [InlineData("UPSTREAM", 502, SmartcarErrorType.Upstream)]
    [InlineData("SERVER", 500, SmartcarErrorType.Server)]
    [InlineData("COMPATIBILITY", 501, SmartcarErrorType.Compatibility)]
    [InlineData("RESOURCE_NOT_FOUND", 404, SmartcarErrorType.ResourceNotFound)]
    [InlineData("BILLING", 430, SmartcarErrorType.Billing)]
    [InlineData("CONNECTED_SERVICES_ACCOUNT", 400, SmartcarErrorType.ConnectedServicesAccount)]
    [InlineData("VALIDATION", 400, SmartcarErrorType.Validation)]
    [InlineData("SOMETHING_NEW", 400, SmartcarErrorType.Unknown)]
    public void Every_documented_type_maps(string type, int status, SmartcarErrorType expected)
    {
        var error = SmartcarErrorParser.Parse(status, $$"""{"type":"{{type}}","code":null,"description":"d","docURL":null,"resolution":null}""", Headers(), Now);

        Assert.Equal(expected, error.ErrorType);
    }

    [Theory]
    [InlineData("RATE_LIMIT", "VEHICLE", null, true)]
    [InlineData("UPSTREAM", "NO_RESPONSE", "RETRY_LATER", true)]
    [InlineData("SERVER", "INTERNAL", "RETRY_LATER", true)]
    [InlineData("SERVER", "MULTIPLE_RECORDS_FOUND", "CONTACT_SUPPORT", false)]
    [InlineData("VEHICLE_STATE", "UNKNOWN", "RETRY_LATER", true)]
    [InlineData("VEHICLE_STATE", "ASLEEP", null, false)]
    [InlineData("BILLING", "VEHICLE_REQUEST_LIMIT", "CONTACT_SUPPORT", false)]
    [InlineData("COMPATIBILITY", "VEHICLE_NOT_CAPABLE", null, false)]
    [InlineData("PERMISSION", null, "REAUTHENTICATE", false)]
    [InlineData("AUTHENTICATION", null, null, false)]
    public void Retryability_follows_type_code_and_resolution(string type, string? code, string? resolution, bool retryable)
    {
        var codeJson = code is null ? "null" : $"\"{code}\"";
        var resolutionJson = resolution is null ? "null" : $"\"{resolution}\"";
        var error = SmartcarErrorParser.Parse(400, $$$"""{"type":"{{{type}}}","code":{{{codeJson}}},"description":"d","resolution":{"type":{{{resolutionJson}}}}}""", Headers(), Now);

        Assert.Equal(retryable, error.IsRetryable);
    }
}
