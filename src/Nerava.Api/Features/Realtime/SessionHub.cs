using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Realtime;

/// <summary>
/// Live session updates. A driver joins their own group, merchant staff their merchant's group; nothing is
/// accepted from clients, so a connection can only ever receive what its token entitles it to.
/// </summary>
[Authorize]
public sealed class SessionHub(NeravaMetrics metrics) : Hub
{
    public const string Path = "/hubs/sessions";
    public const string SessionUpdated = "session_updated";

    public static string DriverGroup(Guid driverId) => $"driver:{driverId}";

    public static string MerchantGroup(string merchantId) => $"merchant:{merchantId}";

    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        var group = user.IsInRole(Roles.MerchantStaff) ? MerchantGroup(user.MerchantId()) : DriverGroup(user.SubjectId());
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        metrics.ConnectionOpened(RoleOf(user));
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        metrics.ConnectionClosed(RoleOf(Context.User!));
        return base.OnDisconnectedAsync(exception);
    }

    private static string RoleOf(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(Roles.MerchantStaff) ? Roles.MerchantStaff : Roles.Driver;
}
