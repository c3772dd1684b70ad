using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bogus;

namespace Cpic.Clients.Tests;

/// <summary>Fictitious clients (Bogus) and the HTTP calls the tests repeat.</summary>
internal static class ClientRequests
{
    private static readonly Faker Faker = new("cz");

    public static object Person(string? givenNames = null, string? surname = null, string? nativeName = null,
        string birthDate = "1990-04-12", string nationality = "UA", string workplace = "LBC-LIB") => new
    {
        anonymous = false, workplace, givenNames = givenNames ?? Faker.Name.FirstName(), surname = surname ?? Faker.Name.LastName() + Faker.Random.AlphaNumeric(4),
        nativeName, birthDate, sex = "female", nationality, otherCitizenships = new[] { "RU" }, preferredLanguage = "uk",
        languages = new[] { "uk", "ru" },
        contact = new { phone = "+420 777 123 456", email = "klientka@example.org", town = "Liberec", region = "CZ051" },
        vulnerability = new { pregnancy = true },
    };

    public static object Anonymous(string pseudonym = "Modrá bunda", string workplace = "LBC-LIB") => new
    {
        anonymous = true, workplace, pseudonym, birthYearBand = "1985-1989", sex = "male", nationality = "VN",
    };

    public static async Task<JsonElement> Register(this HttpClient client, object person)
    {
        var response = await client.PostAsJsonAsync("/api/v1/clients?force=true", person);
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    public static async Task<(JsonElement Body, string ETag)> Read(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/clients/{id}");
        var body = await response.ShouldBe(HttpStatusCode.OK);
        return (body, response.Headers.ETag!.Tag);
    }

    public static Task<HttpResponseMessage> Update(this HttpClient client, Guid id, object details, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clients/{id}") { Content = JsonContent.Create(details) };
        if (etag is not null) request.Headers.IfMatch.Add(new(etag));
        return client.SendAsync(request);
    }

    public static Guid Id(this JsonElement client) => client.GetProperty("id").GetGuid();
}
