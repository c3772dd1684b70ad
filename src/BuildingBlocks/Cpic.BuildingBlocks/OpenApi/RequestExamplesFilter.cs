using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// Whole request examples for the operations whose body Swagger UI would otherwise compose from every member's
/// example, giving a body the rules refuse (a pseudonym on an identified client, both cadences of a body). A test
/// sends every pre-filled body to the host (RequestExampleTests).
/// </summary>
internal sealed class RequestExamplesFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> Examples = new()
    {
        ["create-centre"] = """
            {"code": "XEX", "name": "Centrum na podporu integrace cizinců – příklad", "shortName": "CPIC Příklad",
             "region": "CZ051", "operator": "Správa uprchlických zařízení MV", "operatorKind": "suz",
             "workplaces": [{"code": "XEX-HQ", "name": "Hlavní pracoviště", "kind": "main-office", "town": "Liberec"}]}
            """,
        ["register-client"] = """
            {"anonymous": false, "workplace": "LBC-LIB", "givenNames": "Taras", "surname": "Ševčenko",
             "nativeName": "Тарас Шевченко", "birthDate": "1984-03-09", "sex": "male", "nationality": "UA",
             "otherCitizenships": ["RU"], "preferredLanguage": "uk", "languages": ["uk", "ru"]}
            """,
        ["record-service"] = """
            {"clientIds": ["0193a5c2-0000-7000-8000-000000000001"], "date": "2026-11-20", "startTime": "09:30",
             "minutes": 45, "serviceType": "social-counselling", "form": "field", "workplace": "LBC-LIB",
             "place": {"type": "dormitory", "name": "Ubytovna U Nádraží", "town": "Česká Lípa"},
             "topics": ["residence", "housing"], "workers": ["jnovak"]}
            """,
        ["create-body"] = """
            {"name": "Regionální platforma Libereckého kraje", "kind": "regional-platform",
             "themes": ["foreigners-in-region"], "meetingsPerYear": 3, "from": "2024-01-01",
             "members": [{"actorId": "0193a5c2-0000-7000-8000-000000000003", "seat": "member", "from": "2025-01-01"}]}
            """,
        ["plan-meeting"] = """
            {"bodyId": "0193a5c2-0000-7000-8000-000000000002", "title": "Regionální platforma – podzim 2026", "date": "2026-11-20", "startTime": "09:30",
             "durationMinutes": 120, "venue": {"kind": "workplace", "workplace": "LBC-LIB"}}
            """,
        ["import-goal-sets"] = """
            {"year": 2026, "sets": [{"centre": "ZLK", "goals": [{"area": "counselling",
             "text": "Poskytnout sociální poradenství alespoň 250 klientům", "keyResults": [{"title": "Klienti sociálního poradenství",
             "kind": "metric", "metric": "clients", "start": 0, "target": 250, "comparison": "at-least"}]}]}]}
            """,
        ["close-meeting"] = """
            {"attendance": [{"actorId": "0193a5c2-0000-7000-8000-000000000003", "presence": "present"}],
             "publicMinutes": "## Závěry\nPlatforma se shodla...",
             "proposals": [{"text": "Posílit kapacitu pracoviště OAMP v Liberci v období prodlužování dočasné ochrany",
                            "addressedTo": "0193a5c2-0000-7000-8000-000000000003"}],
             "actionItems": [{"title": "Send the school enrolment leaflet in Ukrainian", "ownerStaff": "jnovak", "dueOn": "2026-12-15"}]}
            """,
        ["create-goal-set"] = $$"""{"year": 2026, "goals": {{Goals}}}""",
        ["edit-goals"] = $$"""{"goals": {{Goals}}}""",
        // The status schema is shared with proposals, whose moves are its members' examples.
        ["close-action-item"] = """
            {"status": "done", "on": "2026-11-25", "note": "Leaflet sent to the schools"}
            """,
    };

    /// <summary>
    /// A goal with a computed key result and a manual one, which takes check-ins (the ids keep them on edits). The
    /// goal's id is the one Swagger UI fills into every uuid, so the composed reviews and evaluations name it.
    /// </summary>
    private const string Goals = """
        [{"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "text": "Poskytnout sociální poradenství alespoň 250 klientům",
          "textEn": "Social counselling for at least 250 clients", "area": "counselling", "workplace": "LBC-LIB", "dueOn": "2026-12-31",
          "keyResults": [{"id": "0193a5c2-0000-7000-8000-000000000005", "title": "Klienti sociálního poradenství", "kind": "metric",
                          "metric": "clients", "start": 0, "target": 250, "comparison": "at-least"},
                         {"id": "0193a5c2-0000-7000-8000-000000000006", "title": "Setkání s OAMP", "kind": "manual",
                          "unit": "meetings", "start": 0, "target": 4}]}]
        """;

    /// <summary>Updates whose body is the creation's: the same whole example.</summary>
    private static readonly Dictionary<string, string> SameAs = new()
    {
        ["update-centre"] = "create-centre", ["update-client"] = "register-client", ["correct-service"] = "record-service",
        ["update-body"] = "create-body", ["update-meeting"] = "plan-meeting",
    };

    /// <summary>The import files (docs/samples): a CSV and an NDJSON example of each kind.</summary>
    private static readonly Dictionary<string, (string Csv, string Ndjson)> FileExamples = new()
    {
        ["import-clients"] = (
            "sourceId,workplace,givenNames,surname,birthDate,sex,nationality,languages,residence.category,residence.validFrom,residence.validUntil\n" +
            "OLD-0001,LBC-LIB,Olena,Kovalenko,1988-05-12,female,UA,uk|ru,temporary-protection,2025-03-01,2027-03-31\n",
            """{"sourceId": "OLD-0002", "workplace": "LBC-LIB", "givenNames": "Nguyen Van", "surname": "Anh", "birthDate": "1979-11-02", "sex": "male", "nationality": "VN", "residenceStatuses": [{"category": "permanent-residence", "validFrom": "2019-06-15"}]}""" + "\n"),
        ["import-services"] = (
            "sourceId,clientSourceIds,date,minutes,serviceType,form,workplace,place.type,topics\n" +
            "SRV-0001,OLD-0001,2026-10-05,45,social-counselling,office,LBC-LIB,workplace,residence|housing\n",
            """{"sourceId": "SRV-0002", "clientSourceIds": ["OLD-0001"], "date": "2026-10-12", "minutes": 30, "serviceType": "social-counselling", "form": "office", "workplace": "LBC-LIB", "place": {"type": "workplace"}, "topics": ["residence"]}""" + "\n"),
    };

    /// <summary>Path parameters that are codes, not ids: their example.</summary>
    private static readonly Dictionary<string, string> PathExamples = new() { ["purpose"] = "contact-for-events" };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>()
                     .Where(p => p.In == ParameterLocation.Path && p.Example is null && PathExamples.ContainsKey(p.Name!)))
        {
            parameter.Example = JsonValue.Create(PathExamples[parameter.Name!]);
        }

        if (operation.OperationId is { } file && FileExamples.TryGetValue(file, out var files) && operation.RequestBody?.Content is { } bodies)
        {
            foreach (var (type, text) in new[] { ("text/csv", files.Csv), ("application/x-ndjson", files.Ndjson) })
            {
                if (bodies.TryGetValue(type, out var body) && body is OpenApiMediaType upload) upload.Example = JsonValue.Create(text);
            }
        }

        if (operation.OperationId is { } id && Examples.TryGetValue(SameAs.GetValueOrDefault(id, id), out var example)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType json)
        {
            json.Example = JsonNode.Parse(example);
        }
    }
}
