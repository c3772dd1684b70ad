using System.Net.Http.Headers;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Reference;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine.Tracking;
using Xunit;

namespace Cpic.Testing;

/// <summary>
/// The real host over HTTP on a real PostgreSQL database, shared by the test classes of a collection. Async
/// projections run in Solo mode; <see cref="ResetAsync"/> gives a test class clean data (centres re-seeded).
/// </summary>
public class CpicApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;
    private IHost? _host;

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public IHost RunningHost => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>What the host has logged (every level), besides its own console.</summary>
    public LogCapture Logs { get; } = new();

    public async Task InitializeAsync()
    {
        // RunJasperFxCommands only starts the host itself when told it runs under a test server.
        JasperFxEnvironment.AutoStartHost = true;
        _database = await TestDatabase.CreateAsync();
        StartServer(); // starts the host (test server, or Kestrel after UseKestrel): schema applied, Wolverine running
        await CentreRegistry.SeedAsync(Store);
    }

    /// <summary>Deletes all documents, events and projection progress, then seeds the centres again.</summary>
    public async Task ResetAsync()
    {
        await Store.Advanced.ResetAllData();
        await CentreRegistry.SeedAsync(Store);
    }

    /// <summary>An HTTP client whose bearer token carries <paramref name="roles"/> and an optional centre.</summary>
    public HttpClient ClientFor(string? centre, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(centre, roles));
        return client;
    }

    /// <summary>A bearer token of the host's development issuer carrying <paramref name="roles"/> and a centre.</summary>
    public string TokenFor(string? centre, params string[] roles)
    {
        var options = Services.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>()!;
        return DevTokens.Issue(options, $"test-{string.Join('-', roles)}", roles, centre);
    }

    /// <summary>Runs <paramref name="action"/> and waits until every Wolverine message it caused is handled.</summary>
    public async Task<T> AndWaitForMessages<T>(Func<Task<T>> action)
    {
        T result = default!;
        await this.Tracking().IncludeExternalTransports()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => result = await action()));
        return result;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Persistence:ConnectionString", _database!.ConnectionString);
        builder.UseSetting("Persistence:Projections", "Solo");
        builder.UseSetting("Persistence:ApplySchemaOnStart", "true");
        builder.UseSetting("Wolverine:Solo", "true");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton<IStartupFilter, ServedHeaders>();
            services.PostConfigure<ProblemDetailsOptions>(o =>
            {
                var describe = o.CustomizeProblemDetails;
                o.CustomizeProblemDetails = context =>
                {
                    describe?.Invoke(context);
                    ServedProblems.Check(context);
                };
            });
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
