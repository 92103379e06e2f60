using CxReviewBot.Hosting;
using CxReviewBot.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.UnitTests.Hosting;

public sealed class PeriodicPassesTests
{
    [Fact]
    public async Task FailingPasses_AreReported_AndTheNextTickStillRuns()
    {
        var time = new FakeTimeProvider();
        var failures = new List<Exception>();
        var passes = 0;
        var thirdPass = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();

        var loop = PeriodicPasses.RunAsync(TimeSpan.FromMinutes(1), time, _ =>
        {
            switch (Interlocked.Increment(ref passes))
            {
                case 1: throw new InvalidOperationException("database is locked");
                // A timeout that is not the host stopping (HttpClient, Npgsql) is a failed pass too.
                case 2: throw new TaskCanceledException("request timed out");
                default:
                    thirdPass.TrySetResult();
                    return Task.CompletedTask;
            }
        }, failures.Add, stop.Token);

        Assert.Equal(1, passes);
        time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.UntilAsync(() => Volatile.Read(ref passes) == 2, "the second pass");
        time.Advance(TimeSpan.FromMinutes(1));
        await thirdPass.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["database is locked", "request timed out"], failures.Select(f => f.Message));
        Assert.False(loop.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
    }

    [Fact]
    public async Task WhileBusy_RunsAgainAtOnce_AndIdlesAfterAFailure()
    {
        var results = new Queue<Func<int>>([() => 2, () => throw new TimeoutException("slow"), () => 0, () => 1]);
        var idles = 0;
        var failures = new List<Exception>();
        using var stop = new CancellationTokenSource();

        var loop = PeriodicPasses.RunWhileBusyAsync(_ =>
        {
            if (results.Count == 0)
            {
                stop.Cancel();
                stop.Token.ThrowIfCancellationRequested();
            }
            return Task.FromResult(results.Dequeue()());
        }, _ =>
        {
            idles++;
            return Task.CompletedTask;
        }, failures.Add, stop.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, idles);
        Assert.Equal("slow", Assert.Single(failures).Message);
    }
}
