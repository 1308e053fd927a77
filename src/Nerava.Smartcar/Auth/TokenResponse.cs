using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Auth;

/// <summary>Wire body of <c>POST /oauth/token</c> and <c>POST /oauth2/token</c>.</summary>
internal sealed class TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; set; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; set; }
}
