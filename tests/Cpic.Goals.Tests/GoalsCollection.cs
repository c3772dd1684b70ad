namespace Cpic.Goals.Tests;

[CollectionDefinition(Name)]
public sealed class GoalsCollection : ICollectionFixture<CpicApp>
{
    public const string Name = "goals";
}
