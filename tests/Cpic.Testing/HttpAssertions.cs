using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;

namespace Cpic.Testing;

public static class HttpAssertions
{
    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    public static async Task<JsonElement> ShouldBe(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        var fault = response.Headers.TryGetValues(ServedHeaders.Fault, out var faults) ? string.Join("; ", faults) : "";
        response.StatusCode.Should().Be(status, "the response body was: {0} {1}", body, fault);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem response with the given status.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        ServedProblems.Faults(Text(problem, "type"), (int)status, Text(problem, "title"), Text(problem, "detail"),
                problem.EnumerateObject().Select(p => p.Name).Except(["type", "title", "status", "detail", "instance"]))
            .Should().BeEmpty("every problem is of a type of the catalogue (ADR 0013)");
        return problem;
    }

    /// <summary>Asserts a problem of <paramref name="type"/> (its status and type URI) and returns it.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, Cpic.BuildingBlocks.Http.ProblemType type)
    {
        var problem = await response.ShouldBeProblem((HttpStatusCode)type.Status);
        problem.GetProperty("type").GetString().Should().Be(type.Uri);
        return problem;
    }

    private static string? Text(JsonElement problem, string member) =>
        problem.TryGetProperty(member, out var value) ? value.GetString() : null;

    public static Task<HttpResponseMessage> PostJson<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body);
}
