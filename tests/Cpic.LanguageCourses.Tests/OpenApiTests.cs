using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class OpenApiTests(CpicApp app)
{
    [Fact]
    public async Task Every_course_endpoint_is_described_in_the_OpenAPI_document_with_a_summary()
    {
        var client = app.ClientFor("LBC", Roles.Lecturer);
        var document = await (await client.GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);

        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/courses", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()).ToList();

        operations.Should().HaveCount(21);
        operations.Should().OnlyContain(o => o.Value.GetProperty("summary").GetString()!.Length > 0
                                             && o.Value.GetProperty("description").GetString()!.Length > 0);
    }
}
