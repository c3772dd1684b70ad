using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Imports;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Domain;
using FluentValidation;
using Marten;

namespace Cpic.Clients.Features.Imports;

/// <summary>A row that passed every rule of registration and of recording a residence status.</summary>
internal sealed record ClientRow(ImportRowText Row, ClientDetails Details, IReadOnlyList<ResidenceStatus> Statuses);

/// <summary>
/// Checks a row of a clients import exactly as the API checks <c>POST /api/v1/clients</c> and
/// <c>POST .../residence-statuses</c>: the same JSON binding, the same validators, the same rules on stored data.
/// </summary>
internal static class ClientImportRows
{
    public static async Task<(ClientRow? Row, Dictionary<string, string[]> Errors)> ReadAsync(ImportRowText row,
        IQuerySession session, Centre? centre, IValidator<ClientDetails> detailsRules, IValidator<ResidenceStatus> statusRules, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var details = ImportJson.Read<ClientDetails>(row.Json!, errors);
        var statuses = ImportJson.Read<ClientImportLayout.Extras>(row.Json!, errors)?.ResidenceStatuses ?? [];
        if (details is null)
        {
            return (null, errors);
        }

        ImportJson.AddErrors(errors, await Validation.ErrorsAsync(detailsRules, details, ct));
        for (var i = 0; i < statuses.Count; i++)
        {
            var prefix = $"residenceStatuses[{i}]";
            if (statuses[i] is null) errors[prefix] = [$"{prefix} is a residence status, not null."];
            else ImportJson.AddErrors(errors, await Validation.ErrorsAsync(statusRules, statuses[i], ct), prefix + ".");
        }

        // Registration's stored-data rule (ClientRules.CheckReferencesAsync) for a row, which has no household: the
        // workplace is the centre's, checked against the centre loaded once for the batch.
        if (centre?.FindWorkplace(details.Workplace) is null)
        {
            errors["workplace"] = [CentreRegistry.NotAWorkplace(details.Workplace, session.TenantId)];
        }

        return (errors.Count == 0 ? new ClientRow(row, details, statuses) : null, errors);
    }
}
