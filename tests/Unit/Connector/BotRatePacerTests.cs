using CxReviewBot.Protocol.Connector;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.UnitTests.Connector;

public sealed class BotRatePacerTests
{
    [Fact]
    public void Reserve_FirstCall_DoesNotWait() =>
        Assert.Equal(TimeSpan.Zero, new BotRatePacer(new FakeTimeProvider()).Reserve(4));

    [Fact]
    public void Reserve_BackToBackCalls_AreSpacedEvenly()
    {
        var pacer = new BotRatePacer(new FakeTimeProvider());

        var waits = Enumerable.Range(0, 4).Select(_ => pacer.Reserve(4).TotalMilliseconds).ToList();

        Assert.Equal([0, 250, 500, 750], waits);
    }

    [Fact]
    public void Reserve_AsTimePasses_WaitsOnlyForTheRemainderOfTheInterval()
    {
        var time = new FakeTimeProvider();
        var pacer = new BotRatePacer(time);
        pacer.Reserve(4);
        time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(TimeSpan.FromMilliseconds(150), pacer.Reserve(4));
    }

    [Fact]
    public void Reserve_AfterAQuietPeriod_DoesNotWait()
    {
        var time = new FakeTimeProvider();
        var pacer = new BotRatePacer(time);
        for (var i = 0; i < 10; i++)
        {
            pacer.Reserve(4);
        }

        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve(4));
    }
}
