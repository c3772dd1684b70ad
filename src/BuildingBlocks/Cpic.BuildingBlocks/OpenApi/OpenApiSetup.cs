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
        services.AddSingleton<ValueTypeMembers>();
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
                Contact = new OpenApiContact { Name = "Cpic API team", Email = "api@cpic.example" },
                License = new OpenApiLicense
                {
                    Name = "Proprietary: for CPIC centres, the ministry and their integrators",
                    Url = new Uri("https://www.integracnicentra.cz/"),
                },
            });
            o.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "A JWT from your identity provider; in development from `./build/token.sh`.",
            });
            o.AddSecurityRequirement(doc => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", doc)] = [] });
            o.OperationFilter<StandardResponsesFilter>();
            o.OperationFilter<HeadersFilter>();
            o.OperationFilter<CamelCaseQueryFilter>();
            o.OperationFilter<TextMediaTypesFilter>();
            o.OperationFilter<RequestExamplesFilter>();
            o.OperationFilter<LabelLanguageFilter>();
            o.SchemaFilter<RequiredPropertiesFilter>();
            o.DocumentFilter<InputSchemasFilter>();
            o.DocumentFilter<ProblemComponentsFilter>();
            o.DocumentFilter<DocumentDescriptionFilter>();
            o.DocumentFilter<NullableUnionsFilter>();
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "Cpic.*.xml"))
            {
                o.IncludeXmlComments(xml, includeControllerXmlComments: false);
            }

            o.CustomSchemaIds(SchemaIds.For);
            o.OrderActionsBy(DocumentDescriptionFilter.WorkflowOrder);
            o.SupportNonNullableReferenceTypes();
        });
        return services;
    }
}
