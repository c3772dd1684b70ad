using System.Net.Sockets;
using Npgsql;

namespace Cpic.BuildingBlocks.Persistence;

/// <summary>
/// Tells a failure of PostgreSQL itself (unreachable, restarting, the connection broken, a serialization or deadlock
/// victim) from a failure caused by what was asked of it. The first kind passes when the database is back: HTTP
/// answers it with 503 and <c>Retry-After</c>, message handlers retry it until it succeeds (never dead-lettered).
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a caller should wait before retrying a request refused for an outage.</summary>
    public const int RetryAfterSeconds = 2;

    // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting or recovering), 53300 too many
    // connections, 40001 serialization failure, 40P01 deadlock; class 08 is "connection exception".
    private static readonly HashSet<string> TransientStates = ["57P01", "57P02", "57P03", "53300", "40001", "40P01"];

    public static bool IsCause(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Any(IsCause);
            }

            if (IsTransient(exception))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException p => TransientStates.Contains(p.SqlState) || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient,
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };
}
