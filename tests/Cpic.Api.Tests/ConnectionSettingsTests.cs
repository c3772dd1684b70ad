using Cpic.BuildingBlocks.Persistence;
using Npgsql;

namespace Cpic.Api.Tests;

/// <summary>ADR 0008: the store's defaults for what the connection string leaves out, and what it sets wins.</summary>
public sealed class ConnectionSettingsTests
{
    [Fact]
    public void Pooled_connections_are_not_reset_and_repeated_statements_are_prepared_unless_the_string_says_otherwise()
    {
        var defaults = new NpgsqlConnectionStringBuilder(MartenSetup.Tuned("Host=db;Username=cpic"));
        defaults.NoResetOnClose.Should().BeTrue();
        defaults.MaxAutoPrepare.Should().Be(100);

        var own = new NpgsqlConnectionStringBuilder(
            MartenSetup.Tuned("Host=db;Username=cpic;No Reset On Close=false;Max Auto Prepare=5"));
        own.NoResetOnClose.Should().BeFalse();
        own.MaxAutoPrepare.Should().Be(5);
    }
}
