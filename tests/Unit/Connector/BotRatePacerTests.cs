using CxReviewBot.Protocol.Connector;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.UnitTests.Connector;

public sealed class BotRatePacerTests
{
    [Fact]
    public void Reserve_UnderTheLimit_DoesNotWait()
    {
        var pacer = new BotRatePacer(new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 3).Select(_ => pacer.Reserve(3)), wait => Assert.Equal(TimeSpan.Zero, wait));
    }

    [Fact]
    public void Reserve_OverTheLimit_WaitsUntilTheOldestCallLeavesTheWindow()
    {
        var time = new FakeTimeProvider();
        var pacer = new BotRatePacer(time);
        pacer.Reserve(3);
        time.Advance(TimeSpan.FromMilliseconds(200));
        pacer.Reserve(3);
        pacer.Reserve(3);

        Assert.Equal(TimeSpan.FromMilliseconds(800), pacer.Reserve(3));
        Assert.Equal(TimeSpan.FromMilliseconds(1000), pacer.Reserve(3));
    }

    [Fact]
    public void Reserve_AfterAQuietSecond_StartsAfresh()
    {
        var time = new FakeTimeProvider();
        var pacer = new BotRatePacer(time);
        for (var i = 0; i < 5; i++)
        {
            pacer.Reserve(5);
        }

        time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve(5));
    }
}
