using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Auth.Limits;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Auth;

public sealed record MerchantLoginRequest(string? Email, string? Password);
public sealed record MerchantMeResponse(Guid Id, string Email, string Name, string MerchantId, string MerchantName);

/// <summary>Merchant staff login; every staff token carries its one merchant.</summary>
public static class MerchantAuthEndpoints
{
    public static RouteGroupBuilder MapMerchantAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/merchant").WithTags("Merchant");
        group.MapPost("/auth/login", LoginAsync).AllowAnonymous();
        group.MapGet("/me", MeAsync).RequireAuthorization(Roles.MerchantPolicy);
        return group;
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        MerchantLoginRequest request, StaffAccounts staff, TokenIssuer tokens, StaffLoginLimiter limiter, HttpContext http, CancellationToken ct)
    {
        var v = new Validator()
            .Require(!string.IsNullOrWhiteSpace(request.Email), "email", "Required.").MaxLength(request.Email, 200, "email")
            .Require(!string.IsNullOrEmpty(request.Password), "password", "Required.").MaxLength(request.Password, 200, "password");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        // The attempt is counted before the password is checked, so racing guesses cannot exceed the limits.
        var gate = await limiter.EnterAsync(request.Email!, http.ClientAddress(), ct);
        if (gate is LoginGate.Limited limited)
        {
            return limited.AccountLocked
                ? Problems.TooManyRequests(http, ErrorCodes.LoginLocked, "Too many attempts: this account is locked for a while.", limited.RetryAfter)
                : Problems.TooManyRequests(http, ErrorCodes.LoginRateLimited, "Too many failed logins from this address.", limited.RetryAfter);
        }

        var account = await staff.CheckPasswordAsync(request.Email!, request.Password!, ct);
        if (account is null)
        {
            return Problems.Unauthorized(ErrorCodes.InvalidCredentials, "Email or password is wrong.");
        }

        await limiter.SucceededAsync((LoginGate.Open)gate, ct);
        return TypedResults.Ok(await tokens.IssueAsync(Roles.MerchantStaff, account.Id, account.MerchantId, ct));
    }

    private static async Task<Results<Ok<MerchantMeResponse>, ProblemHttpResult>> MeAsync(
        ClaimsPrincipal user, NeravaDbContext db, CancellationToken ct)
    {
        var id = user.SubjectId();
        var me = await db.MerchantStaff.AsNoTracking().Where(s => s.Id == id)
            .Join(db.Merchants, s => s.MerchantId, m => m.Id, (s, m) => new MerchantMeResponse(s.Id, s.Email, s.Name, m.Id, m.Name))
            .SingleOrDefaultAsync(ct);
        return me is null ? Problems.Unauthorized(ErrorCodes.Unauthorized, "Unknown staff account.") : TypedResults.Ok(me);
    }
}
