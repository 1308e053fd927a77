using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Auth;

public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType = "Bearer");

/// <summary>Issues access JWTs and rotating refresh tokens (stored as hashes only).</summary>
public sealed class TokenIssuer(NeravaDbContext db, SigningKeyProvider keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    private const string RefreshPurpose = "refresh";
    private readonly AuthOptions _options = options.Value;

    public async Task<TokenResponse> IssueAsync(string kind, Guid subjectId, string? merchantId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, subjectId.ToString()),
            new(ClaimTypes.Role, kind),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (merchantId is not null)
        {
            claims.Add(new Claim(Roles.MerchantIdClaim, merchantId));
        }

        var jwt = new JwtSecurityToken(_options.Issuer, _options.Audience, claims, now.UtcDateTime,
            (now + _options.AccessTokenLifetime).UtcDateTime,
            new SigningCredentials(new SymmetricSecurityKey(keys.Key), SecurityAlgorithms.HmacSha256));
        var refresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        db.RefreshTokens.Add(new RefreshToken
        {
            Id = Guid.NewGuid(),
            TokenHash = keys.Hash(RefreshPurpose, refresh),
            SubjectKind = kind,
            SubjectId = subjectId,
            CreatedAt = now,
            ExpiresAt = now + _options.RefreshTokenLifetime,
        });
        await db.SaveChangesAsync(ct);
        return new TokenResponse(new JwtSecurityTokenHandler().WriteToken(jwt), refresh,
            (int)_options.AccessTokenLifetime.TotalSeconds);
    }

    /// <summary>Revokes the presented refresh token (single use, guarded) and returns its subject, or null.</summary>
    public async Task<RefreshToken?> RedeemAsync(string refreshToken, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hash = keys.Hash(RefreshPurpose, refreshToken);
        var token = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }

        // Guarded: of two concurrent refreshes with one token, exactly one wins.
        var won = await db.RefreshTokens.Where(t => t.Id == token.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        return won == 1 ? token : null;
    }
}
