using System.Net.Http.Headers;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Contracts;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Counselling.Recording;

/// <summary>
/// The real host listening on a loopback port (Kestrel, real HTTP), on its own database, configured as for a single
/// production node: Information logs off so that the console does not become the bottleneck.
/// </summary>
internal sealed class BenchHost(string connectionString) : WebApplicationFactory<Program>
{
    public const string Centre = "LBC";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Persistence:ConnectionString", connectionString);
        builder.UseSetting("Persistence:Projections", "Solo");
        builder.UseSetting("Persistence:ApplySchemaOnStart", "true");
        builder.UseSetting("Wolverine:Solo", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public static async Task<BenchHost> StartAsync(string connectionString)
    {
        JasperFxEnvironment.AutoStartHost = true;
        var host = new BenchHost(connectionString);
        host.UseKestrel(0);
        host.StartServer();
        await CentreRegistry.SeedAsync(host.Services.GetRequiredService<IDocumentStore>());
        return host;
    }

    /// <summary>Registers clients the way the Clients module announces them, and waits until Counselling knows them.</summary>
    public async Task<Guid[]> RegisterClientsAsync(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        var host = Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>();
        await host.TrackActivity().Timeout(TimeSpan.FromMinutes(2)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async ctx =>
        {
            foreach (var id in ids)
            {
                await ctx.PublishAsync(new ClientRegistered(id, Centre, "LBC-LIB", $"B-{id.ToString()[^8..]}", false, "M",
                    1985, "VN", DateOnly.FromDateTime(DateTime.UtcNow)), new DeliveryOptions { TenantId = Centre });
            }
        }));
        return ids;
    }

    public HttpClient Counsellor()
    {
        var options = Services.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>()!;
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = ClientOptions.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            DevTokens.Issue(options, "bench-counsellor", [Roles.Counsellor], Centre));
        return http;
    }
}
