using Microsoft.AspNetCore.Identity;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Admin.Billing;
using Nerava.Api.Features.Admin.Chargers;
using Nerava.Api.Features.Admin.Merchants;
using Nerava.Api.Features.Admin.Pos;
using Nerava.Api.Features.Admin.Staff;
using Nerava.Api.Features.Auth;

namespace Nerava.Api.Features.Admin;

/// <summary>The admin API: everything under /v1/admin requires the admin role (drivers and staff get 403).</summary>
public static class AdminSetup
{
    public static IServiceCollection AddNeravaAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddSingleton<IPasswordHasher<AdminAccount>, PasswordHasher<AdminAccount>>();
        services.AddScoped<AdminAccounts>();
        services.AddScoped<AuditLog>();
        services.AddScoped<StaffInvites>();
        return services;
    }

    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/v1/admin").WithTags("Admin").RequireAuthorization(Roles.AdminPolicy);
        app.MapAdminAuth(admin);
        admin.MapAdminMerchants();
        admin.MapAdminChargers();
        admin.MapAdminChargePoints();
        admin.MapAdminLinks();
        admin.MapAdminStaff();
        admin.MapAdminPos();
        admin.MapAdminBilling();
        admin.MapAdminAudit();
        admin.MapAdminOperations();
        app.MapAcceptInvite();
        return admin;
    }
}
