namespace Nerava.Smartcar.Simulator.Token;

/// <summary>
/// <c>POST oauth/token</c> (auth.smartcar.com): the authorization-code and refresh-token grants for Connect tokens, and
/// <c>POST oauth2/token</c> (iam.smartcar.com): the v3 client-credentials application token.
/// </summary>
public static class TokenEndpoints
{
    public static void MapTokens(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("oauth/token", ExchangeAsync).DisableAntiforgery();
        group.MapPost("oauth2/token", ApplicationTokenAsync).DisableAntiforgery();
    }

    private static async Task ExchangeAsync(HttpContext context, SimulatorState state)
    {
        state.Stats.CountRequest("oauth POST /oauth/token");
        if (!context.Request.HasFormContentType)
        {
            await OAuthResponses.ErrorAsync(context, 400, "invalid_request", "The body must be application/x-www-form-urlencoded.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (clientId, clientSecret) = OAuthResponses.ClientCredentials(context.Request, form);
        var application = state.Applications.Authenticate(clientId, clientSecret);
        if (application is null)
        {
            await OAuthResponses.ErrorAsync(context, 401, "invalid_client", "Invalid client credentials.");
            return;
        }

        var grantType = form["grant_type"].ToString();
        var result = grantType switch
        {
            "authorization_code" => state.Tokens.RedeemCode(application.ClientId, form["code"], form["redirect_uri"]),
            "refresh_token" => state.Tokens.Refresh(application.ClientId, form["refresh_token"]),
            "" => TokenResult.Failure("invalid_request", "Missing required parameter: grant_type."),
            _ => TokenResult.Failure("unsupported_grant_type", $"Unsupported grant_type: {grantType}"),
        };

        if (result.Pair is not { } pair)
        {
            await OAuthResponses.ErrorAsync(context, 400, result.Error!, result.ErrorDescription!);
            return;
        }

        await OAuthResponses.OkAsync(context, new
        {
            access_token = pair.AccessToken,
            token_type = "Bearer",
            expires_in = (int)pair.ExpiresIn.TotalSeconds,
            refresh_token = pair.RefreshToken,
        });
    }

    private static async Task ApplicationTokenAsync(HttpContext context, SimulatorState state)
    {
        state.Stats.CountRequest("iam POST /oauth2/token");
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        var grantType = form["grant_type"].ToString();
        var (clientId, clientSecret) = OAuthResponses.ClientCredentials(context.Request, form);
        if (clientId is null || clientSecret is null || grantType.Length == 0)
        {
            await OAuthResponses.ErrorAsync(context, 400, "invalid_request", "grant_type, client_id and client_secret are required.");
            return;
        }

        if (grantType != "client_credentials")
        {
            await OAuthResponses.ErrorAsync(context, 400, "unsupported_grant_type", $"Unsupported grant_type: {grantType}");
            return;
        }

        var application = state.Applications.Authenticate(clientId, clientSecret);
        if (application is null)
        {
            await OAuthResponses.ErrorAsync(context, 401, "invalid_client", "Invalid client credentials.");
            return;
        }

        var (token, expiresIn) = state.Tokens.IssueApplicationToken(application.ClientId);
        await OAuthResponses.OkAsync(context, new { access_token = token, token_type = "Bearer", expires_in = (int)expiresIn.TotalSeconds });
    }
}
