using System.Text;
using Nerava.Smartcar.Internal;

namespace Nerava.Smartcar.Auth;

/// <summary>
/// Builds <c>{ConnectOrigin}/oauth/authorize?…</c> in the parameter order of the official Node SDK:
/// response_type, client_id, approval_prompt, redirect_uri, scope, state, single_select, single_select_vin, make, flags, user,
/// external_id, mode. Values are percent-encoded (spaces as <c>%20</c>).
/// </summary>
public static class ConnectUrlBuilder
{
    public static Uri Build(SmartcarOptions options, ConnectUrlRequest request)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);

        var query = new StringBuilder();
        Add(query, "response_type", "code");
        Add(query, "client_id", options.ClientId);
        Add(query, "approval_prompt", request.ForcePrompt ? "force" : "auto");
        Add(query, "redirect_uri", request.RedirectUri ?? options.RedirectUri);
        if (request.Scope.Count > 0)
        {
            Add(query, "scope", string.Join(' ', request.Scope));
        }

        Add(query, "state", request.State);
        if (request.SingleSelectVin is { Length: > 0 } vin)
        {
            Add(query, "single_select", "true");
            Add(query, "single_select_vin", vin);
        }
        else if (request.SingleSelect is { } singleSelect)
        {
            Add(query, "single_select", singleSelect ? "true" : "false");
        }

        Add(query, "make", request.Make);
        if (request.Flags.Count > 0)
        {
            Add(query, "flags", string.Join(' ', request.Flags.Select(flag => $"{flag.Key}:{flag.Value}")));
        }

        Add(query, "user", request.User);
        Add(query, "external_id", request.ExternalId);
        Add(query, "mode", ModeValue(request.Mode ?? options.Mode));

        return new Uri(SmartcarHttp.Combine(options.ConnectOrigin, "/oauth/authorize?") + query);
    }

    /// <summary>Wire value of a mode: <c>live</c>, <c>test</c> or <c>simulated</c>.</summary>
    public static string ModeValue(SmartcarMode mode) => mode switch
    {
        SmartcarMode.Live => "live",
        SmartcarMode.Test => "test",
        SmartcarMode.Simulated => "simulated",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown Smartcar mode."),
    };

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
