using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Auth;
using Nerava.Api.Features.Notifications;

namespace Nerava.Api.Features.Admin.Staff;

/// <summary>
/// One-time links that let a staff member set a password: a 256-bit random token in the link's fragment (never in a
/// server log), only its keyed hash stored, sent by email through the outbox in the caller's transaction.
/// </summary>
public sealed class StaffInvites(NeravaDbContext db, SigningKeyProvider keys, OutboxWriter outbox, IOptions<AdminOptions> options, TimeProvider clock)
{
    public const string Invite = "invite";
    public const string Reset = "reset";
    private const string HashPurpose = "staff-invite";

    public StaffInvite Queue(MerchantStaff staff, string merchantName, string purpose, string webAppBaseUrl)
    {
        var now = clock.GetUtcNow();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var invite = new StaffInvite
        {
            Id = Guid.NewGuid(),
            StaffId = staff.Id,
            TokenHash = HashOf(token),
            Purpose = purpose,
            CreatedAt = now,
            ExpiresAt = now + (purpose == Reset ? options.Value.ResetLifetime : options.Value.InviteLifetime),
        };
        db.StaffInvites.Add(invite);
        var link = $"{(options.Value.WebAppBaseUrl ?? webAppBaseUrl).TrimEnd('/')}/merchant/invite#token={token}";
        var hours = (int)Math.Round((invite.ExpiresAt - now).TotalHours);
        var (subject, body) = purpose == Reset
            ? ($"Reset your Nerava console password ({merchantName})",
                $"Hi {staff.Name},\n\nSet a new password for the {merchantName} console here (one use, valid {hours} h):\n{link}\n\nIf you did not expect this, tell your manager.")
            : ($"You're invited to the {merchantName} console on Nerava",
                $"Hi {staff.Name},\n\nYou can now see EV drivers arriving for {merchantName}. Choose your password here (one use, valid {hours} h):\n{link}");
        outbox.Enqueue($"staff:{staff.Id}:{purpose}:{invite.Id}", null, $"staff_{purpose}", NotificationChannel.Email, staff.Email, subject, body);
        return invite;
    }

    public string HashOf(string token) => keys.Hash(HashPurpose, token);
}
