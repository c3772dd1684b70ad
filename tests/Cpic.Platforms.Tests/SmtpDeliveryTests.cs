using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

/// <summary>
/// The host with a real SMTP server in process (the SmtpServer package) that refuses the first messages when told, and
/// a clock tests can move forward (<see cref="Clock"/>).
/// </summary>
public sealed class SmtpApp : CpicApp
{
    private readonly CancellationTokenSource _stop = new();
    private readonly int _port = FreePort();

    public SmtpApp()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(_port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(Mailbox);
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public TestMailbox Mailbox { get; } = new();

    /// <summary>The host's clock: the real time plus <see cref="ShiftedClock.Shift"/>.</summary>
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.UseSetting("Platforms:Evaluation:LinkBase", "https://cpic.example.org");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Smtp:From", "centrum@example.org");
        builder.UseSetting("Smtp:RetryDelay", "00:00:01");
        builder.UseSetting("Smtp:MaxAttempts", "3");
    }

    public override async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The real clock moved by <see cref="Shift"/>, so the whole host lives a while ahead when a test says so.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}

/// <summary>Keeps every message accepted; refuses the next <see cref="RefuseNext"/> with a temporary 452.</summary>
public sealed class TestMailbox : MessageStore
{
    private int _refuse;

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public int RefuseNext { set => _refuse = value; }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _refuse) >= 0) return new SmtpResponse(SmtpReplyCode.InsufficientStorage, "Try again later");
        using var stream = new MemoryStream(buffer.ToArray());
        Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
        return SmtpResponse.Ok;
    }
}

[CollectionDefinition(Name)]
public sealed class SmtpCollection : ICollectionFixture<SmtpApp>
{
    public const string Name = "smtp";
}

/// <summary>Outreach e-mail goes out through SMTP from the durable outbox, retried, each recipient's delivery recorded.</summary>
[Collection(SmtpCollection.Name)]
public sealed class SmtpDeliveryTests(SmtpApp app)
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    [Fact]
    public async Task A_refused_message_is_retried_and_delivered_and_each_delivery_is_recorded()
    {
        var ppp = await app.ActorAsync(_staff, "PPP Liberec", "ppp");
        await app.PersonAsync(_staff, ppp, "Jana Příkladová", "jana@ppp.example.org", "newsletters");
        var list = (await app.CreateAsync(_staff, "outreach/lists", new { name = "PPP", purpose = "newsletters", actorIds = new[] { ppp } }))
            .GetProperty("id").GetGuid();
        app.Mailbox.RefuseNext = 1;

        var sending = await app.CreateAsync(_staff, "outreach/sendings", new { listId = list, subject = "Zpravodaj 12/2026", text = "Dobrý den,\nnovinky." });
        sending.GetProperty("channel").GetString().Should().Be("smtp");
        var delivery = await DeliveredAsync(_staff, sending.GetProperty("id").GetGuid());

        delivery.GetProperty("status").GetString().Should().Be("delivered");
        delivery.GetProperty("attempts").GetInt32().Should().Be(2, "the first attempt was refused with 452");
        var mail = app.Mailbox.Received.Should().ContainSingle(m => m.Subject == "Zpravodaj 12/2026").Subject;
        (mail.Subject, mail.To.Mailboxes.Single().Address, mail.TextBody?.Trim()).Should().Be(("Zpravodaj 12/2026", "jana@ppp.example.org", "Dobrý den,\nnovinky."));
    }

    internal static async Task<JsonElement> DeliveredAsync(HttpClient staff, Guid sending)
    {
        for (var i = 0; i < 60; i++)
        {
            var read = await (await staff.GetAsync($"{Api}/outreach/sendings/{sending}")).ShouldBe(HttpStatusCode.OK);
            var delivery = read.GetProperty("recipients")[0];
            if (delivery.GetProperty("status").GetString() != "pending") return delivery;
            await Task.Delay(500);
        }

        throw new TimeoutException("The e-mail was not delivered within 30 s.");
    }
}
