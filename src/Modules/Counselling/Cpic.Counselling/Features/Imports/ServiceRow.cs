using Cpic.BuildingBlocks.Imports;
using Cpic.Counselling.Features.Services;

namespace Cpic.Counselling.Features.Imports;

/// <summary>A row of a services import bound to the API's body, its clients' source ids resolved to client ids.</summary>
internal sealed class ServiceRow
{
    public ServiceRow(ImportRowText row)
    {
        Row = row;
        Input = ImportJson.Read<ServiceInput>(row.Json!, Errors);
        ClientSourceIds = ImportJson.Read<ServiceImportLayout.Extras>(row.Json!, Errors)?.ClientSourceIds ?? [];
    }

    public ImportRowText Row { get; }
    public ServiceInput? Input { get; private set; }
    public IReadOnlyList<string> ClientSourceIds { get; }
    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>Adds the clients named by source id to <c>clientIds</c>; one never imported is an error on its place.</summary>
    public void Resolve(IReadOnlyDictionary<string, Guid> clients)
    {
        for (var i = 0; i < ClientSourceIds.Count; i++)
        {
            if (!clients.ContainsKey(ClientSourceIds[i]))
            {
                Errors[$"clientSourceIds[{i}]"] = [$"No client with sourceId {ClientSourceIds[i]} was imported to this centre."];
            }
        }

        if (Input is not null && ClientSourceIds.Count > 0)
        {
            Input = Input with { ClientIds = [.. Input.ClientIds ?? [], .. ClientSourceIds.Where(clients.ContainsKey).Select(s => clients[s])] };
        }
    }
}
