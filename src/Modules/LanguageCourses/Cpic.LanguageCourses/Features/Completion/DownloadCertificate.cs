using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.LanguageCourses.Features.Completion;

public sealed class DownloadCertificateEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet($"{LanguageCoursesModule.BasePath}/certificates/{{number}}", async (string number, HttpContext http,
                IQuerySession session, CancellationToken ct) =>
            {
                var certificate = await session.LoadAsync<Certificate>(number, ct)
                    ?? throw new NotFoundException("Certificate", number);
                await http.RecordClientsAsync([certificate.ClientId], "courses.certificate", ct);
                return Results.Text(CertificateDocument.Render(certificate), "text/html; charset=utf-8");
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("download-certificate").WithSummary("Download a certificate (printable HTML)")
            .WithDescription("The certificate as a printable A4 HTML page in Czech and, where a translation exists (en, " +
                             "uk, ru, vi, mn), in the course's language side by side. The holder is named by client code; " +
                             "the name is written in by hand, since this module holds no names. Another centre's: 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/html").ProducesProblem(StatusCodes.Status404NotFound);
}
