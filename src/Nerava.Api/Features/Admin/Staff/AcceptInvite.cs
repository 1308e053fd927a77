using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin.Staff;

public sealed record AcceptInviteRequest(string? Token, string? Password);

/// <summary>
/// POST /v1/merchant/auth/accept-invite: the link's token sets the staff member's password and logs them in. The token
/// works once (guarded update), only before it expires, and never for a disabled account; every failure is one answer.
/// </summary>
public static class AcceptInvite
{
    public const int MinPasswordLength = 12;

    public static void MapAcceptInvite(this IEndpointRouteBuilder app) =>
        app.MapPost("/v1/merchant/auth/accept-invite", HandleAsync).AllowAnonymous().WithTags("Merchant");

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(AcceptInviteRequest request,
        NeravaDbContext db, StaffInvites invites, IPasswordHasher<MerchantStaff> hasher, TokenIssuer tokens, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Require(!string.IsNullOrEmpty(request.Token), "token", "Required.").MaxLength(request.Token, 200, "token")
            .Require(request.Password is { Length: >= MinPasswordLength and <= 200 }, "password", $"{MinPasswordLength} to 200 characters.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var now = clock.GetUtcNow();
        var hash = invites.HashOf(request.Token!);
        var invite = await db.StaffInvites.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        var staff = invite is null ? null : await db.MerchantStaff.SingleOrDefaultAsync(s => s.Id == invite.StaffId, ct);
        if (invite is null || staff is null || invite.UsedAt is not null || invite.ExpiresAt <= now || staff.DisabledAt is not null)
        {
            return Invalid();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var won = await db.StaffInvites.Where(i => i.Id == invite.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct);
        if (won != 1)
        {
            return Invalid();
        }

        staff.PasswordHash = hasher.HashPassword(staff, request.Password!);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(await tokens.IssueAsync(Roles.MerchantStaff, staff.Id, staff.MerchantId, ct));
    }

    private static ProblemHttpResult Invalid() =>
        Problems.BadRequest(AdminErrorCodes.InviteInvalid, "This link is not valid.", "It may have been used or expired; ask for a new one.");
}
