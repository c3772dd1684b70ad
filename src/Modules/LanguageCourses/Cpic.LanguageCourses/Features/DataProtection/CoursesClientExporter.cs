using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cpic.Clients.Contracts;
using Cpic.LanguageCourses.Domain;
using Marten;

namespace Cpic.LanguageCourses.Features.DataProtection;

/// <summary>The courses section of a client's subject access export: enrolments (with the course) and certificates.</summary>
internal sealed class CoursesClientExporter(IDocumentStore store) : IClientDataExporter
{
    public string Section => "courses";

    public async Task<JsonNode?> ExportAsync(Guid clientId, string centre, ClaimsPrincipal reader, CancellationToken ct)
    {
        await using var session = store.QuerySession(centre);
        var enrolments = await session.Query<CourseEnrolment>().Where(e => e.ClientId == clientId).ToListAsync(ct);
        var certificates = await session.Query<Certificate>().Where(c => c.ClientId == clientId).ToListAsync(ct);
        if (enrolments.Count + certificates.Count == 0)
        {
            return null;
        }

        var courses = await session.LoadManyAsync<LanguageCourse>(ct, enrolments.Select(e => e.CourseId).Distinct());
        var titles = courses.ToDictionary(c => c.Id, c => new { c.Title, c.CourseType, c.StartsOn, c.EndsOn });
        return JsonSerializer.SerializeToNode(new
        {
            enrolments = enrolments.OrderBy(e => e.RequestedOn).Select(e => new { course = titles.GetValueOrDefault(e.CourseId), enrolment = e }),
            certificates,
        }, JsonSerializerOptions.Web);
    }
}
