using Nerava.Api.Features.Dev;
using Twilio.Security;

namespace Nerava.Api.IntegrationTests.Features.MerchantReplies;

/// <summary>
/// The dev outbox's signer against Twilio's published vectors (webhooks security guide and twilio-csharp's
/// RequestValidatorTest) and against the official RequestValidator the webhook verifies with.
/// </summary>
public sealed class TwilioRequestSignerTests
{
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    [Fact]
    public void Docs_worked_example_matches_and_the_official_validator_accepts_it()
    {
        var form = Form(("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212"));

        var signature = TwilioRequestSigner.Sign("12345", Url, form);

        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", signature);
        Assert.True(new RequestValidator("12345").Validate(Url, form, signature));
    }

    [Fact]
    public void Sdk_vector_matches_regardless_of_parameter_order()
    {
        var form = Form(("CallSid", "CA1234567890ABCDE"), ("From", "+14158675309"), ("Digits", "1234"), ("To", "+18005551212"), ("Caller", "+14158675309"));

        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioRequestSigner.Sign("12345", Url, form));
    }

    [Fact]
    public void Tampered_field_or_wrong_token_fail_the_official_validator()
    {
        var tampered = Form(("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "9999"), ("From", "+12349013030"), ("To", "+18005551212"));
        var form = Form(("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212"));

        Assert.False(new RequestValidator("12345").Validate(Url, tampered, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        Assert.False(new RequestValidator("54321").Validate(Url, form, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
    }

    private static Dictionary<string, string> Form(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
