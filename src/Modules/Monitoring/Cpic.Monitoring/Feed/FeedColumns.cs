using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Contracts;
using Microsoft.OpenApi;

namespace Cpic.Monitoring.Feed;

/// <summary>
/// The type of each column of <see cref="FactRow.Columns"/> as written to NDJSON (<see cref="FactStreams"/>), for the
/// feed's row schemas. A column without an entry here fails the OpenAPI document (and a test) until it gets one.
/// </summary>
internal static class FeedColumns
{
    public static OpenApiSchema Schema(string column) => column switch
    {
        "seq" => Integer("int64", "The change number; pass the largest you received as `after`."),
        "serviceId" => Uuid("Id of the service."),
        "clientKey" => Uuid("Pseudonym of the client (a keyed hash, stable across pulls), not the id of the client's record."),
        "status" => Text("The row's state; count rows that are not cancelled or removed."),
        "primary" => new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "One row per service: sum minutes and count services over these." },
        "centre" => Text("Centre code (/api/v1/reference/centres)."),
        "workplace" => Text("Workplace code."),
        "region" => Codes("Region (CZ-NUTS).", CodeLists.Regions.Items.Select(r => r.Code)),
        "date" => Date("The day the row counts on (a case: the day it was opened)."),
        "serviceType" => Codes("Service type.", CodeLists.ServiceTypes.Items.Select(i => i.Code)),
        "form" => Codes("Service form.", CodeLists.ServiceForms.Items.Select(i => i.Code)),
        "placeType" => Codes("Where: the workplace or a field place.", ["workplace", .. CounsellingCodes.FieldPlaceTypes]),
        "topics" => new OpenApiSchema
        {
            Type = JsonSchemaType.Array, Description = "Counselling topics (CSV: joined by `|`).",
            Items = Codes("Counselling topic.", CodeLists.CounsellingTopics.Items.Select(i => i.Code)),
        },
        "minutes" => Integer("int32", "Minutes spent."),
        "interpreterLanguage" => Text("Language of the interpreter (/api/v1/reference/languages)."),
        "sex" => Codes("Sex of the client.", ["female", "male", "other"]),
        "birthYearBand" => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\d{4}-\d{4}$", Description = "Five-year band of the birth year, such as 1985-1989." },
        "nationality" => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Z]{2}$", Description = "Citizenship, ISO 3166-1 alpha-2 (/api/v1/reference/countries)." },
        "residenceCategory" => Codes("Residence category valid on the row's date.", CodeLists.ResidenceCategories.Items.Select(i => i.Code)),
        "rowId" => Uuid("The row's identity, which a merge does not change: keep the latest row (highest seq) per rowId."),
        "kind" => Text("What the row is."),
        "people" => Integer("int32", "People reached (a field visit) or the unregistered audience (a service)."),
        "placeKey" => Text("The place's name and town, lower case: visits with the same key are one place."),
        "closedOn" => Date("The day the case was closed."),
        "closeReason" => Codes("Why the case was closed.", CounsellingCodes.CloseReasons),
        "direction" => Codes("Who referred whom.", CounsellingCodes.ReferralDirections),
        "partnerType" => Codes("Kind of partner.", CounsellingCodes.PartnerTypes),
        _ => throw new InvalidOperationException($"Feed column {column} has no schema in FeedColumns."),
    };

    public static OpenApiSchema Codes(string description, IEnumerable<string> codes) => new()
    {
        Type = JsonSchemaType.String, Description = description, Enum = [.. codes.Select(c => (JsonNode)JsonValue.Create(c))],
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema Uuid(string description) => new() { Type = JsonSchemaType.String, Format = "uuid", Description = description };

    private static OpenApiSchema Date(string description) => new() { Type = JsonSchemaType.String, Format = "date", Description = description };

    private static OpenApiSchema Integer(string format, string description) => new() { Type = JsonSchemaType.Integer, Format = format, Description = description };
}
