namespace Cpic.Clients.Tests;

[CollectionDefinition(Name)]
public sealed class ClientsCollection : ICollectionFixture<CpicApp>
{
    public const string Name = "clients";
}
