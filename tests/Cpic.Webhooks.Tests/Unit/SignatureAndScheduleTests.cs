using Cpic.Webhooks.Domain;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace Cpic.Webhooks.Tests.Unit;

public sealed class SignatureAndScheduleTests
{
    [Fact]
    public void A_signature_verifies_with_the_Standard_Webhooks_reference_library()
    {
        var secret = Signatures.NewSecret();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        const string body = """{"type":"month.closed","timestamp":"2026-12-04T10:00:00+00:00","data":{"centre":"LBC"}}""";
        var headers = new HeaderDictionary
        {
            ["webhook-id"] = "msg_1", ["webhook-timestamp"] = now.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["webhook-signature"] = Signatures.Sign([secret], "msg_1", now, body),
        };
        new StandardWebhook(secret).Verify(body, headers);
        var tampered = () => new StandardWebhook(secret).Verify(body.Replace("LBC", "PHA", StringComparison.Ordinal), headers);
        tampered.Should().Throw<Exception>();
        headers["webhook-signature"] = Signatures.Sign([secret, Signatures.NewSecret()], "msg_1", now, body);
        new StandardWebhook(secret).Verify(body, headers);
    }

    [Fact]
    public void By_default_retries_grow_fourfold_to_five_hours_and_go_on_for_more_than_a_day()
    {
        var options = new WebhookOptions();
        var start = DateTimeOffset.UnixEpoch;
        var (now, delays) = (start, new List<TimeSpan>());
        while (RetrySchedule.Next(options, delays.Count + 1, start, now) is { } delay)
        {
            delays.Add(delay);
            now += delay;
        }

        delays.Take(4).Should().Equal(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(80), TimeSpan.FromSeconds(320));
        delays.Max().Should().Be(TimeSpan.FromHours(5));
        (now - start).Should().BeGreaterThan(TimeSpan.FromHours(24));
        delays.Count.Should().BeLessThan(15);
    }
}
