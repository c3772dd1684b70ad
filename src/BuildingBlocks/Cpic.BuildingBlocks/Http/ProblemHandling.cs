using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Cpic.BuildingBlocks.Persistence;

namespace Cpic.BuildingBlocks.Http;

/// <summary>One place that turns every error into RFC 9457 problem details.</summary>
public static class ProblemHandling
{
    public static IServiceCollection AddCpicProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            Describe(ctx.ProblemDetails);
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<CpicExceptionHandler>();
        // Binding failures (malformed JSON, unparsable query values) throw, so they reach the handler above.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<AnyIdSegment>("guid"));
        // A number sent as a string ("minutes": "45") is the wrong type, a 400 like any other: the web defaults accept it.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services;
    }

    /// <summary>
    /// Gives a problem its catalogue type (ADR 0013): one raised with a type keeps it; one without (the framework's
    /// 401, 404, 405, 415, 429) gets the type of its status. The title is the type's, the detail its description
    /// unless the problem says more. A status the catalogue lacks keeps the framework's type (a test finds it).
    /// </summary>
    private static void Describe(ProblemDetails problem)
    {
        if ((ProblemTypes.Find(problem.Type) ?? ProblemTypes.ForStatus(problem.Status ?? 500)) is not { } type)
        {
            return;
        }

        problem.Type = type.Uri;
        problem.Title = type.Title;
        problem.Detail ??= type.When;
    }

    internal const string CurrentETag = "cpic.problem.current-etag";

    // The exception handler removes ETag from its answers (when the response starts), so a 412's current ETag is set
    // by a callback registered before it, which runs after it.
    public static IApplicationBuilder UseCpicProblemDetails(this IApplicationBuilder app) =>
        app.UseExceptionHandler().UseStatusCodePages().Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                if (http.Items[CurrentETag] is long version) http.Response.Headers.ETag = ETags.For(version);
                return Task.CompletedTask;
            });
            await next(http);
        });
}

internal sealed partial class CpicExceptionHandler(IProblemDetailsService problems, ILogger<CpicExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            ProblemException p => Problem(p.Type, p.Detail, p.Extensions),
            ValidationException v => Problem(ProblemTypes.Validation, "One or more fields are invalid.",
                new Dictionary<string, object?> { ["errors"] = Errors(v) }),
            BadHttpRequestException b => Problem(ProblemTypes.ForStatus(b.StatusCode) ?? ProblemTypes.MalformedRequest, Describe(b)),
            JsonException j => Problem(ProblemTypes.MalformedRequest, Describe(j)),
            ConcurrencyException or DocumentAlreadyExistsException or EventStreamUnexpectedMaxEventIdException => Problem(ProblemTypes.ConcurrentChange,
                "The resource was changed by another request at the same time. Read it again and retry."),
            _ when DatabaseOutage.IsCause(exception) => Unavailable(http, exception),
            _ when Unstorable(exception) => Discarding(http, Problem(ProblemTypes.MalformedRequest,
                "The request contains text PostgreSQL cannot store: a NUL character (\\u0000) or an invalid escape.")),
            _ => null,
        };
        if (problem is null)
        {
            LogUnexpected(logger, exception, http.TraceIdentifier);
            problem = Problem(ProblemTypes.InternalError, "An unexpected error occurred. Quote the traceId when reporting it.");
        }
        else
        {
            LogRefused(logger, problem.Status ?? 400, problem.Title ?? "", http.TraceIdentifier);
        }

        http.Response.StatusCode = problem.Status ?? 500;
        if (exception is PreconditionFailedException { CurrentVersion: { } current }) http.Items[ProblemHandling.CurrentETag] = current;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http, ProblemDetails = problem, Exception = exception,
        });
    }

    // PostgreSQL is down, restarting or dropped the connection: nothing is wrong with the request, so the caller is
    // told to come back (503 + Retry-After) rather than shown a server error. A write whose commit reply was lost may
    // have been stored: a POST retried with the same Idempotency-Key replays it or runs once (ADR 0007).
    private ProblemDetails Unavailable(HttpContext http, Exception exception)
    {
        LogOutage(logger, exception.GetType().Name, http.TraceIdentifier);
        http.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(ProblemTypes.ServiceUnavailable, ProblemTypes.ServiceUnavailable.When);
    }

    // PostgreSQL refuses such a value while binding the parameters of a batch, and Npgsql can then hand the
    // connection back to the pool out of step with the server ("Received unexpected backend message DataRow"):
    // the next request on it failed with a 500. Pooled connections are not reset (ADR 0008), so the pools are
    // cleared: connections in use are closed when returned, and no other request gets the broken one.
    private static ProblemDetails Discarding(HttpContext http, ProblemDetails problem)
    {
        if (http.RequestServices.GetService<Marten.IDocumentStore>()?.Storage.Database is Weasel.Postgresql.PostgresqlDatabase database)
        {
            database.DataSource.Clear();
        }

        return problem;
    }

    // 22021: character not in repertoire (NUL in text); 22P05: untranslatable character (\u0000 in jsonb).
    private static bool Unstorable(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is Npgsql.PostgresException { SqlState: "22021" or "22P05" })
            {
                return true;
            }
        }

        return false;
    }

    private static ProblemDetails Problem(ProblemType type, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Type = type.Uri, Status = type.Status, Title = type.Title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private static string Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return Describe(json);
        }

        // The framework's messages name .NET types ("Failed to bind parameter "Nullable<int> limit" from "abc".",
        // "Required parameter "DateOnly from" was not provided from query string."); say them in API terms.
        var binding = BindingFailure().Match(exception.Message);
        if (binding.Success)
        {
            return $"The value \"{binding.Groups[2].Value}\" is not valid for the parameter \"{Camel(binding.Groups[1].Value)}\".";
        }

        if (MissingBody().IsMatch(exception.Message))
        {
            return "The request body is missing; send a JSON object.";
        }

        var query = MissingQueryParameter().Match(exception.Message);
        return query.Success ? $"The query parameter \"{Camel(query.Groups[1].Value)}\" is required." : exception.Message;
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    // System.Text.Json names .NET types ("could not be converted to System.Nullable`1[...]"); the path and the
    // position are what an integrator can act on.
    private static string Describe(JsonException json) => !json.Message.Contains("could not be converted", StringComparison.Ordinal)
        ? $"The request body is not valid JSON: {json.Message}"
        : $"The request body does not match the operation's schema: the value at {json.Path} has the wrong type or format " +
          $"(line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}). See the schema in the OpenAPI document.";

    [GeneratedRegex("""Failed to bind parameter "(?:.*\s)?(\w+)" from "(.*)"\.""")]
    private static partial Regex BindingFailure();

    [GeneratedRegex("""^(Implicit body inferred for parameter ".*" but no body was provided|Required parameter ".*" was not provided from body)""")]
    private static partial Regex MissingBody();

    [GeneratedRegex("""^Required parameter "(?:.*\s)?(\w+)" was not provided from query string""")]
    private static partial Regex MissingQueryParameter();

    private static Dictionary<string, string[]> Errors(ValidationException exception) => Validation.ByField(exception.Errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType}), answered 503, trace {TraceId}")]
    private static partial void LogOutage(ILogger logger, string exceptionType, string traceId);

    // The detail may name a lecturer or an interpreter: it goes to the caller only.
    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Status} {Title}, trace {TraceId}")]
    private static partial void LogRefused(ILogger logger, int status, string title, string traceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error, trace {TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId);
}
