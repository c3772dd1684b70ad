using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;

namespace Cpic.LanguageCourses.Tests;

/// <summary>The module's copy of clients follows the Clients module's events.</summary>
[Collection(CoursesCollection.Name)]
public sealed class ClientReadModelTests(CpicApp app)
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    [Fact]
    public async Task An_anonymised_client_can_no_longer_be_enrolled()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var client = await app.RegisterAsync();
        await app.PublishClientEventsAsync("LBC", new ClientAnonymised(client, "LBC"));

        var response = await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = client });

        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("clientId")[0]
            .GetString().Should().Contain("anonymised");
    }

    [Fact]
    public async Task A_merged_client_record_points_to_the_surviving_record()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var survivor = await app.RegisterAsync();
        var merged = await app.RegisterAsync();
        await app.PublishClientEventsAsync("LBC", new ClientsMerged(survivor, merged, "LBC"));

        var response = await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = merged });

        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("clientId")[0]
            .GetString().Should().Contain(survivor.ToString());
        await _staff.EnrolAsync(course, survivor);
    }

    [Fact]
    public async Task An_identified_client_who_was_anonymous_can_be_enrolled()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var client = await app.RegisterAsync(anonymous: true);
        await app.PublishClientEventsAsync("LBC", new ClientIdentified(client, "LBC"));

        (await _staff.EnrolAsync(course, client)).GetProperty("status").GetString().Should().Be("enrolled");
    }

    [Fact]
    public async Task A_registration_handled_late_or_twice_does_not_undo_later_events()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var (identified, code) = await app.RegisterWithCodeAsync(anonymous: true);
        await app.PublishClientEventsAsync("LBC", new ClientIdentified(identified, "LBC"));
        await app.PublishClientEventsAsync("LBC",
            new ClientRegistered(identified, "LBC", "LBC-LIB", code, true, "f", 1990, "VN", new DateOnly(2024, 1, 5)));
        var anonymised = Guid.CreateVersion7();
        await app.PublishClientEventsAsync("LBC", new ClientAnonymised(anonymised, "LBC"));
        await app.PublishClientEventsAsync("LBC",
            new ClientRegistered(anonymised, "LBC", "LBC-LIB", "LBC-LATE-1", false, "f", 1990, "VN", new DateOnly(2024, 1, 5)));

        (await _staff.EnrolAsync(course, identified)).GetProperty("status").GetString().Should().Be("enrolled");
        (await (await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = anonymised }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("clientId")[0]
            .GetString().Should().Contain("anonymised");
    }
}
