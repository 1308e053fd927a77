using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddNeravaAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<SigningKeyProvider>();
        services.AddScoped<OtpService>();
        services.AddScoped<TokenIssuer>();
        services.AddScoped<DriverAccounts>();
        services.AddScoped<StaffAccounts>();
        services.AddSingleton<StaffAccess>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ActiveStaffHandler>();
        services.AddSingleton<IPasswordHasher<MerchantStaff>, PasswordHasher<MerchantStaff>>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyProvider, IOptions<AuthOptions>>((jwt, keys, auth) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(keys.Key),
                    RoleClaimType = ClaimTypes.Role,
                    NameClaimType = "sub",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                // SignalR sends the token in the query string; accept it only on hub routes.
                jwt.Events = new JwtBearerEvents
                {
                    OnMessageReceived = ctx =>
                    {
                        if (ctx.HttpContext.Request.Path.StartsWithSegments("/hubs")
                            && ctx.Request.Query.TryGetValue("access_token", out var token))
                        {
                            ctx.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.DriverPolicy, p => p.RequireRole(Roles.Driver))
            .AddPolicy(Roles.MerchantPolicy, p => p.RequireRole(Roles.MerchantStaff).RequireClaim(Roles.MerchantIdClaim)
                .AddRequirements(new ActiveStaffRequirement()))
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin));
        return services;
    }
}
