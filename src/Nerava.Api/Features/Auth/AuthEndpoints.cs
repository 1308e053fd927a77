using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Auth;

public sealed record OtpStartRequest(string? Phone);
public sealed record OtpStartResponse(bool Sent, int ExpiresIn);
public sealed record OtpVerifyRequest(string? Phone, string? Code);
public sealed record RefreshRequest(string? RefreshToken);

/// <summary>Driver login by phone OTP, token refresh and logout.</summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/auth").WithTags("Auth").AllowAnonymous();
        group.MapPost("/otp/start", StartAsync);
        group.MapPost("/otp/verify", VerifyAsync);
        group.MapPost("/refresh", RefreshAsync);
        group.MapPost("/logout", LogoutAsync);
        return group;
    }

    private static async Task<Results<Accepted<OtpStartResponse>, ValidationProblem, ProblemHttpResult>> StartAsync(
        OtpStartRequest request, OtpService otp, NeravaMetrics metrics, HttpContext http, CancellationToken ct)
    {
        if (!PhoneNumber.IsE164(request.Phone))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["phone"] = ["Must be an E.164 number such as +15125550100."] });
        }

        var ip = http.ClientAddress();
        var result = await otp.StartAsync(request.Phone!, ip, ct);
        metrics.OtpSend(result switch
        {
            OtpStartResult.Sent => "sent",
            OtpStartResult.NotSupported => "not_supported",
            _ => "rate_limited",
        });
        return result switch
        {
            OtpStartResult.Sent sent => TypedResults.Accepted((string?)null, new OtpStartResponse(true, (int)sent.ExpiresIn.TotalSeconds)),
            OtpStartResult.Limited limited => Problems.TooManyRequests(http, ErrorCodes.OtpRateLimited,
                "Too many codes requested.", limited.RetryAfter),
            OtpStartResult.NotSupported => Problems.BadRequest(ErrorCodes.PhoneNotSupported, "We can't text a login code to this number.",
                "Use a mobile number from a region we serve."),
            _ => throw new InvalidOperationException("Unknown OTP start result."),
        };
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        OtpVerifyRequest request, OtpService otp, DriverAccounts drivers, TokenIssuer tokens, HttpContext http, CancellationToken ct)
    {
        var v = new Validator()
            .Require(PhoneNumber.IsE164(request.Phone), "phone", "Must be an E.164 number such as +15125550100.")
            .Require(request.Code is { Length: 6 } c && c.All(char.IsAsciiDigit), "code", "Must be the 6-digit code.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        switch (await otp.VerifyAsync(request.Phone!, request.Code!, ct))
        {
            case OtpVerifyStatus.Ok:
                var driver = await drivers.GetOrCreateAsync(request.Phone!, ct);
                return TypedResults.Ok(await tokens.IssueAsync(Roles.Driver, driver.Id, null, ct));
            case OtpVerifyStatus.Expired:
                return Problems.Unauthorized(ErrorCodes.OtpExpired, "This code has expired.", "Ask for a new code.");
            case OtpVerifyStatus.Used:
                return Problems.Unauthorized(ErrorCodes.OtpUsed, "This code was already used.", "Ask for a new code.");
            case OtpVerifyStatus.TooManyAttempts:
                return Problems.TooManyRequests(http, ErrorCodes.OtpTooManyAttempts, "Too many wrong codes.", TimeSpan.FromMinutes(10));
            default:
                return Problems.Unauthorized(ErrorCodes.OtpInvalid, "That code is not right.");
        }
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, TokenIssuer tokens, StaffAccounts staff, CancellationToken ct)
    {
        var redeemed = string.IsNullOrEmpty(request.RefreshToken) ? null : await tokens.RedeemAsync(request.RefreshToken, ct);
        if (redeemed is null)
        {
            return Problems.Unauthorized(ErrorCodes.RefreshTokenInvalid, "The refresh token is not valid.", "Log in again.");
        }

        var merchantId = redeemed.SubjectKind == Roles.MerchantStaff ? await staff.MerchantOfAsync(redeemed.SubjectId, ct) : null;
        return TypedResults.Ok(await tokens.IssueAsync(redeemed.SubjectKind, redeemed.SubjectId, merchantId, ct));
    }

    private static async Task<NoContent> LogoutAsync(RefreshRequest request, TokenIssuer tokens, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(request.RefreshToken))
        {
            await tokens.RedeemAsync(request.RefreshToken, ct);
        }

        return TypedResults.NoContent();
    }
}
