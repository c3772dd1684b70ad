using Cpic.BuildingBlocks.Auth;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Cpic.BuildingBlocks.Persistence;

/// <summary>
/// The one place that scopes data to a centre (ADR 0004): every Marten session resolved from DI in a request is
/// opened for the caller's centre (the Marten tenant). Users without a centre (ministry) get the default tenant,
/// which holds no centre's records, so an endpoint that forgets about tenancy shows nothing rather than everything.
/// </summary>
internal sealed class CentreSessionFactory(IDocumentStore store, IHttpContextAccessor http) : ISessionFactory
{
    private string Tenant => http.HttpContext?.User.CentreCode() ?? StorageConstants.DefaultTenantId;

    public IQuerySession QuerySession() => store.QuerySession(Tenant);

    public IDocumentSession OpenSession() => store.LightweightSession(Tenant);
}

public static class CentreTenancy
{
    /// <summary>Makes Wolverine commands sent from a request run for the caller's centre.</summary>
    public static IApplicationBuilder UseCentreTenancy(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var centre = http.User.CentreCode();
            if (centre is not null)
            {
                http.RequestServices.GetRequiredService<IMessageBus>().TenantId = centre;
            }

            await next(http);
        });
}
