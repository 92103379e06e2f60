using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Graph;

public sealed class GraphGatewayBatchTests : IAsyncLifetime
{
    private FakeGraph _graph = null!;
    private GraphTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _host = new GraphTestHost(_graph);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task GetTasks_45Ids_SendsThreeBatchesOfAtMost20()
    {
        var ids = new List<string>();
        for (var i = 0; i < 44; i++)
        {
            ids.Add((await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, $"Task {i}", "ana", null, default)).Id);
        }

        _graph.CompleteInPlanner(ids[7]);
        var before = _graph.Requests.Count;

        var tasks = await _host.Gateway.GetTasksAsync([.. ids, "missing-task"], default);

        var sent = _graph.Requests.Skip(before).ToList();
        var batches = sent.Where(r => r.Path == "/$batch").ToList();
        Assert.Equal(3, batches.Count);
        Assert.All(batches, b => Assert.Equal("Bearer " + FakeGraphCredential.Token, b.Authorization));
        Assert.Equal([20, 20, 5], batches.Select(b => b.Body!["requests"]!.AsArray().Count));
        Assert.Equal(45, sent.Count(r => r.InBatch));
        Assert.Equal(44, tasks.Count);
        Assert.False(tasks.ContainsKey("missing-task"));
        Assert.Equal(100, tasks[ids[7]].PercentComplete);
        Assert.Equal("Task 3", tasks[ids[3]].Title);
    }

    [Fact]
    public async Task GetTasks_InnerThrottle_RetriesOnlyThatRequestAfterRetryAfter()
    {
        var a = await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, "A", "ana", null, default);
        var b = await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, "B", "ana", null, default);
        _graph.ThrottleNext(path => path == $"/planner/tasks/{b.Id}", times: 1, retryAfterSeconds: 1);
        var before = _graph.Requests.Count;

        var tasks = await _host.Gateway.GetTasksAsync([a.Id, b.Id], default);

        var sent = _graph.Requests.Skip(before).ToList();
        Assert.Equal(2, sent.Count(r => r.Path == "/$batch"));
        Assert.Equal([200, 429, 200], sent.Where(r => r.InBatch).Select(r => r.Status));
        Assert.Equal(["A", "B"], tasks.Values.Select(t => t.Title).Order());
    }
}
