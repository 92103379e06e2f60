namespace CxReviewBot.TestKit;

/// <summary>Thread-safe request list of <see cref="FakeConnector"/> that tests can await.</summary>
internal sealed class FakeConnectorLog
{
    private readonly Lock _lock = new();
    private readonly List<FakeConnectorRequest> _requests = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(FakeConnectorRequest request)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _requests.Add(request);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    public IReadOnlyList<FakeConnectorRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _requests];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    public async Task<IReadOnlyList<FakeConnectorRequest>> WaitForAsync(Func<FakeConnectorRequest, bool> match, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            List<FakeConnectorRequest> hits;
            lock (_lock)
            {
                hits = _requests.Where(match).ToList();
                changed = _changed.Task;
            }
            if (hits.Count >= count)
            {
                return hits;
            }
            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(Environment.NewLine + "  ", Snapshot());
                throw new TimeoutException(
                    $"Fake connector: expected {count} matching request(s) within {timeout}, got {hits.Count}. All requests:{Environment.NewLine}  {seen}");
            }
        }
    }

    /// <summary>Waits until no request has arrived for <paramref name="quiet"/>; fails when that does not happen within <paramref name="timeout"/>.</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }
            var first = await Task.WhenAny(changed, Task.Delay(quiet, deadline.Token)).ConfigureAwait(false);
            if (first != changed && !deadline.IsCancellationRequested)
            {
                return;
            }
            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Fake connector: still receiving requests after {timeout} (wanted {quiet} of quiet).");
            }
        }
    }
}
