using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Nerava.Api.Data;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Auth;

/// <summary>
/// Whether a staff account may still act: a disabled account's unexpired access tokens stop working within
/// <see cref="Ttl"/> on every instance (at once on the instance that disabled it).
/// </summary>
public sealed class StaffAccess(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);

    public async Task<bool> IsActiveAsync(Guid staffId)
    {
        if (cache.TryGetValue(Key(staffId), out bool active))
        {
            return active;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        active = await db.MerchantStaff.AsNoTracking().AnyAsync(s => s.Id == staffId && s.DisabledAt == null);
        cache.Set(Key(staffId), active, Ttl);
        return active;
    }

    public void Forget(Guid staffId) => cache.Remove(Key(staffId));

    private static string Key(Guid id) => $"staff-active:{id}";
}

/// <summary>Part of the merchant policy: the staff account behind the token is not disabled.</summary>
public sealed class ActiveStaffRequirement : IAuthorizationRequirement;

public sealed class ActiveStaffHandler(StaffAccess access) : AuthorizationHandler<ActiveStaffRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveStaffRequirement requirement)
    {
        if (context.User.IsInRole(Roles.MerchantStaff) && await access.IsActiveAsync(context.User.SubjectId()))
        {
            context.Succeed(requirement);
        }
    }
}
