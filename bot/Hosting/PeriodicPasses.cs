namespace CxReviewBot.Hosting;

/// <summary>The loop behind every background job: one pass now, then one per interval; a failed pass is reported and the next still runs.</summary>
internal static class PeriodicPasses
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, Func<CancellationToken, Task> pass, Action<Exception> onFailure, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                onFailure(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
