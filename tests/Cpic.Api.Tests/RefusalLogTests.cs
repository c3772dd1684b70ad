using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cpic.Api.Tests;

/// <summary>A refused request (404, 409, 412, 422) is logged at information level with its status and title, without a stack trace.</summary>
[Collection(ApiCollection.Name)]
public sealed class RefusalLogTests(CpicApp app)
{
    [Fact]
    public async Task Refusals_are_logged_as_information_without_a_stack_trace()
    {
        var counsellor = app.ClientFor("LBC", Roles.Counsellor);
        var missing = Guid.CreateVersion7();
        var logged = app.Logs.Lines.Count;

        await (await counsellor.PostAsJsonAsync($"/api/v1/counselling/cases/{missing}/status", new { status = "paused" }))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/counselling/cases/{missing}/status")
        {
            Content = JsonContent.Create(new { status = "paused", reason = "holiday" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await (await counsellor.SendAsync(request)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await counsellor.PostAsJsonAsync("/api/v1/clients", new { anonymous = false })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        var lines = app.Logs.Lines.Skip(logged).ToList();
        lines.Should().NotContain(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal),
            "a refusal is not a fault: {0}", string.Join('\n', lines));
        lines.Should().NotContain(l => l.Contains("   at ", StringComparison.Ordinal), "no stack trace for a refusal");
        lines.Should().Contain(l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("404 Not found", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("422 Validation failed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fault_stays_an_error_with_its_stack_trace_and_only_a_refusal_is_downgraded()
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Cpic.Tests.Faults");
        var logged = app.Logs.Lines.Count;

        logger.LogError(new InvalidOperationException("disk full"), "Saving failed");
        logger.LogError(new NotFoundException("Client", "42"), "Invocation failed!");

        var lines = app.Logs.Lines.Skip(logged).ToList();
        lines[0].Should().StartWith("Error").And.Contain("disk full");
        lines[1].Should().Be("Information Cpic.Tests.Faults: Invocation failed! Refused: 404 Not found. ");
    }
}
