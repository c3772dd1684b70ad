using System.Net;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class OpenApiTests(CpicApp app)
{
    [Fact]
    public async Task Every_monitoring_endpoint_is_described_in_the_OpenAPI_document()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/v1/monitoring/statistics", "/api/v1/monitoring/facts", "/api/v1/monitoring/periods/{centre}/{month}",
                     "/api/v1/monitoring/periods/{centre}/{month}/close", "/api/v1/monitoring/periods/{centre}/{month}/reopen",
                     "/api/v1/monitoring/localities", "/api/v1/monitoring/localities/{id}/observations",
                     "/api/v1/monitoring/situation/summary", "/api/v1/monitoring/situation/high-risk",
                 })
        {
            paths.TryGetProperty(path, out var item).Should().BeTrue(path);
            foreach (var operation in item.EnumerateObject())
            {
                operation.Value.GetProperty("summary").GetString().Should().NotBeNullOrEmpty(path);
                operation.Value.GetProperty("description").GetString().Should().NotBeNullOrEmpty(path);
            }
        }

        paths.GetProperty("/api/v1/monitoring/statistics").GetProperty("get").GetProperty("description").GetString()
            .Should().Contain("Definitions version 2.0");
    }
}
