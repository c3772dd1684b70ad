using System.Net;
using Cpic.Webhooks.Domain;

namespace Cpic.Webhooks.Tests.Unit;

public sealed class TargetRulesTests
{
    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2a00:1450:4001:80b::200e", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.100.100.200", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    public void Only_public_unicast_addresses_are_targets(string address, bool allowed) =>
        TargetRules.IsPublic(IPAddress.Parse(address)).Should().Be(allowed);

    [Fact]
    public void Development_allows_loopback_and_http_but_never_other_schemes() =>
        (TargetRules.Problem("http://127.0.0.1:5000/x", allowPrivate: true, requireHttps: false),
            TargetRules.Problem("file:///etc/passwd", allowPrivate: true, requireHttps: false))
        .Should().Be((null, "url must be an absolute http or https URL."));
}
