using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Nerava.Smartcar.Simulator.Tests.Infrastructure;

/// <summary>
/// A second Kestrel app playing the integrator's webhook endpoint: it answers VERIFY with an independently computed HMAC,
/// records every request (raw body and signature) and can fail deliveries on purpose.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = address.TrimEnd('/') + "/hook";
    }

    public string Url { get; }

    public string Secret { get; set; } = "receiver-secret";

    /// <summary>When false, VERIFY is answered with a wrong challenge.</summary>
    public bool AnswerVerifyCorrectly { get; set; } = true;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public IEnumerable<ReceivedWebhook> VehicleStates => Received.Where(r => r.Json["eventType"]!.GetValue<string>() == "VEHICLE_STATE");

    /// <summary>Number of upcoming non-VERIFY deliveries to answer with 500 (int.MaxValue = always).</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var raw = await reader.ReadToEndAsync();
            var json = JsonNode.Parse(raw)!.AsObject();
            var signature = context.Request.Headers["SC-Signature"].ToString();
            receiver!.Received.Enqueue(new ReceivedWebhook(raw, json, signature));
            if (json["eventType"]!.GetValue<string>() == "VERIFY")
            {
                var challenge = json["data"]!["challenge"]!.GetValue<string>();
                var answer = receiver.AnswerVerifyCorrectly ? Hmac(receiver.Secret, challenge) : "0000";
                return Results.Json(new Dictionary<string, string> { ["challenge"] = answer });
            }

            return Interlocked.Decrement(ref receiver._failuresLeft) >= 0 ? Results.StatusCode(500) : Results.NoContent();
        });
        await app.StartAsync();
        receiver = new WebhookReceiver(app);
        return receiver;
    }

    public static string Hmac(string secret, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));

    /// <summary>Polls until the condition holds (deliveries are asynchronous), failing after a timeout.</summary>
    public async Task WaitUntilAsync(Func<WebhookReceiver, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition(this))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}; received {Received.Count} requests.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(string RawBody, JsonObject Json, string Signature)
{
    public IEnumerable<string> TriggerCodes =>
        Json["triggers"]!.AsArray().Select(t => t!["signal"]?["code"]?.GetValue<string>() ?? t!["type"]!.GetValue<string>());
}
