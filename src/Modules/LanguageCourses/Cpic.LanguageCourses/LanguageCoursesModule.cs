using Cpic.Clients.Contracts;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.DataProtection;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.LanguageCourses;

public static class LanguageCoursesModule
{
    public const string Tag = "LanguageCourses";
    public const string BasePath = "/api/v1/courses";

    /// <summary>Documents in the <c>courses</c> schema, tenanted by centre like every module's data.</summary>
    public static IServiceCollection AddLanguageCoursesModule(this IServiceCollection services)
    {
        services.AddScoped<IClientDataExporter, CoursesClientExporter>();
        services.ConfigureMarten(o =>
        {
            o.Schema.For<LanguageCourse>().DatabaseSchemaName("courses").UseNumericRevisions(true);
            o.Schema.For<CourseSession>().DatabaseSchemaName("courses").UseNumericRevisions(true).Index(s => s.CourseId).Index(s => s.Date);
            o.Schema.For<CourseEnrolment>().DatabaseSchemaName("courses").Index(e => e.CourseId).Index(e => e.BookingId);
            o.Schema.For<CourseClient>().DatabaseSchemaName("courses").Index(c => c.Code);
            o.Schema.For<Certificate>().DatabaseSchemaName("courses").Index(c => c.CourseId).Index(c => c.IssuedOn);
            o.Schema.For<AikRules>().DatabaseSchemaName("courses").SingleTenanted().UseNumericRevisions(true);
        });
        return services;
    }
}
