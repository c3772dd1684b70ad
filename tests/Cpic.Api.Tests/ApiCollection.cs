namespace Cpic.Api.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<CpicApp>
{
    public const string Name = "api";
}
