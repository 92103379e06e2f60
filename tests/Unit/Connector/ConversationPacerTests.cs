using CxReviewBot.Protocol.Connector;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.UnitTests.Connector;

public sealed class ConversationPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly ConversationPacer _pacer;

    public ConversationPacerTests() => _pacer = new ConversationPacer(_time);

    [Fact]
    public void SevenSendsInOneSecond_EighthWaitsForTheSecondToPass()
    {
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, _pacer.DelayBeforeNextSend("a:1"));
            _pacer.RecordSend("a:1");
        }
        _time.Advance(TimeSpan.FromMilliseconds(400));

        Assert.Equal(TimeSpan.FromMilliseconds(600), _pacer.DelayBeforeNextSend("a:1"));
    }

    [Fact]
    public void EightSendsInTwoSeconds_NinthWaitsForTheTwoSecondWindow()
    {
        for (var i = 0; i < 7; i++)
        {
            _pacer.RecordSend("a:1");
        }
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, _pacer.DelayBeforeNextSend("a:1"));
        _pacer.RecordSend("a:1");

        Assert.Equal(TimeSpan.FromSeconds(1), _pacer.DelayBeforeNextSend("a:1"));
    }

    [Fact]
    public void SixtySendsInThirtySeconds_SixtyFirstWaits()
    {
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, _pacer.DelayBeforeNextSend("a:1"));
            _pacer.RecordSend("a:1");
            _time.Advance(TimeSpan.FromMilliseconds(400));
        }

        // First send at 0 s, now 24 s: the 30 s window frees up 6 s from now.
        Assert.Equal(TimeSpan.FromSeconds(6), _pacer.DelayBeforeNextSend("a:1"));
    }

    [Fact]
    public void EighteenHundredSendsInAnHour_NextWaitsForTheHour()
    {
        for (var i = 0; i < 1800; i++)
        {
            Assert.Equal(TimeSpan.Zero, _pacer.DelayBeforeNextSend("a:1"));
            _pacer.RecordSend("a:1");
            _time.Advance(TimeSpan.FromMilliseconds(600));
        }

        Assert.Equal(TimeSpan.FromSeconds(3600 - 1080), _pacer.DelayBeforeNextSend("a:1"));
    }

    [Fact]
    public void Conversations_ArePacedIndependently()
    {
        for (var i = 0; i < 7; i++)
        {
            _pacer.RecordSend("a:busy");
        }

        Assert.True(_pacer.DelayBeforeNextSend("a:busy") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, _pacer.DelayBeforeNextSend("a:quiet"));
    }

    [Fact]
    public void ConcurrentReservations_QueueBehindEachOther()
    {
        var delays = Enumerable.Range(0, 9).Select(_ => _pacer.ReserveSend("a:1")).ToList();

        Assert.All(delays.Take(7), d => Assert.Equal(TimeSpan.Zero, d));
        Assert.Equal(TimeSpan.FromSeconds(1), delays[7]);
        Assert.Equal(TimeSpan.FromSeconds(2), delays[8]);
    }

    [Fact]
    public async Task WaitTurnAsync_CompletesOnlyAfterTheWindowPasses()
    {
        for (var i = 0; i < 7; i++)
        {
            await _pacer.WaitTurnAsync("a:1", default);
        }

        var eighth = _pacer.WaitTurnAsync("a:1", default);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(eighth.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void IdleConversations_AreForgotten()
    {
        _pacer.RecordSend("a:old");
        _pacer.RecordSend("a:recent");
        _time.Advance(TimeSpan.FromMinutes(40));
        _pacer.RecordSend("a:recent");
        Assert.Equal(2, _pacer.TrackedConversations);

        _time.Advance(TimeSpan.FromMinutes(25));
        _pacer.RecordSend("a:new");

        Assert.Equal(2, _pacer.TrackedConversations);
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(TimeSpan.Zero, _pacer.DelayBeforeNextSend("a:recent"));
        Assert.Equal(0, _pacer.TrackedConversations);
    }
}
