using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>The document's server and its tags, described and in the order a newcomer meets them.</summary>
internal sealed class DocumentDescriptionFilter : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Reference", "Code lists (cs/en labels) and the centre registry: read these first, every input uses their codes."),
        ("Clients", "The people a centre serves: registration, residence status, consent, duplicates and merging, " +
            "GDPR export, access log and anonymisation."),
        ("Counselling", "Services delivered to clients (social and legal counselling, interpreting...), cases, " +
            "field work, referrals and the interpreter pool."),
        ("LanguageCourses", "Czech, socio-cultural (SKK) and adaptation-integration (AIK) courses: sessions, " +
            "enrolments, attendance, completion and certificates."),
        ("Platforms", "The centre's network of partners: actors, platforms and working groups, meetings, follow-up " +
            "and outreach e-mail."),
        ("Goals", "Yearly operational goals bound to live figures, monthly reviews and the ministry's approval."),
        ("Monitoring", "Anonymised statistics, the ministry's facts feed, reporting periods and situation monitoring."),
        ("Webhooks", "Subscriptions to events instead of polling. Each delivery is a POST of `{type, timestamp, data}` " +
            "(ids and codes only; the catalogue of types and their `data` fields: list-webhook-event-types) signed per " +
            "Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`: v1 HMAC-SHA256 of " +
            "`{id}.{timestamp}.{body}` with the subscription's secret), retried for more than a day, in order per " +
            "resource; de-duplicate by `webhook-id`. Verification examples: docs/webhooks.md."),
        ("Operations", "For the host's operators: messages that failed for good (dead letters) and their replay."),
        ("Health", "Liveness and readiness of the host, for load balancers and orchestrators."),
    ];

    /// <summary>
    /// The key that orders operations for Swagger UI: by tag in the order above, then by path (a collection before its
    /// items), creation before reading, updating and deleting.
    /// </summary>
    public static string WorkflowOrder(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription api)
    {
        var tag = api.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>()
            .SelectMany(t => t.Tags).FirstOrDefault();
        var rank = Array.FindIndex(Tags, t => t.Name == tag);
        var method = Array.IndexOf(["POST", "GET", "PUT", "PATCH", "DELETE"], api.HttpMethod);
        return $"{(rank < 0 ? Tags.Length : rank):00} {api.RelativePath} {method}";
    }

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document" }];
        var used = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name).ToHashSet();
        document.Tags = new HashSet<OpenApiTag>(Tags.Where(tag => used.Contains(tag.Name))
            .Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));
    }
}
