using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Auth;
using Nerava.Api.Features.Auth.Limits;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin;

public sealed record AdminLoginRequest(string? Email, string? Password);
public sealed record AdminMeResponse(Guid Id, string Email);

/// <summary>Admin login (a token with the admin role) and who-am-I.</summary>
public static class AdminAuthEndpoints
{
    public static void MapAdminAuth(this IEndpointRouteBuilder app, RouteGroupBuilder admin)
    {
        app.MapPost("/v1/admin/auth/login", LoginAsync).AllowAnonymous().WithTags("Admin");
        admin.MapGet("/me", MeAsync);
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        AdminLoginRequest request, AdminAccounts accounts, TokenIssuer tokens, StaffLoginLimiter limiter, HttpContext http, CancellationToken ct)
    {
        var v = new Validator()
            .Require(!string.IsNullOrWhiteSpace(request.Email), "email", "Required.").MaxLength(request.Email, 200, "email")
            .Require(!string.IsNullOrEmpty(request.Password), "password", "Required.").MaxLength(request.Password, 200, "password");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        // The staff login's limits (per address, per account with growing lockouts), counted before the password is
        // checked so racing guesses cannot exceed them; admin accounts are throttled apart from a staff account's email.
        var gate = await limiter.EnterAsync(AccountKey(request.Email!), http.ClientAddress(), ct);
        if (gate is LoginGate.Limited limited)
        {
            return limited.AccountLocked
                ? Problems.TooManyRequests(http, ErrorCodes.LoginLocked, "Too many attempts: this account is locked for a while.", limited.RetryAfter)
                : Problems.TooManyRequests(http, ErrorCodes.LoginRateLimited, "Too many failed logins from this address.", limited.RetryAfter);
        }

        var account = await accounts.CheckPasswordAsync(request.Email!, request.Password!, ct);
        if (account is null)
        {
            return Problems.Unauthorized(ErrorCodes.InvalidCredentials, "Email or password is wrong.");
        }

        await limiter.SucceededAsync((LoginGate.Open)gate, ct);
        return TypedResults.Ok(await tokens.IssueAsync(Roles.Admin, account.Id, null, ct));
    }

    private static string AccountKey(string email) => $"admin:{email.Trim().ToLowerInvariant()}";

    private static async Task<Results<Ok<AdminMeResponse>, ProblemHttpResult>> MeAsync(ClaimsPrincipal user, NeravaDbContext db, CancellationToken ct)
    {
        var id = user.SubjectId();
        var me = await db.AdminAccounts.AsNoTracking().Where(a => a.Id == id && a.DisabledAt == null)
            .Select(a => new AdminMeResponse(a.Id, a.Email)).SingleOrDefaultAsync(ct);
        return me is null ? Problems.Unauthorized(ErrorCodes.Unauthorized, "Unknown admin account.") : TypedResults.Ok(me);
    }
}
