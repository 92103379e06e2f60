namespace CxReviewBot.Hosting;

/// <summary>
/// The loops behind every background job. A failed pass is reported and the next one still runs: an exception that
/// left a loop would end its BackgroundService, and by default the host with it. Only stopping ends a loop — a
/// cancellation that is not the host's (an HTTP or database timeout) counts as a failed pass like any other error.
/// </summary>
internal static class PeriodicPasses
{
    /// <summary>One pass now, then one per <paramref name="interval"/> of <paramref name="time"/>.</summary>
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, Func<CancellationToken, Task> pass, Action<Exception> onFailure, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            await RunOneAsync(async token =>
            {
                await pass(token);
                return 0;
            }, onFailure, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// Passes back to back while they handle something; after one that handled nothing (or failed),
    /// <paramref name="idle"/> waits before the next.
    /// </summary>
    public static async Task RunWhileBusyAsync(Func<CancellationToken, Task<int>> pass, Func<CancellationToken, Task> idle, Action<Exception> onFailure, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await RunOneAsync(pass, onFailure, stoppingToken) == 0)
            {
                await idle(stoppingToken);
            }
        }
    }

    private static async Task<int> RunOneAsync(Func<CancellationToken, Task<int>> pass, Action<Exception> onFailure, CancellationToken stoppingToken)
    {
        try
        {
            return await pass(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            onFailure(e);
            return 0;
        }
    }
}
