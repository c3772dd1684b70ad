using System.Net.Http.Headers;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Reference;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Cpic.Webhooks.Tests;

/// <summary>
/// A host on a database it does not own, so that a test can stop it and start another on the same data (a restart).
/// Retries wait <paramref name="retryDelay"/>, long enough to stop the host while one is due.
/// </summary>
public sealed class Node(string connectionString, TimeSpan retryDelay) : WebApplicationFactory<Program>
{
    public async Task<Node> StartAsync()
    {
        JasperFxEnvironment.AutoStartHost = true;
        await CentreRegistry.SeedAsync(Services.GetRequiredService<IDocumentStore>());
        return this;
    }

    public HttpClient ClientFor(string? centre, string role)
    {
        var options = Services.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>()!;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(options, "test-node", [role], centre));
        return client;
    }

    public async Task PublishAsync(object integrationEvent, string centre = "LBC")
    {
        using var scope = Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        bus.TenantId = centre;
        await bus.PublishAsync(integrationEvent);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var delay = retryDelay.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        builder.UseEnvironment("Development");
        builder.UseSetting("Persistence:ConnectionString", connectionString);
        builder.UseSetting("Persistence:Projections", "Solo");
        builder.UseSetting("Persistence:ApplySchemaOnStart", "true");
        builder.UseSetting("Wolverine:Solo", "true");
        builder.UseSetting("Webhooks:FirstRetryDelay", delay);
        builder.UseSetting("Webhooks:MaxRetryDelay", delay);
        builder.UseSetting("Webhooks:RetryFor", "00:05:00");
    }
}
