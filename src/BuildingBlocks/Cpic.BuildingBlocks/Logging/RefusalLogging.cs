using Cpic.BuildingBlocks.Http;
using FluentValidation;
using JasperFx;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Cpic.BuildingBlocks.Logging;

/// <summary>
/// A refused request (404, 409, 412, 422: a <see cref="ProblemException"/> below 500, a validation or concurrency failure)
/// is no fault: whoever logs it (Wolverine logs every failed command as an error with its stack trace) logs it here at
/// information level, with its status and title and no stack trace. Errors stay errors for everything else.
/// </summary>
public static class RefusalLogging
{
    public static ILoggingBuilder LogRefusalsAsInformation(this ILoggingBuilder logging)
    {
        logging.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp =>
            new RefusalLoggerFactory(ActivatorUtilities.CreateInstance<LoggerFactory>(sp))));
        return logging;
    }

    /// <summary>The status and title of a refusal, or null for a fault.</summary>
    public static string? Refusal(Exception? exception) => exception switch
    {
        ProblemException { Status: < 500 } p => $"{p.Status} {p.Title}",
        ValidationException => "422 Validation failed",
        ConcurrencyException => "409 Conflict",
        _ => null,
    };

    private sealed class RefusalLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new RefusalLogger(inner.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    private sealed class RefusalLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel) || inner.IsEnabled(LogLevel.Information);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (logLevel > LogLevel.Information && Refusal(exception) is { } refusal)
            {
                inner.Log(LogLevel.Information, eventId, state, null, (s, _) => $"{formatter(s, null)} Refused: {refusal}.");
            }
            else if (inner.IsEnabled(logLevel))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
