using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cpic.Api.Tests.Sweep;
using Cpic.BuildingBlocks.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.Api.Tests;

/// <summary>
/// Every operation of the running host's OpenAPI document (so a new module is covered without touching this test), called by
/// every role from the records' own centre, from another centre and from the ministry, and with forged tokens. It fails
/// on any record of one centre reaching another centre, any personal data reaching the ministry, any change of a centre's
/// records made from outside it, any forged token accepted, and any 5xx.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationSweepTests(CpicApp app) : IAsyncLifetime
{
    private const string OwnCentre = "LBC";
    private const string OtherCentre = "PHA";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly HttpClient _http = app.CreateClient();
    private readonly List<string> _failures = [];
    private IReadOnlyList<Operation> _operations = [];
    private CentreRecords _records = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _operations = Operation.From(JsonNode.Parse(await _http.GetStringAsync("/openapi/v1.json"))!);
        _records = new CentreRecords(app, app.ClientFor(OwnCentre, [.. Roles.CentreStaff]));
        await _records.SeedAsync(Today);
        await _records.HarvestAsync(_operations, Today);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task No_role_reads_or_changes_another_centres_records_and_the_ministry_sees_no_personal_data()
    {
        _operations.Should().HaveCountGreaterThan(80, "the sweep reads the operations from the running host");
        _records.Ids.Keys.Should().Contain(["clients", "services", "cases", "referrals", "courses", "sessions", "enrolments"]);
        var before = await SnapshotAsync();

        foreach (var role in Roles.CentreStaff)
        {
            await ProbeAllAsync($"{role}@{OtherCentre}", Token([role], OtherCentre), _records.Secrets.ToList());
        }

        foreach (var role in Roles.Ministry)
        {
            await ProbeAllAsync(role, Token([role], null), _records.PersonalData.ToList());
        }

        var after = await SnapshotAsync();
        _failures.AddRange(before.Except(after).Select(read => $"changed from outside the centre: {read[..Math.Min(read.Length, 300)]}"));
        _failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_forged_token_is_refused_on_every_operation()
    {
        var options = app.Services.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>()!;
        foreach (var (forgery, token) in ForgedTokens.All(options))
        {
            foreach (var operation in _operations.Where(o => o.Authenticated))
            {
                var response = await SendAsync(operation, token);
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    _failures.Add($"{forgery}: {operation} answered {(int)response.StatusCode}");
                }
            }
        }

        _failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_role_of_the_own_centre_gets_an_answer_never_a_server_error_and_a_403_names_the_roles()
    {
        foreach (var role in Roles.All)
        {
            var centre = Roles.Ministry.Contains(role) ? null : OwnCentre;
            foreach (var operation in _operations)
            {
                var response = await SendAsync(operation, Token([role], centre));
                if ((int)response.StatusCode >= 500) _failures.Add($"{role}: {operation} answered {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.Forbidden && !(await response.Content.ReadAsStringAsync()).Contains("requiredRoles", StringComparison.Ordinal))
                {
                    _failures.Add($"{role}: {operation} answered 403 without naming the roles it needs");
                }
            }
        }

        _failures.Should().BeEmpty();
    }

    private async Task ProbeAllAsync(string who, string token, IReadOnlyList<string> secrets)
    {
        foreach (var operation in _operations)
        {
            var url = operation.Url(_records.Ids, OwnCentre, Today);
            var response = await SendAsync(operation, token);
            var body = await response.Content.ReadAsStringAsync();
            var asked = secrets.Where(url.Contains).ToList();
            if ((int)response.StatusCode >= 500)
            {
                _failures.Add($"{who}: {operation} answered {(int)response.StatusCode}");
            }
            else if (asked.Count > 0 && response.IsSuccessStatusCode)
            {
                _failures.Add($"{who}: {operation} on another centre's record answered {(int)response.StatusCode}");
            }
            else if (secrets.Except(asked).FirstOrDefault(body.Contains) is { } leaked)
            {
                _failures.Add($"{who}: {operation} answered with '{leaked}'");
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Operation operation, string token)
    {
        var url = operation.Url(_records.Ids, OwnCentre, Today);
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (operation.Method is "POST" or "PUT")
        {
            // A PUT sends back what the owner read, with its ETag: the write would succeed if tenancy let it through.
            var current = operation.Method == "PUT" ? await OwnerReadAsync(url) : null;
            request.Content = new StringContent(current?.Body ?? "{}", Encoding.UTF8, operation.ContentType);
            if (current?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await _http.SendAsync(request);
    }

    private async Task<(string Body, string? ETag)?> OwnerReadAsync(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token([.. Roles.CentreStaff], OwnCentre));
        var response = await _http.SendAsync(request);
        return response.IsSuccessStatusCode ? (await response.Content.ReadAsStringAsync(), response.Headers.ETag?.ToString()) : null;
    }

    /// <summary>
    /// What the owner reads from every list and record of the centre: not reference data (the ministry edits the centre
    /// registry), not the access log, which grows with every read, nor the export,
    /// which holds it (and the rest of the export is read here on its own).
    /// </summary>
    private async Task<List<string>> SnapshotAsync()
    {
        var snapshot = new List<string>();
        foreach (var read in _operations.Where(o => o.Method == "GET" && !o.Template.Contains("access-log", StringComparison.Ordinal)
                     && !o.Template.StartsWith("/api/v1/reference", StringComparison.Ordinal)
                     && !o.Template.EndsWith("/export", StringComparison.Ordinal)))
        {
            var url = read.Url(_records.Ids, OwnCentre, Today);
            snapshot.Add($"{url} {(await OwnerReadAsync(url))?.Body}");
        }

        return snapshot;
    }

    private string Token(string[] roles, string? centre)
    {
        var options = app.Services.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>()!;
        return DevTokens.Issue(options, $"sweep-{string.Join('-', roles)}", roles, centre);
    }
}
