using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.OpenApi;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Host;
using JasperFx;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddCpicProblemDetails();
builder.Services.AddCpicAuth(builder.Configuration);
builder.Services.AddCpicMarten(builder.Configuration);
builder.Services.AddCpicOpenApi();
builder.Services.AddCpicHealthChecks();
builder.Services.AddCpicTelemetry(builder.Configuration);
builder.Services.AddCarter(new DependencyContextAssemblyCatalog([.. Modules.Assemblies]));
builder.Services.AddCpicModules();
builder.UseCpicWolverine();
builder.Logging.AddCpicLogging(builder.Environment);

var app = builder.Build();

app.UseCpicProblemDetails();
app.UseSecurityHeaders();
app.UseSwagger(o => o.RouteTemplate = "/openapi/{documentName}.json");
app.UseSwaggerUI(o =>
{
    o.SwaggerEndpoint($"/openapi/{OpenApiSetup.DocumentName}.json", "Cpic API v1");
    o.RoutePrefix = "swagger";
    o.DocumentTitle = "Cpic API";
    o.EnablePersistAuthorization(); // the token survives a reload
    o.EnableFilter();               // a filter box over the tags
    o.EnableDeepLinking();          // links to a tag or an operation
    o.EnableTryItOutByDefault();
    o.DocExpansion(Swashbuckle.AspNetCore.SwaggerUI.DocExpansion.List);
});
app.UseAuthentication();
app.UseAuthorization();
app.UseCentreTenancy();
app.UseBodyLimits();
// Policies named by endpoints only (the public goal pages, GoalsModule).
app.UseRateLimiter();
app.MapCpicHealthChecks();
// Every API endpoint needs an authenticated user unless it says AllowAnonymous; unknown routes stay 404.
app.MapGroup("").RequireAuthorization().MapCarter();
app.MapCpicDeadLetters();

return await app.RunJasperFxCommands(args);

/// <summary>The host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
