namespace Cpic.Platforms.Tests;

[CollectionDefinition(Name)]
public sealed class PlatformsCollection : ICollectionFixture<CpicApp>
{
    public const string Name = "platforms";
}
