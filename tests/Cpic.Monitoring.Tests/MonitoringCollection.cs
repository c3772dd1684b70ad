namespace Cpic.Monitoring.Tests;

[CollectionDefinition(Name)]
public sealed class MonitoringCollection : ICollectionFixture<CpicApp>
{
    public const string Name = "monitoring";
}
