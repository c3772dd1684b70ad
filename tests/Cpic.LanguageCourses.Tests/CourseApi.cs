using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cpic.LanguageCourses.Tests;

/// <summary>Small steps that many tests share: create a course, a session, an enrolment.</summary>
public static class CourseApi
{
    public const string Base = "/api/v1/courses";

    public static async Task<Guid> CreateCourseAsync(this HttpClient client, CourseBody body)
    {
        var created = await (await client.PostJson(Base, body)).ShouldBe(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> AddSessionAsync(this HttpClient client, Guid courseId, DateOnly date,
        string start = "17:00", int minutes = 90, string? room = null, string? lecturer = null)
    {
        // Tests share one database: unique rooms and lecturers keep them from double-booking each other.
        room ??= $"učebna {Guid.NewGuid():N}";
        lecturer ??= $"Lektor {Guid.NewGuid():N}";
        var response = await client.PostJson($"{Base}/{courseId}/sessions",
            new { date, start, durationMinutes = minutes, room, lecturer });
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> EnrolAsync(this HttpClient client, Guid courseId, Guid clientId) =>
        await (await client.PostJson($"{Base}/{courseId}/enrolments", new { clientId })).ShouldBe(HttpStatusCode.Created);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PutJson<T>(this HttpClient client, string url, T body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request);
    }
}
