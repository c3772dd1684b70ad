using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Cpic.BuildingBlocks.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddCpicAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (options.Authority is null && string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException("Set Auth:Authority (OIDC) or Auth:SigningKey (development).");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = options.Audience,
                RoleClaimType = CpicClaims.Role,
                NameClaimType = CpicClaims.Name,
                ClockSkew = options.ClockSkew,
                RequireExpirationTime = true,
            };
            jwt.Events = new JwtBearerEvents
            {
                OnTokenValidated = ctx =>
                {
                    if (TokenRules.Violation(ctx.Principal!, ctx.SecurityToken, options) is { } violation)
                    {
                        ctx.Fail(violation);
                    }

                    return Task.CompletedTask;
                },
            };
            if (options.Authority is not null)
            {
                jwt.Authority = options.Authority;
            }
            else
            {
                jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey =
                    new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey!));
            }
        });

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenNamesTheRole>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.AnyRole, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.CentreStaff, p => p.RequireRole(Roles.CentreStaff).RequireClaim(CpicClaims.Centre))
            .AddPolicy(Policies.CentreHead, p => p.RequireRole(Roles.CentreHead).RequireClaim(CpicClaims.Centre))
            .AddPolicy(Policies.MinistryCoordinator, p => p.RequireRole(Roles.MinistryCoordinator))
            .AddPolicy(Policies.Ministry, p => p.RequireRole(Roles.Ministry))
            .AddPolicy(Policies.WebhookOwner, p => p.RequireRole(Roles.WebhookOwners));
        return services;
    }
}
