using CxReviewBot.Protocol.Activities;
using CxReviewBot.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Connector;

public sealed class ConnectorPacingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private FakeConnector _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task EighthSendInOneSecond_IsHeldUntilTheWindowPasses()
    {
        using var host = new ConnectorTestHost(_fake, time: _time);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        for (var i = 0; i < 7; i++)
        {
            await client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText($"m{i}"), default);
        }

        var eighth = client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("m7"), default);
        var other = await client.SendToConversationAsync(_fake.ServiceUrl, "a:2", Activity.MessageWithText("elsewhere"), default);
        await _fake.WaitForQuietAsync();
        Assert.False(eighth.IsCompleted);
        Assert.Equal(8, _fake.Activities.Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("m7", (await _fake.WaitForActivitiesAsync(9))[^1].Text);
        Assert.NotNull(other.Id);
    }

    [Fact]
    public async Task PacingDisabled_SendsImmediately()
    {
        using var host = new ConnectorTestHost(_fake, new Dictionary<string, string?> { ["Connector:Pacing"] = "false" }, _time);
        var client = host.TrustedClientFor(_fake.ServiceUrl);

        for (var i = 0; i < 10; i++)
        {
            await client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText($"m{i}"), default)
                .WaitAsync(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(10, _fake.Activities.Count);
    }
}
