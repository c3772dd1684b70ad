using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddCpicOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Cpic API",
                Version = "v1",
                Description = "REST API of the Czech network of Centres for Support of Integration of Foreigners " +
                              "(Centra na podporu integrace cizinců, CPIC). All endpoints need a bearer token unless " +
                              "marked otherwise; staff tokens carry a `centre` claim that scopes them to their centre. " +
                              "Errors are RFC 9457 problem details. Lists use keyset paging (`limit`, `cursor`, `next`).",
            });
            o.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "A JWT from your identity provider; in development from `./build/token.sh`.",
            });
            o.AddSecurityRequirement(doc => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", doc)] = [] });
            o.OperationFilter<IdempotencyHeaderFilter>();
            o.OperationFilter<ConcurrencyHeadersFilter>();
            o.OperationFilter<StandardResponsesFilter>();
            o.OperationFilter<CamelCaseQueryFilter>();
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "Cpic.*.xml"))
            {
                o.IncludeXmlComments(xml, includeControllerXmlComments: false);
            }

            o.CustomSchemaIds(SchemaIds.For);
            o.SupportNonNullableReferenceTypes();
        });
        return services;
    }
}

internal sealed class IdempotencyHeaderFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentEndpointMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Idempotency.Header, In = ParameterLocation.Header, Required = false,
            Description = "A unique key (e.g. a UUID) that makes retries of this POST safe for 24 hours.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        });
    }
}
