namespace Cpic.Counselling.Tests;

[CollectionDefinition(Name)]
public sealed class CounsellingCollection : ICollectionFixture<CpicApp>
{
    public const string Name = "counselling";
}
