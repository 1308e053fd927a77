using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Auth;
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
        AdminLoginRequest request, AdminAccounts accounts, TokenIssuer tokens, CancellationToken ct)
    {
        var v = new Validator()
            .Require(!string.IsNullOrWhiteSpace(request.Email), "email", "Required.").MaxLength(request.Email, 200, "email")
            .Require(!string.IsNullOrEmpty(request.Password), "password", "Required.").MaxLength(request.Password, 200, "password");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var (outcome, account) = await accounts.CheckPasswordAsync(request.Email!, request.Password!, ct);
        return outcome switch
        {
            AdminLoginOutcome.Ok => TypedResults.Ok(await tokens.IssueAsync(Roles.Admin, account!.Id, null, ct)),
            AdminLoginOutcome.Locked => Problems.Create(429, AdminErrorCodes.AccountLocked, "Too many wrong passwords.",
                "The account is locked for a while; try again later."),
            _ => Problems.Unauthorized(ErrorCodes.InvalidCredentials, "Email or password is wrong."),
        };
    }

    private static async Task<Results<Ok<AdminMeResponse>, ProblemHttpResult>> MeAsync(ClaimsPrincipal user, NeravaDbContext db, CancellationToken ct)
    {
        var id = user.SubjectId();
        var me = await db.AdminAccounts.AsNoTracking().Where(a => a.Id == id && a.DisabledAt == null)
            .Select(a => new AdminMeResponse(a.Id, a.Email)).SingleOrDefaultAsync(ct);
        return me is null ? Problems.Unauthorized(ErrorCodes.Unauthorized, "Unknown admin account.") : TypedResults.Ok(me);
    }
}
