using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Counselling.Recording;

/// <summary>
/// The HTTP ceiling on this machine: a bare ASP.NET Core app (Kestrel, the host's JWT bearer check, the body parsed
/// as JSON) whose <c>POST /api/v1/counselling/services</c> runs exactly the raw loop's transaction with the request
/// body as the document, and nothing else: no validation, no look-ups, no timeline, no subscribers. What HTTP itself
/// costs next to the raw loop; started by <see cref="HostProcess.StartBareAsync"/> as <c>Counselling.Recording --bare-host</c>.
/// </summary>
internal static class BareHost
{
    public const string Argument = "--bare-host";

    public static async Task RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var auth = builder.Configuration.GetSection("Auth");
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = "cpic-api", ValidIssuer = auth["Issuer"],
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth["SigningKey"]!)),
            };
        });
        builder.Services.AddAuthorization();
        await using var dataSource = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("CPIC_BENCH_DATABASE")!);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/health/ready", () => Results.Ok());
        app.MapPost("/api/v1/counselling/services", async (JsonElement input) =>
            {
                var document = input.GetRawText();
                var id = await RawBaseline.InsertAsync(dataSource, document, Encoding.UTF8.GetBytes(document));
                return Results.Created($"/api/v1/counselling/services/{id}", new { id });
            })
            .RequireAuthorization();
        await app.RunAsync();
    }
}
