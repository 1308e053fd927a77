using Nerava.Smartcar.Simulator.Webhooks;

namespace Nerava.Smartcar.Simulator.Admin;

/// <summary>
/// Webhook registration (one per application). Registering sends VERIFY at once; a webhook whose receiver fails the challenge
/// is stored as <c>verification_failed</c> and gets no events, as Smartcar "will not activate the webhook".
/// </summary>
public static class AdminWebhookHandlers
{
    public static async Task CreateAsync(HttpContext context, SimulatorState state, WebhookSender sender)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(sender);
        var request = await AdminIo.ReadAsync<WebhookRequest>(context);
        if (request is null || !Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            await AdminIo.BadRequestAsync(context, "client_id and an absolute http(s) url are required.");
            return;
        }

        var application = state.Applications.Find(request.ClientId);
        if (application is null)
        {
            await AdminIo.NotFoundAsync(context, $"No application '{request.ClientId}'.");
            return;
        }

        // Smartcar signs with the Application Management Token; a separate secret may be given for convenience.
        var pending = new SimWebhook(
            application.WebhookId ?? Guid.NewGuid().ToString(), application.ClientId, url.ToString(), string.IsNullOrEmpty(request.Secret) ? application.ManagementToken : request.Secret,
            string.IsNullOrWhiteSpace(request.Name) ? "Simulator webhook" : request.Name, false, state.TimeProvider.GetUtcNow());
        var webhook = pending with { Verified = await sender.VerifyAsync(pending, context.RequestAborted) };
        state.Webhooks.Save(webhook);
        state.OnWorldChanged();
        await AdminIo.OkAsync(context, ToResponse(webhook), StatusCodes.Status201Created);
    }

    public static Task ListAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return AdminIo.OkAsync(context, new { webhooks = state.Webhooks.All.Select(ToResponse).ToArray() });
    }

    public static Task DeleteAsync(HttpContext context, string webhookId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Webhooks.Remove(webhookId))
        {
            return AdminIo.NotFoundAsync(context, $"No webhook '{webhookId}'.");
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>Evaluates signal changes now instead of waiting for the next interval (deterministic tests).</summary>
    public static Task EvaluateAsync(HttpContext context, WebhookDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        return AdminIo.OkAsync(context, new { deliveriesStarted = dispatcher.Evaluate() });
    }

    /// <summary>Waits for in-flight deliveries (including retries) to finish.</summary>
    public static async Task DrainAsync(HttpContext context, WebhookDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(dispatcher);
        await dispatcher.DrainAsync(context.RequestAborted);
        await AdminIo.OkAsync(context, new { inFlight = dispatcher.InFlight });
    }

    private static WebhookResponse ToResponse(SimWebhook w) => new(w.Id, w.ClientId, w.Url, w.Name, w.Status, w.Verified);
}
