using System.Net.Http.Headers;
using System.Text;

namespace Nerava.Api.IntegrationTests.Features.Hosting;

/// <summary>
/// Every malformed input is the client's error: a 400/413/415 problem with an error code, never a 500 — including
/// the three 500s of issue #10 (empty multipart and Body=%00 to the Twilio webhook, a lone surrogate in a queued order).
/// </summary>
public sealed class MalformedInputTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Twilio_webhook_with_an_empty_or_truncated_multipart_body_is_a_400_problem(TestDatabase db)
    {
        var client = (await fixture.For(db)).CreateClient();

        var noParts = await client.SendAsync(Raw("POST", "/v1/webhooks/twilio/sms", "multipart/form-data; boundary=nerava", "\r\n"u8.ToArray(),
            chunked: true));
        var empty = await client.SendAsync(Raw("POST", "/v1/webhooks/twilio/sms", "multipart/form-data; boundary=nerava", []));
        var truncated = await client.SendAsync(Raw("POST", "/v1/webhooks/twilio/sms", "multipart/form-data; boundary=nerava",
            "--nerava\r\nContent-Disposition: form-data; name=\"Body\"\r\n\r\nDONE 1"u8.ToArray()));

        await ProblemAssert.IsAsync(noParts, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
        // An empty form parses (no fields) and is then simply not signed.
        await ProblemAssert.IsAsync(empty, HttpStatusCode.Forbidden, "INVALID_SIGNATURE");
        await ProblemAssert.IsAsync(truncated, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Twilio_webhook_with_a_nul_in_the_form_is_a_400_problem(TestDatabase db)
    {
        var client = (await fixture.For(db)).CreateClient();

        var response = await client.SendAsync(Raw("POST", "/v1/webhooks/twilio/sms", "application/x-www-form-urlencoded",
            "MessageSid=SM1&From=%2B12105550101&Body=%00"u8.ToArray()));

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "INVALID_CHARACTERS");
    }

    [Theory]
    [InlineData(TestDatabase.Postgres, new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(TestDatabase.Sqlite, new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(TestDatabase.Postgres, new byte[] { 0xFF })]
    [InlineData(TestDatabase.Sqlite, new byte[] { 0xC0, 0x80 })]
    public async Task A_lone_surrogate_or_invalid_utf8_in_a_queued_order_payload_is_a_400_problem(TestDatabase db, byte[] bad)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        byte[] body = [.. "{\"order_number\":\"Q-1\",\"payload\":{\"note\":\"a"u8, .. bad, .. "b\"}}"u8];

        var raw = await driver.SendAsync(Raw("POST", $"/v1/arrival/{id}/queue-order", "application/json", body));
        var escaped = await driver.SendAsync(Raw("POST", $"/v1/arrival/{id}/queue-order", "application/json",
            "{\"order_number\":\"Q-1\",\"payload\":{\"note\":\"a\\ud800b\"}}"u8.ToArray()));

        await ProblemAssert.IsAsync(raw, HttpStatusCode.BadRequest, "INVALID_ENCODING");
        await ProblemAssert.IsAsync(escaped, HttpStatusCode.BadRequest, "INVALID_ENCODING");
        Assert.Equal(HttpStatusCode.NotFound, (await driver.GetAsync($"/v1/arrival/{id}/queued-order")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Nul_characters_in_json_strings_queries_and_headers_are_400_problems(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var order = await driver.SendAsync(Raw("PUT", $"/v1/arrival/{id}/order", "application/json",
            "{\"order_number\":\"A\\u0000B\"}"u8.ToArray()));
        var query = await driver.GetAsync("/v1/merchants?charger_id=%00");
        using var header = new HttpRequestMessage(HttpMethod.Post, "/v1/arrival/create") { Content = JsonContent.Create(new { merchant_id = "x" }) };
        header.Headers.TryAddWithoutValidation("Idempotency-Key", "key\0");
        var idempotency = await driver.SendAsync(header);

        await ProblemAssert.IsAsync(order, HttpStatusCode.BadRequest, "INVALID_CHARACTERS");
        await ProblemAssert.IsAsync(query, HttpStatusCode.BadRequest, "INVALID_CHARACTERS");
        await ProblemAssert.IsAsync(idempotency, HttpStatusCode.BadRequest, "INVALID_CHARACTERS");
        Assert.Equal("pending_order", await api.StatusAsync(id));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=nonsense")]
    [InlineData(null)]
    public async Task A_json_endpoint_given_another_content_type_is_a_415_problem(string? contentType)
    {
        var client = (await fixture.For(TestDatabase.Sqlite)).CreateClient();

        var response = await client.SendAsync(Raw("POST", "/v1/auth/otp/start", contentType, "{\"phone\":\"+15125550100\"}"u8.ToArray()));

        await ProblemAssert.IsAsync(response, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("/v1/auth/otp/start", 70_000, false)]
    [InlineData("/v1/auth/otp/start", 70_000, true)]
    [InlineData("/v1/webhooks/twilio/sms", 40_000, false)]
    public async Task A_body_over_the_routes_limit_is_a_413_problem(string path, int size, bool chunked)
    {
        var client = (await fixture.For(TestDatabase.Sqlite)).CreateClient();
        var form = path.Contains("twilio", StringComparison.Ordinal);
        var body = form
            ? Encoding.ASCII.GetBytes("Body=" + new string('a', size))
            : Encoding.ASCII.GetBytes($"{{\"phone\":\"{new string('1', size)}\"}}");

        var response = await client.SendAsync(Raw("POST", path, form ? "application/x-www-form-urlencoded" : "application/json", body, chunked));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
        Assert.Contains("at most", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_queued_order_payload_over_16_kib_is_a_413_problem(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var response = await driver.PostAsJsonAsync($"/v1/arrival/{id}/queue-order", new { payload = new { note = new string('n', 17_000) } });

        await ProblemAssert.IsAsync(response, HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Theory]
    [InlineData(40)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public async Task Deeply_nested_json_is_a_400_problem(int depth)
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        var nested = new string('[', depth) + new string(']', depth);

        var response = await driver.SendAsync(Raw("POST", $"/v1/arrival/{id}/queue-order", "application/json",
            Encoding.ASCII.GetBytes($"{{\"payload\":{nested}}}")));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
        Assert.Contains("deeper than", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"charger_id\":\"tesla-san-antonio-broadway\",\"lat\":1e400,\"lng\":-98.48}")]
    [InlineData("{\"charger_id\":\"tesla-san-antonio-broadway\",\"lat\":29.4,\"lng\":-98.48,\"accuracy_m\":-1e400}")]
    [InlineData("{\"charger_id\":\"tesla-san-antonio-broadway\",\"lat\":123456789012345678901234567890e300,\"lng\":0}")]
    public async Task Huge_numbers_are_400_problems(string body)
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var checkIn = await driver.SendAsync(Raw("POST", $"/v1/arrival/{id}/confirm-arrival", "application/json", Encoding.ASCII.GetBytes(body)));
        var order = await driver.SendAsync(Raw("PUT", $"/v1/arrival/{id}/order", "application/json",
            "{\"order_number\":\"A-1\",\"estimated_total_cents\":99999999999999999999999}"u8.ToArray()));

        await ProblemAssert.IsAsync(checkIn, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
        await ProblemAssert.IsAsync(order, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
    }

    [Fact]
    public async Task Framework_errors_are_problems_whatever_the_client_accepts()
    {
        var client = (await fixture.For(TestDatabase.Sqlite)).CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        var unauthorized = await client.GetAsync("/v1/me");
        var wrongMethod = await client.DeleteAsync("/v1/chargers");
        var negotiateGet = await client.GetAsync("/hubs/sessions/negotiate");
        var unknownConnection = await client.PostAsync("/hubs/sessions?id=nope", new ByteArrayContent([]));

        await ProblemAssert.IsAsync(unauthorized, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        await ProblemAssert.IsAsync(wrongMethod, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        Assert.True((int)negotiateGet.StatusCode is 401 or 405, $"{negotiateGet.StatusCode}");
        Assert.Equal("application/problem+json", negotiateGet.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/problem+json", unknownConnection.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signalr_transport_errors_become_problems_for_a_signed_in_driver()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();

        var negotiateGet = await driver.GetAsync("/hubs/sessions/negotiate");
        var unknownConnection = await driver.PostAsync("/hubs/sessions?id=nope", new ByteArrayContent([]));
        var noConnection = await driver.GetAsync("/hubs/sessions");

        await ProblemAssert.IsAsync(negotiateGet, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        await ProblemAssert.IsAsync(unknownConnection, HttpStatusCode.NotFound, "NOT_FOUND");
        await ProblemAssert.IsAsync(noConnection, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
    }

    private static HttpRequestMessage Raw(string method, string path, string? contentType, byte[] body, bool chunked = false)
    {
        HttpContent content = chunked ? new StreamContent(new NoLengthStream(body)) : new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
    }

    /// <summary>A body without a known length, as a chunked upload has.</summary>
    private sealed class NoLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
