using System.Net.WebSockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Hosting;
using Nerava.Ocpp.Connections;
using Nerava.Ocpp.Framing;
using Nerava.Ocpp.Security;

namespace Nerava.Api.Features.Ocpp;

/// <summary>
/// GET /ocpp/{chargePointId} — the OCPP 1.6-J central system. Security profiles 1 and 2: HTTP Basic with the charge
/// point id and its AuthorizationKey, checked before the upgrade (401 for unknown ids and bad keys alike); the
/// subprotocol must be <c>ocpp1.6</c>. The newest socket of a charge point wins; the old one is closed.
/// </summary>
public static class OcppEndpoint
{
    public const string Path = "/ocpp";

    private static readonly string UnknownIdHash = AuthorizationKeys.Hash(AuthorizationKeys.NewKey());

    public static async Task HandleAsync(HttpContext http, string chargePointId, NeravaDbContext db, OcppConnectionRegistry registry,
        CentralSystemHandler handler, OcppPresence presence, IOptions<OcppOptions> options, ILoggerFactory loggers,
        IHostApplicationLifetime lifetime)
    {
        var logger = loggers.CreateLogger("Nerava.Ocpp");
        if (!await AuthenticateAsync(http, chargePointId, db))
        {
            logger.LogWarning("OCPP upgrade refused for {ChargePointId}: bad credentials", chargePointId);
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"OCPP\", charset=\"UTF-8\"";
            await Problems.Unauthorized(ErrorCodes.Unauthorized, "Unknown charge point or wrong authorization key.").ExecuteAsync(http);
            return;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Problems.BadRequest(OcppProblemCodes.UpgradeRequired, "This endpoint speaks OCPP 1.6-J over WebSocket.").ExecuteAsync(http);
            return;
        }

        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(OcppActions.Subprotocol, StringComparer.Ordinal))
        {
            await Problems.BadRequest(OcppProblemCodes.SubprotocolRequired, "Sec-WebSocket-Protocol must offer ocpp1.6.").ExecuteAsync(http);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = OcppActions.Subprotocol,
            KeepAliveInterval = TimeSpan.FromSeconds(30),
            KeepAliveTimeout = TimeSpan.FromSeconds(60),
        });
        var connection = new OcppConnection(chargePointId, socket, handler,
            new OcppConnectionOptions { CallTimeout = options.Value.CallTimeout }, logger);
        if (registry.Register(connection) is { } previous)
        {
            await previous.CloseAsync(WebSocketCloseStatus.PolicyViolation, "Replaced by a newer connection", CancellationToken.None);
        }

        await presence.ConnectedAsync(chargePointId, CancellationToken.None);
        logger.LogInformation("OCPP charge point {ChargePointId} connected", chargePointId);
        try
        {
            await connection.RunAsync(lifetime.ApplicationStopping);
        }
        finally
        {
            if (registry.Unregister(connection))
            {
                await presence.DisconnectedAsync(chargePointId, CancellationToken.None);
            }

            logger.LogInformation("OCPP charge point {ChargePointId} disconnected", chargePointId);
        }
    }

    private static async Task<bool> AuthenticateAsync(HttpContext http, string chargePointId, NeravaDbContext db)
    {
        var password = BasicCredentials.PasswordFor(http.Request.Headers.Authorization, chargePointId);
        var hash = chargePointId.Length <= 48
            ? await db.ChargePoints.AsNoTracking().Where(c => c.Id == chargePointId).Select(c => c.AuthorizationKeyHash).SingleOrDefaultAsync(http.RequestAborted)
            : null;
        // Unknown ids cost the same hash as known ones, so timing does not tell which ids exist.
        var verified = AuthorizationKeys.Verify(password ?? [], hash ?? UnknownIdHash);
        return password is not null && hash is not null && verified;
    }
}
