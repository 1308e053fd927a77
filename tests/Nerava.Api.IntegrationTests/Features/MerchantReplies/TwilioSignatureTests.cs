using Nerava.Api.Features.MerchantReplies;

namespace Nerava.Api.IntegrationTests.Features.MerchantReplies;

/// <summary>Twilio's published vectors (webhooks security guide and twilio-csharp's RequestValidatorTest).</summary>
public sealed class TwilioSignatureTests
{
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    [Fact]
    public void Docs_worked_example_matches()
    {
        var form = Form(("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212"));

        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", TwilioSignature.Compute("12345", Url, form));
        Assert.True(TwilioSignature.Verify("12345", Url, form, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
    }

    [Fact]
    public void Sdk_vector_matches_regardless_of_parameter_order()
    {
        var form = Form(("CallSid", "CA1234567890ABCDE"), ("From", "+14158675309"), ("Digits", "1234"), ("To", "+18005551212"), ("Caller", "+14158675309"));

        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioSignature.Compute("12345", Url, form));
    }

    [Fact]
    public void Tampered_field_wrong_token_or_missing_header_fail()
    {
        var form = Form(("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"), ("To", "+18005551212"));
        var tampered = Form(("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "9999"), ("From", "+12349013030"), ("To", "+18005551212"));

        Assert.False(TwilioSignature.Verify("12345", Url, tampered, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        Assert.False(TwilioSignature.Verify("54321", Url, form, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        Assert.False(TwilioSignature.Verify("12345", Url, form, null));
    }

    private static List<KeyValuePair<string, string>> Form(params (string Key, string Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList();
}
