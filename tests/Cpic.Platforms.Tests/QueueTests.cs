using Microsoft.Extensions.DependencyInjection;
using Wolverine.Configuration;
using Wolverine.Runtime;

namespace Cpic.Platforms.Tests;

[Collection(PlatformsCollection.Name)]
public sealed class QueueTests(CpicApp app)
{
    [Fact]
    public void The_module_has_its_own_durable_queue()
    {
        var runtime = app.RunningHost.Services.GetRequiredService<IWolverineRuntime>();
        runtime.Options.Transports.AllEndpoints().Should().ContainSingle(e => e.EndpointName == "platforms")
            .Which.Mode.Should().Be(EndpointMode.Durable);
    }
}
