using System.Net;
using CxReviewBot.Protocol.Connector;

namespace CxReviewBot.UnitTests.Connector;

public sealed class ConnectorRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly ConnectorOptions Options = new()
    {
        MaxRetries = 4,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(30),
    };

    [Theory]
    [InlineData(429, true)]
    [InlineData(412, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(413, false)]
    [InlineData(500, false)]
    [InlineData(501, false)]
    public void IsRetryable_OnlyThrottlingAndGatewayErrors(int status, bool expected) =>
        Assert.Equal(expected, ConnectorRetryPolicy.IsRetryable((HttpStatusCode)status));

    [Fact]
    public void ParseRetryAfter_DeltaSeconds_ReturnsSeconds() =>
        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetryPolicy.ParseRetryAfter("7", Now));

    [Fact]
    public void ParseRetryAfter_HttpDate_ReturnsTimeUntilDate() =>
        Assert.Equal(TimeSpan.FromSeconds(90), ConnectorRetryPolicy.ParseRetryAfter("Mon, 23 Nov 2026 10:01:30 GMT", Now));

    [Fact]
    public void ParseRetryAfter_DateInThePast_ReturnsZero() =>
        Assert.Equal(TimeSpan.Zero, ConnectorRetryPolicy.ParseRetryAfter("Mon, 23 Nov 2026 09:59:00 GMT", Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    public void ParseRetryAfter_AbsentOrGarbage_ReturnsNull(string? value) =>
        Assert.Null(ConnectorRetryPolicy.ParseRetryAfter(value, Now));

    [Fact]
    public void NextDelay_WithRetryAfter_HonoursIt() =>
        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorRetryPolicy.NextDelay(1, TimeSpan.FromSeconds(12), Options, jitter: 0.9));

    [Fact]
    public void NextDelay_RetryAfterBeyondMaxDelay_GivesUp() =>
        Assert.Null(ConnectorRetryPolicy.NextDelay(1, TimeSpan.FromSeconds(31), Options, jitter: 0));

    [Theory]
    [InlineData(1, 1_000)]
    [InlineData(2, 2_000)]
    [InlineData(3, 4_000)]
    [InlineData(4, 8_000)]
    public void NextDelay_WithoutRetryAfter_BacksOffExponentiallyWithinJitterBand(int retry, int backoffMs)
    {
        var low = ConnectorRetryPolicy.NextDelay(retry, null, Options, jitter: 0);
        var high = ConnectorRetryPolicy.NextDelay(retry, null, Options, jitter: 0.999);

        Assert.Equal(TimeSpan.FromMilliseconds(backoffMs / 2.0), low);
        Assert.InRange(high!.Value.TotalMilliseconds, backoffMs * 0.99, backoffMs);
    }

    [Fact]
    public void NextDelay_LargeRetryNumber_IsCappedAtMaxDelay()
    {
        var options = new ConnectorOptions { MaxRetries = 50, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) };

        var delay = ConnectorRetryPolicy.NextDelay(40, null, options, jitter: 0.999);

        Assert.InRange(delay!.Value, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void NextDelay_BudgetSpent_ReturnsNull()
    {
        Assert.NotNull(ConnectorRetryPolicy.NextDelay(4, null, Options, jitter: 0.5));
        Assert.Null(ConnectorRetryPolicy.NextDelay(5, null, Options, jitter: 0.5));
        Assert.Null(ConnectorRetryPolicy.NextDelay(5, TimeSpan.FromSeconds(1), Options, jitter: 0.5));
    }

    [Fact]
    public void NextDelay_ZeroRetriesConfigured_NeverRetries() =>
        Assert.Null(ConnectorRetryPolicy.NextDelay(1, null, new ConnectorOptions { MaxRetries = 0 }, jitter: 0.5));
}
