using Cpic.Webhooks.Domain;
using Cpic.Webhooks.Features.EventTypes;
using Microsoft.OpenApi;

namespace Cpic.Webhooks.Tests.Unit;

/// <summary>The payload schemas follow the catalogue: a type or field added there fails here until it is typed.</summary>
public sealed class EventSchemaTests
{
    [Fact]
    public void Every_event_type_has_its_own_schema_whose_data_requires_exactly_the_catalogue_fields()
    {
        EventCatalogue.All.Select(EventSchemas.NameOf).Should().OnlyHaveUniqueItems();
        foreach (var type in EventCatalogue.All)
        {
            var payload = EventSchemas.Payload(type);
            payload.Properties!["type"].Enum!.Select(v => v.ToString()).Should().Equal(type.Code);
            var data = payload.Properties["data"];
            data.Required.Should().BeEquivalentTo(type.Fields, type.Code);
            data.Properties!.Values.Should().OnlyContain(p => p.Type != null && p.Type != JsonSchemaType.Null, type.Code);
        }
    }
}
