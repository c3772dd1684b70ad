using System.Globalization;
using System.Text.Json.Nodes;
using Cpic.BuildingBlocks;

namespace Cpic.Api.Tests;

/// <summary>
/// What an operation's example needs first, by operation: steps sent before it (method, path template with any query,
/// the key the id of what it creates is kept under, edits of its example body), edits of the operation's own body
/// (only members that name a record the steps created), and changes to the kept ids after the steps.
/// </summary>
public sealed partial class RequestExampleTests
{
    private sealed record Step(string Method, string Path, string? Creates = null, Action<JsonObject, Dictionary<string, string>>? Edit = null);

    private sealed record Setup(Step[] Steps, Action<JsonObject, Dictionary<string, string>>? Edit = null, Action<Dictionary<string, string>>? Then = null);

    private const string Course = "/api/v1/courses/{courseId}", Enrolments = "/api/v1/courses/{courseId}/enrolments";

    private static readonly Step[] Approval = [new("POST", "/api/v1/goals/sets/{id}/submit"), new("POST", "/api/v1/goals/sets/{id}/approve")];

    private static readonly Dictionary<string, Setup> Setups = new()
    {
        ["POST /api/v1/goals/sets/{id}/reviews"] = new(Approval),
        ["POST /api/v1/goals/sets/{id}/evaluation"] = new(Approval),
        ["POST /api/v1/goals/sets/{id}/key-results/{keyResultId}/check-ins"] = new(Approval),
        // Only a submitted version is returned: a new version of the approved set, submitted.
        ["POST /api/v1/goals/sets/{id}/return"] = new([new("POST", "/api/v1/goals/sets/{id}/versions"), new("POST", "/api/v1/goals/sets/{id}/submit")]),
        // The duplicate: the same person registered again (force skips the duplicate check).
        ["POST /api/v1/clients/{id}/merge"] = new([new("POST", "/api/v1/clients?force=true", "/duplicates")]),
        // Only a planned meeting is cancelled: another one, planned, takes the path (the first was closed).
        ["POST /api/v1/platforms/meetings/{id}/cancel"] = new([new("POST", "/api/v1/platforms/meetings", "/api/v1/platforms/meetings")]),
        // A relation is to another actor of the centre.
        ["POST /api/v1/platforms/actors/{id}/relations"] = new(
            [new("POST", "/api/v1/platforms/actors", "/other-actors", (b, _) =>
            {
                b["name"] = "Statutární město Liberec";
                b.Remove("ico");
            })],
            (b, ids) => b["actorId"] = ids["/other-actors"]),
        // A sending reaches those who consent to the list's purpose: the example person consents to newsletters too.
        ["POST /api/v1/platforms/outreach/sendings"] = new([new("POST", "/api/v1/platforms/people/{id}/consents", null, (b, _) => b["purpose"] = "newsletters")]),
        // The example course's dates are fixed and its enrolment window goes by: the steps open it today.
        ["POST /api/v1/courses/{courseId}/enrolments"] = new([new("PUT", Course, null, OpenToday)]),
        // Only an SKK (socio-cultural) lecture counts an unregistered audience.
        ["PUT /api/v1/courses/{courseId}/sessions/{sessionId}/attendance"] = new([new("PUT", Course, null, (b, ids) =>
        {
            OpenToday(b, ids);
            b["courseType"] = "socio-cultural-orientation";
            b.Remove("level");
        })]),
        // A chosen waitlisted client takes a free place: one place, a second client waitlisted, the first withdrawn.
        ["POST /api/v1/courses/{courseId}/enrolments/{enrolmentId}/promotion"] = new(
            [
                new("PUT", Course, null, (b, ids) =>
                {
                    OpenToday(b, ids);
                    b["capacity"] = 1;
                }),
                new("POST", "/api/v1/clients?force=true", "/waitlisted-clients", (b, _) => b["surname"] = "Čekatelová"),
                new("POST", Enrolments, "/waitlisted", (b, ids) => b["clientId"] = ids["/waitlisted-clients"]),
                new("POST", $"{Enrolments}/{{enrolmentId}}/withdrawal?promoteNext=false"),
            ],
            Then: ids => ids[Enrolments] = ids["/waitlisted"]),
    };

    /// <summary>The course's enrolment window open from today for 30 days, and the course running until after it.</summary>
    private static void OpenToday(JsonObject course, Dictionary<string, string> ids)
    {
        var today = TimeProvider.System.Today();
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        course["enrolmentOpensOn"] = Day(-1);
        course["enrolmentClosesOn"] = Day(30);
        if (DateOnly.Parse(course["endsOn"]!.GetValue<string>(), CultureInfo.InvariantCulture) < today.AddDays(60)) course["endsOn"] = Day(60);
    }
}
