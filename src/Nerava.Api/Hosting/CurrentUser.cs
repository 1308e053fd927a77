using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;

namespace Nerava.Api.Hosting;

/// <summary>Reads the caller's identity from the validated token.</summary>
public static class CurrentUser
{
    public static Guid SubjectId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("Authenticated principal without a subject."));

    public static string MerchantId(this ClaimsPrincipal user) =>
        user.FindFirstValue("merchant_id") ?? throw new InvalidOperationException("Merchant principal without merchant_id.");
}
