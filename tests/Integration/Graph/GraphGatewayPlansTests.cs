using CxReviewBot.Graph;
using CxReviewBot.TestKit;
using Microsoft.Kiota.Abstractions;

namespace CxReviewBot.IntegrationTests.Graph;

public sealed class GraphGatewayPlansTests : IAsyncLifetime
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
    public async Task CreatePlan_PostsGroupContainer_AndGetPlanReadsIt()
    {
        _graph.AddGroup("group-1");

        var plan = await _host.Gateway.CreatePlannerPlanAsync("group-1", "WBR actions", default);
        var read = await _host.Gateway.GetPlannerPlanAsync(plan.Id, default);

        var post = Assert.Single(_graph.Requests, r => r.Method == "POST");
        Assert.Equal("https://graph.microsoft.com/v1.0/groups/group-1", post.Body!["container"]!["url"]!.GetValue<string>());
        Assert.Equal(("WBR actions", "group-1"), (read!.Title, read.GroupId));
        Assert.Null(await _host.Gateway.GetPlannerPlanAsync("missing", default));
    }

    [Fact]
    public async Task CreatePlan_InUnknownGroup_Throws404()
    {
        var error = await Assert.ThrowsAnyAsync<ApiException>(() => _host.Gateway.CreatePlannerPlanAsync("nope", "WBR", default));

        Assert.Equal(404, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Buckets_AreCreatedAndListed_PlanTasksCarryCreator()
    {
        var planId = _graph.AddPlan("group-1", "WBR");

        var bucket = await _host.Gateway.CreatePlannerBucketAsync(planId, "Onboarding", default);
        await _host.Gateway.CreatePlannerTaskAsync(planId, bucket.Id, "Fix email", null, null, default);

        Assert.Equal([new PlannerBucketRef(bucket.Id, "Onboarding")], await _host.Gateway.GetPlannerBucketsAsync(planId, default));
        var task = Assert.Single(await _host.Gateway.GetPlanTasksAsync(planId, default));
        Assert.Equal(("Fix email", bucket.Id, FakeGraph.AppId), (task.Title, task.BucketId, task.CreatedByAppId));
        Assert.Empty(task.AssigneeIds);
        Assert.NotNull(task.CreatedUtc);
    }

    [Fact]
    public async Task CreateTask_After5xx_IsNotRetriedBySdk()
    {
        var planId = _graph.AddPlan("group-1", "WBR");
        _graph.LoseNextCreateResponse();

        await Assert.ThrowsAnyAsync<ApiException>(() => _host.Gateway.CreatePlannerTaskAsync(planId, null, "Fix email", "ana", null, default));

        Assert.Single(_graph.Requests, r => r.Method == "POST");
        Assert.Single(_graph.PlanTasks(planId));
    }
}
