using System.Diagnostics;
using System.Text.Json;
using Nerava.Api.Hosting;
using Nerava.Ocpp.Connections;
using Nerava.Ocpp.Framing;

namespace Nerava.Api.Features.Ocpp;

/// <summary>Answers charge points' CALLs: each one in a scope of its own, dispatched to <see cref="ChargePointMessages"/>.</summary>
public sealed class CentralSystemHandler(IServiceScopeFactory scopes) : IOcppCallHandler
{
    public IReadOnlySet<string> Actions => OcppActions.Inbound;

    public async Task<JsonElement> HandleAsync(OcppConnection connection, OcppCall call, CancellationToken ct)
    {
        using var span = NeravaTracing.OcppCall(connection.Identity, call.Action);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var messages = scope.ServiceProvider.GetRequiredService<ChargePointMessages>();
            return await messages.HandleAsync(connection.Identity, call, ct);
        }
        catch (Exception ex)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
