using System.Net;
using System.Text;
using System.Text.Json;

namespace Cpic.Api.Tests.Imports;

/// <summary>Uploading import files and reading their jobs, for the import tests.</summary>
internal static class ImportKit
{
    public const string ClientImports = "/api/v1/clients/imports", ServiceImports = "/api/v1/counselling/imports";
    public static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    public static Task<HttpResponseMessage> Upload(this HttpClient client, string path, string body, string contentType) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    /// <summary>Uploads a file and waits until the job and every message it caused are done; returns the finished job.</summary>
    public static async Task<JsonElement> ImportAsync(this CpicApp app, HttpClient client, string path, string body,
        string contentType = "text/csv")
    {
        var response = await app.AndWaitForMessages(() => client.Upload(path, body, contentType));
        var accepted = await response.ShouldBe(HttpStatusCode.Accepted);
        response.Headers.Location!.ToString().Should().Be($"{path}/{accepted.GetProperty("id").GetGuid()}");
        return await (await client.GetAsync(response.Headers.Location)).ShouldBe(HttpStatusCode.OK);
    }

    public static (int Imported, int Matched, int AlreadyImported, int Refused) Counts(this JsonElement job)
    {
        var c = job.GetProperty("counts");
        return (c.GetProperty("imported").GetInt32(), c.GetProperty("matched").GetInt32(),
            c.GetProperty("alreadyImported").GetInt32(), c.GetProperty("refused").GetInt32());
    }

    public static async Task<JsonElement> Rows(this HttpClient client, string path, JsonElement job, string? outcome = null) =>
        (await (await client.GetAsync($"{path}/{job.GetProperty("id").GetGuid()}/rows{(outcome is null ? "" : $"?outcome={outcome}")}"))
            .ShouldBe(HttpStatusCode.OK)).GetProperty("items");
}
