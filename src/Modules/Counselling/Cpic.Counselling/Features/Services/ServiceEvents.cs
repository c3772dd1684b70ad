using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;

namespace Cpic.Counselling.Features.Services;

/// <summary>The integration events of a service record: codes, counts and client keys; never notes, outcome or workers.</summary>
internal static class ServiceEvents
{
    public static ServiceRecorded Recorded(ServiceRecord record, string centre)
    {
        var d = record.Details;
        return new ServiceRecorded(record.Id, centre, d.Workplace, d.Date, d.Minutes, d.ServiceType, d.Form, d.Place.Type,
            d.Place.Town, d.Topics, d.Interpreter?.Language, d.Interpreter?.External ?? false, d.ClientIds, d.AudienceSize,
            d.FundingSource);
    }

    public static ServiceCorrected Corrected(ServiceRecord record, string centre)
    {
        var d = record.Details;
        return new ServiceCorrected(record.Id, centre, d.Workplace, d.Date, d.Minutes, d.ServiceType, d.Form, d.Place.Type,
            d.Place.Town, d.Topics, d.Interpreter?.Language, d.Interpreter?.External ?? false, d.ClientIds, d.AudienceSize,
            d.FundingSource, record.Version);
    }
}
