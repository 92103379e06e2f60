using CxReviewBot.Graph;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Graph;

public sealed class GraphGatewayPlannerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Due = new(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(-5));
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
    public async Task CreateTask_PostsTypedAssignmentAndUtcDueDate_WithBearer()
    {
        var created = await _host.Gateway.CreatePlannerTaskAsync("plan-1", "bucket-1", "Fix onboarding email", "user-ana", Due, default);

        var request = Assert.Single(_graph.Requests);
        Assert.Equal(("POST", "/planner/tasks"), (request.Method, request.Path));
        Assert.Equal("Bearer " + FakeGraphCredential.Token, request.Authorization);
        Assert.Contains("https://graph.microsoft.com/.default", _host.Credential.RequestedScopes);
        var assignment = request.Body!["assignments"]!["user-ana"]!;
        Assert.Equal("#microsoft.graph.plannerAssignment", assignment["@odata.type"]!.GetValue<string>());
        Assert.Equal(" !", assignment["orderHint"]!.GetValue<string>());
        Assert.Equal("plan-1", request.Body["planId"]!.GetValue<string>());
        Assert.Equal("bucket-1", request.Body["bucketId"]!.GetValue<string>());
        var sentDue = DateTimeOffset.Parse(request.Body["dueDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.Zero, sentDue.Offset);
        Assert.Equal(Due, sentDue);
        Assert.Equal(_graph.Task(created.Id)!["@odata.etag"]!.GetValue<string>(), created.ETag);
        Assert.StartsWith("W/\"", created.ETag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTask_ReadsTitleDueEtagAndAssignees()
    {
        var created = await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, "Call churned accounts", "user-ana", Due, default);

        var task = await _host.Gateway.GetPlannerTaskAsync(created.Id, default);

        Assert.NotNull(task);
        Assert.Equal("Call churned accounts", task.Title);
        Assert.Equal(0, task.PercentComplete);
        Assert.Equal(Due, task.DueUtc);
        Assert.Equal(created.ETag, task.ETag);
        Assert.Equal(["user-ana"], task.AssigneeIds);
    }

    [Fact]
    public async Task GetTask_Missing_ReturnsNull()
    {
        Assert.Null(await _host.Gateway.GetPlannerTaskAsync("no-such-task", default));
    }

    [Fact]
    public async Task Update_SendsIfMatch_AndReturnsTheNewEtag()
    {
        var created = await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, "Draft survey", "user-ana", null, default);

        var result = await _host.Gateway.UpdatePlannerTaskAsync(created.Id, new PlannerTaskChanges(PercentComplete: 50), created.ETag, default);

        Assert.Equal(PlannerUpdateOutcome.Updated, result.Outcome);
        var patch = Assert.Single(_graph.Requests, r => r.Method == "PATCH");
        Assert.Equal(created.ETag, patch.IfMatch);
        Assert.False(patch.Body!.AsObject().ContainsKey("title"));
        var stored = _graph.Task(created.Id)!;
        Assert.Equal(50, stored["percentComplete"]!.GetValue<int>());
        Assert.Equal(stored["@odata.etag"]!.GetValue<string>(), result.ETag);
        Assert.NotEqual(created.ETag, result.ETag);
    }

    [Fact]
    public async Task Update_StaleEtag_RereadsAndRetriesOnceWithTheFreshEtag()
    {
        var created = await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, "Draft survey", "user-ana", null, default);
        _graph.ChangeInPlanner(created.Id, task => task["title"] = "Draft survey (v2)");
        var fresh = _graph.Task(created.Id)!["@odata.etag"]!.GetValue<string>();

        var result = await _host.Gateway.UpdatePlannerTaskAsync(created.Id, new PlannerTaskChanges(DueUtc: Due), created.ETag, default);

        Assert.Equal(PlannerUpdateOutcome.UpdatedAfterRetry, result.Outcome);
        var patches = _graph.Requests.Where(r => r.Method == "PATCH").ToList();
        Assert.Equal([412, 200], patches.Select(p => p.Status));
        Assert.Equal([created.ETag, fresh], patches.Select(p => p.IfMatch));
        Assert.Equal(Due, DateTimeOffset.Parse(_graph.Task(created.Id)!["dueDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(_graph.Task(created.Id)!["@odata.etag"]!.GetValue<string>(), result.ETag);
    }

    [Fact]
    public async Task Update_TaskCompletedInPlanner_IsAConflictAndNotReopened()
    {
        var created = await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, "Draft survey", "user-ana", null, default);
        _graph.CompleteInPlanner(created.Id);

        var result = await _host.Gateway.UpdatePlannerTaskAsync(created.Id, new PlannerTaskChanges(PercentComplete: 50), created.ETag, default);

        Assert.Equal(PlannerUpdateOutcome.Conflict, result.Outcome);
        Assert.Equal(100, result.Current!.PercentComplete);
        Assert.Equal(100, _graph.Task(created.Id)!["percentComplete"]!.GetValue<int>());
        Assert.Single(_graph.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task TaskCompletedInPlanner_ReadsBackAsComplete()
    {
        var created = await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, "Draft survey", "user-ana", null, default);
        _graph.CompleteInPlanner(created.Id);

        var task = await _host.Gateway.GetPlannerTaskAsync(created.Id, default);

        Assert.Equal(100, task!.PercentComplete);
        Assert.True(task.IsComplete);
        Assert.NotEqual(created.ETag, task.ETag);
    }

    [Fact]
    public async Task Create_Throttled_HonoursRetryAfterAndCreatesOnce()
    {
        _graph.ThrottleNext(path => path == "/planner/tasks", times: 1, retryAfterSeconds: 1);

        var created = await _host.Gateway.CreatePlannerTaskAsync("plan-1", null, "Draft survey", "user-ana", null, default);

        var posts = _graph.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal([429, 201], posts.Select(p => p.Status));
        // Retried by the SDK's retry handler, which waits out Retry-After (its clock is not ours to fake).
        Assert.Equal([null, "1"], posts.Select(p => p.Header("Retry-Attempt")));
        Assert.NotNull(_graph.Task(created.Id));
        Assert.Null(_graph.Task("task-0002"));
    }
}
