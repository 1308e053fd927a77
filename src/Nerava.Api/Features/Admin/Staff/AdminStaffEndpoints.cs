using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Admin.Merchants;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin.Staff;

public sealed record AdminStaffInviteRequest(string? Email, string? Name);

/// <summary>A staff account; status is invited (no password yet), active or disabled.</summary>
public sealed record AdminStaff(Guid Id, string MerchantId, string Email, string Name, string Status, DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt)
{
    public static AdminStaff From(MerchantStaff s) => new(s.Id, s.MerchantId, s.Email, s.Name,
        s.DisabledAt is not null ? "disabled" : s.PasswordHash.Length == 0 ? "invited" : "active", s.CreatedAt, s.DisabledAt);
}

/// <summary>Staff accounts: invite (one-time link by email), reset (new link, old password and sessions revoked), disable, enable.</summary>
public static class AdminStaffEndpoints
{
    public static void MapAdminStaff(this RouteGroupBuilder admin)
    {
        admin.MapGet("/merchants/{id}/staff", ListAsync);
        admin.MapPost("/merchants/{id}/staff", InviteAsync);
        admin.MapPost("/staff/{staffId:guid}/reset", ResetAsync);
        admin.MapPost("/staff/{staffId:guid}/disable", DisableAsync);
        admin.MapPost("/staff/{staffId:guid}/enable", EnableAsync);
    }

    private static async Task<Results<Ok<List<AdminStaff>>, ProblemHttpResult>> ListAsync(string id, NeravaDbContext db, CancellationToken ct)
    {
        if (!await db.Merchants.AnyAsync(m => m.Id == id, ct))
        {
            return AdminMerchantEndpoints.NotFound();
        }

        var staff = await db.MerchantStaff.AsNoTracking().Where(s => s.MerchantId == id).OrderBy(s => s.Email).ToListAsync(ct);
        return TypedResults.Ok(staff.Select(AdminStaff.From).ToList());
    }

    private static async Task<Results<Created<AdminStaff>, ValidationProblem, ProblemHttpResult>> InviteAsync(string id, AdminStaffInviteRequest request,
        HttpContext http, ClaimsPrincipal admin, NeravaDbContext db, StaffInvites invites, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var email = request.Email?.Trim().ToLowerInvariant();
        var v = new Validator()
            .Require(email is { Length: > 3 and <= 200 } && email.Contains('@', StringComparison.Ordinal), "email", "An email address.")
            .Require(!string.IsNullOrWhiteSpace(request.Name), "name", "Required.").MaxLength(request.Name, 200, "name");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var merchant = await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (merchant is null)
        {
            return AdminMerchantEndpoints.NotFound();
        }

        if (await db.MerchantStaff.AnyAsync(s => s.Email == email, ct))
        {
            return EmailTaken();
        }

        // No password yet: login fails until the link is used.
        var staff = new MerchantStaff { Id = Guid.NewGuid(), MerchantId = id, Email = email!, Name = request.Name!.Trim(), PasswordHash = "", CreatedAt = clock.GetUtcNow() };
        db.MerchantStaff.Add(staff);
        var invite = invites.Queue(staff, merchant.Name, StaffInvites.Invite, BaseUrl(http));
        await audit.RecordAsync(admin, "staff.invite", "staff", staff.Id.ToString(), new { merchant_id = id, email, expires_at = invite.ExpiresAt }, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return EmailTaken();
        }

        return TypedResults.Created($"/v1/admin/merchants/{id}/staff", AdminStaff.From(staff));
    }

    private static async Task<Results<Ok<AdminStaff>, ProblemHttpResult>> ResetAsync(Guid staffId, HttpContext http, ClaimsPrincipal admin,
        NeravaDbContext db, StaffInvites invites, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var staff = await db.MerchantStaff.SingleOrDefaultAsync(s => s.Id == staffId, ct);
        if (staff is null)
        {
            return StaffNotFound();
        }

        if (staff.DisabledAt is not null)
        {
            return Problems.Conflict(AdminErrorCodes.StaffDisabled, "The account is disabled.", "Enable it before sending a reset link.");
        }

        var merchantName = await db.Merchants.Where(m => m.Id == staff.MerchantId).Select(m => m.Name).SingleAsync(ct);
        // A reset assumes the old password may be known to someone else: it stops working now, as do open sessions.
        staff.PasswordHash = "";
        await RevokeAsync(db, staff.Id, clock.GetUtcNow(), ct);
        var invite = invites.Queue(staff, merchantName, StaffInvites.Reset, BaseUrl(http));
        await audit.RecordAsync(admin, "staff.reset", "staff", staff.Id.ToString(), new { expires_at = invite.ExpiresAt }, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(AdminStaff.From(staff));
    }

    private static Task<Results<Ok<AdminStaff>, ProblemHttpResult>> DisableAsync(Guid staffId, ClaimsPrincipal admin, NeravaDbContext db,
        AuditLog audit, StaffAccess access, TimeProvider clock, CancellationToken ct) => SetDisabledAsync(staffId, true, admin, db, audit, access, clock, ct);

    private static Task<Results<Ok<AdminStaff>, ProblemHttpResult>> EnableAsync(Guid staffId, ClaimsPrincipal admin, NeravaDbContext db,
        AuditLog audit, StaffAccess access, TimeProvider clock, CancellationToken ct) => SetDisabledAsync(staffId, false, admin, db, audit, access, clock, ct);

    private static async Task<Results<Ok<AdminStaff>, ProblemHttpResult>> SetDisabledAsync(Guid staffId, bool disable, ClaimsPrincipal admin,
        NeravaDbContext db, AuditLog audit, StaffAccess access, TimeProvider clock, CancellationToken ct)
    {
        var staff = await db.MerchantStaff.SingleOrDefaultAsync(s => s.Id == staffId, ct);
        if (staff is null)
        {
            return StaffNotFound();
        }

        if ((staff.DisabledAt is not null) != disable)
        {
            var now = clock.GetUtcNow();
            staff.DisabledAt = disable ? now : null;
            if (disable)
            {
                await RevokeAsync(db, staff.Id, now, ct);
            }

            await audit.RecordAsync(admin, disable ? "staff.disable" : "staff.enable", "staff", staff.Id.ToString(), null, ct);
            await db.SaveChangesAsync(ct);
            access.Forget(staff.Id);
        }

        return TypedResults.Ok(AdminStaff.From(staff));
    }

    /// <summary>Refresh tokens and unused links of the account stop working.</summary>
    private static async Task RevokeAsync(NeravaDbContext db, Guid staffId, DateTimeOffset now, CancellationToken ct)
    {
        await db.RefreshTokens.Where(t => t.SubjectId == staffId && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        await db.StaffInvites.Where(i => i.StaffId == staffId && i.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, now), ct);
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    private static ProblemHttpResult StaffNotFound() => Problems.NotFound(AdminErrorCodes.StaffNotFound, "No staff account with that id.");

    private static ProblemHttpResult EmailTaken() => Problems.Conflict(AdminErrorCodes.StaffEmailTaken, "A staff account with that email exists.");
}
