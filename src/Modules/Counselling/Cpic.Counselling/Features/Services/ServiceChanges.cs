using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;

namespace Cpic.Counselling.Features.Services;

/// <summary>What every correction and cancellation checks first: the record exists, is current and may change.</summary>
internal static class ServiceChanges
{
    public static async Task<ServiceRecord> LoadForChangeAsync(IDocumentSession session, Guid id, long expectedVersion,
        bool byCentreHead, DateOnly today, CancellationToken ct)
    {
        var record = await session.LoadAsync<ServiceRecord>(id, ct) ?? throw new NotFoundException("Service", id.ToString());
        if (record.Version != expectedVersion)
        {
            throw PreconditionFailedException.Stale("service", record.Version);
        }

        if (record.Cancelled)
        {
            throw new ConflictException("The service is cancelled; a cancelled record cannot change any more.");
        }

        EnsurePeriodOpen(record.Details.Date, byCentreHead, today);
        return record;
    }

    /// <summary>Records of a closed reporting period (before this month) are changed only by the centre head.</summary>
    public static void EnsurePeriodOpen(DateOnly date, bool byCentreHead, DateOnly today)
    {
        if (ReportingPeriod.IsClosed(date, today) && !byCentreHead)
        {
            throw new ProblemException(ProblemTypes.Forbidden,
                $"{date:yyyy-MM-dd} belongs to a closed reporting period; only the centre head can change its records.");
        }
    }
}
