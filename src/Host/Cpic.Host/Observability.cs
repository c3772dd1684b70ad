using Cpic.BuildingBlocks.Logging;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Cpic.Host;

/// <summary>
/// Logging and OpenTelemetry. <c>OpenTelemetry:Exporter</c> is <c>none</c> (default), <c>otlp</c> (endpoint from the
/// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) or <c>console</c>.
/// </summary>
internal static class Observability
{
    public static IServiceCollection AddCpicTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporter = configuration["OpenTelemetry:Exporter"] ?? "none";
        if (exporter == "none")
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("cpic-api"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql()
                    .AddSource("Wolverine", "Marten");
                if (exporter == "otlp") t.AddOtlpExporter(); else t.AddConsoleExporter();
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddMeter("Wolverine", "Marten");
                if (exporter == "otlp") m.AddOtlpExporter(); else m.AddConsoleExporter();
            });
        return services;
    }

    /// <summary>Structured logs with scopes (request id, trace id); JSON outside development.</summary>
    public static void AddCpicLogging(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        logging.ClearProviders();
        logging.LogRefusalsAsInformation();
        if (environment.IsDevelopment())
        {
            logging.AddSimpleConsole(o => o.IncludeScopes = true);
        }
        else
        {
            logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
    }
}
