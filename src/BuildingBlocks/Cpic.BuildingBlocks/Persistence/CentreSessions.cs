using System.Collections.Concurrent;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
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
    /// <summary>
    /// Refuses (403) a token whose centre is not in the centre registry, and makes Wolverine commands sent from a
    /// request run for the caller's centre.
    /// </summary>
    public static IApplicationBuilder UseCentreTenancy(this IApplicationBuilder app)
    {
        // Centres are never removed (codes are permanent ids), so a centre once found stays valid; a code not yet
        // known is looked up on every request, so a centre just added works at once.
        var known = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        return app.Use(async (http, next) =>
        {
            var centre = http.User.CentreCode();
            if (centre is not null)
            {
                if (!known.ContainsKey(centre))
                {
                    _ = await http.RequestServices.GetRequiredService<IQuerySession>().FindCentreAsync(centre, http.RequestAborted)
                        ?? throw new ProblemException(ProblemTypes.Forbidden, $"The token's centre '{centre}' is not in the centre registry.");
                    known.TryAdd(centre, true);
                }

                http.RequestServices.GetRequiredService<IMessageBus>().TenantId = centre;
            }

            await next(http);
        });
    }
}
