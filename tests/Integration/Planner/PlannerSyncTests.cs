using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Planner;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Planner;

public sealed class PlannerSyncTests
{
    private static readonly DateOnly Due = new(2026, 12, 4);

    [Theory, OnSqlite, OnPostgres]
    public async Task NewAction_GetsTaskWithAssignmentDueAndTouchpointBucket(string provider)
    {
        await using var s = await PlannerScenario.StartAsync(provider);

        var first = await s.AddActionAsync("Fix onboarding email", Due);
        var second = await s.AddActionAsync("Call churned accounts", Due.AddDays(3));
        var sync = await s.WaitForTaskAsync(first);
        await s.WaitForTaskAsync(second);

        var task = s.Graph.Task(sync.TaskId!)!;
        Assert.Equal("Fix onboarding email", task["title"]!.GetValue<string>());
        Assert.NotNull(task["assignments"]![PlannerScenario.OwnerAad]);
        // Noon on the due day in the review's zone (New York, UTC-5 in December).
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(task["dueDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        var bucket = Assert.Single(s.Graph.PlanBuckets(s.PlanId));
        Assert.Equal("Onboarding", bucket["name"]!.GetValue<string>());
        Assert.All(s.Graph.PlanTasks(s.PlanId), t => Assert.Equal(bucket["id"]!.GetValue<string>(), t["bucketId"]!.GetValue<string>()));
        Assert.Equal(2, s.Graph.PlanTasks(s.PlanId).Count);
        var action = await s.ActionAsync(first);
        Assert.Equal((sync.TaskId, s.PlanId), (action.PlannerTaskId, action.PlannerPlanId));
        var remembered = await s.DbAsync(db => db.Set<PlannerBucketLink>().SingleAsync());
        Assert.Equal(("Onboarding", bucket["id"]!.GetValue<string>()), (remembered.Touchpoint, remembered.BucketId));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ActionDoneInBot_PushesPercentCompleteWithIfMatch(string provider)
    {
        await using var s = await PlannerScenario.StartAsync(provider);
        var id = await s.AddActionAsync("Draft survey", Due);
        var created = await s.WaitForTaskAsync(id);

        await s.ChangeActionAsync(id, a => (a.Status, a.CompletedAtUtc, a.NextChaseUtc) = (ActionItemStatus.Done, DateTime.UtcNow, null));

        await PlannerScenario.WaitUntilAsync(() => Task.FromResult(s.Graph.Task(created.TaskId!)!["percentComplete"]!.GetValue<int>() == 100), "completion in Planner");
        var patch = Assert.Single(s.Graph.Requests, r => r.Method == "PATCH");
        Assert.Equal(created.ETag, patch.IfMatch);
        Assert.Equal(200, patch.Status);
        await PlannerScenario.WaitUntilAsync(async () => (await s.SyncAsync(id))!.ETag == s.Graph.Task(created.TaskId!)!["@odata.etag"]!.GetValue<string>(), "the new etag stored");
    }

    [Fact]
    public async Task StaleETag_ReReadsAndMerges_LastWriterByField()
    {
        // No pull after the one at start-up: a pull landing between Planner's rename and the bot's change would hand
        // the bot the new etag first, and the push would never meet the 412 this test is about.
        await using var s = await PlannerScenario.StartAsync(TestDatabases.Sqlite, new Dictionary<string, string?> { ["Graph:SyncIntervalSeconds"] = "3600" });
        var id = await s.AddActionAsync("Draft survey", Due);
        var created = await s.WaitForTaskAsync(id);

        // Planner renames the task (new etag) and, before the bot has pulled, the bot moves the due date.
        s.Graph.ChangeInPlanner(created.TaskId!, t => t["title"] = "Draft the NPS survey");
        await s.ChangeActionAsync(id, a => a.DueDate = Due.AddDays(7));

        await PlannerScenario.WaitUntilAsync(async () => (await s.ActionAsync(id)).Title == "Draft the NPS survey", "Planner's title in the bot");
        var task = s.Graph.Task(created.TaskId!)!;
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 17, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(task["dueDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal("Draft the NPS survey", task["title"]!.GetValue<string>());
        var patches = s.Graph.Requests.Where(r => r.Method == "PATCH").Select(r => r.Status).ToList();
        Assert.Equal([412, 200], patches);
        Assert.Contains(s.Graph.Requests, r => r.Method == "GET" && r.Path == $"/planner/tasks/{created.TaskId}");
        await PlannerScenario.WaitUntilAsync(async () => (await s.SyncAsync(id))!.ETag == s.Graph.Task(created.TaskId!)!["@odata.etag"]!.GetValue<string>(), "the newest etag stored");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TaskCompletedInPlanner_ClosesAction(string provider)
    {
        await using var s = await PlannerScenario.StartAsync(provider);
        var id = await s.AddActionAsync("Call churned accounts", Due);
        var created = await s.WaitForTaskAsync(id);

        s.Graph.CompleteInPlanner(created.TaskId!);

        await PlannerScenario.WaitUntilAsync(async () => (await s.ActionAsync(id)).Status == ActionItemStatus.Done, "the action closed");
        var action = await s.ActionAsync(id);
        Assert.NotNull(action.CompletedAtUtc);
        Assert.Null(action.NextChaseUtc);
        var events = await s.DbAsync(db => db.Set<ActionEvent>().Where(e => e.ActionItemId == id).OrderBy(e => e.Id).ToListAsync());
        Assert.Contains(events, e => e.Kind == ActionEventKind.PlannerSync && e.Text!.Contains(PlannerRemote.CompletedText, StringComparison.Ordinal));
        Assert.Single(events, e => e.Kind == ActionEventKind.Done && e.Text == PlannerRemote.CompletedText);
        Assert.Contains(s.Graph.Requests, r => r.InBatch && r.Path == $"/planner/tasks/{created.TaskId}");
        Assert.DoesNotContain(s.Graph.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task ThrottledCreate_WaitsForRetryAfter_AndCreatesOnce()
    {
        await using var s = await PlannerScenario.StartAsync(TestDatabases.Sqlite);
        // More 429s than the SDK retries (3): the worker must back off by Retry-After itself.
        s.Graph.ThrottleNext(path => path == "/planner/tasks", times: 5, retryAfterSeconds: 1);

        var id = await s.AddActionAsync("Fix onboarding email", Due, touchpoint: null);
        await s.WaitForTaskAsync(id);

        var posts = s.Graph.Requests.Where(r => r.Method == "POST" && r.Path == "/planner/tasks").ToList();
        Assert.Equal([429, 429, 429, 429, 429, 201], posts.Select(p => p.Status));
        for (var i = 1; i < posts.Count; i++)
        {
            Assert.True(posts[i].At - posts[i - 1].At >= TimeSpan.FromMilliseconds(900), $"POST {i} came {(posts[i].At - posts[i - 1].At).TotalMilliseconds} ms after the 429");
        }

        Assert.Single(s.Graph.PlanTasks(s.PlanId));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CreateResponseLost_RetryAdoptsTask_NoDuplicate(string provider)
    {
        await using var s = await PlannerScenario.StartAsync(provider);
        s.Graph.LoseNextCreateResponse();

        var id = await s.AddActionAsync("Fix onboarding email", Due);
        var sync = await s.WaitForTaskAsync(id);

        var task = Assert.Single(s.Graph.PlanTasks(s.PlanId));
        Assert.Equal(task["id"]!.GetValue<string>(), sync.TaskId);
        Assert.Single(s.Graph.Requests, r => r.Method == "POST" && r.Path == "/planner/tasks");
        Assert.Contains(s.Graph.Requests, r => r.Method == "GET" && r.Path == $"/planner/plans/{s.PlanId}/tasks");
        Assert.NotNull(sync.CreateStartedAtUtc);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReassignedInPlanner_ToAMember_MovesTheOwnerAndSendsThemTheAction(string provider)
    {
        await using var s = await PlannerScenario.StartAsync(provider);
        var id = await s.AddActionAsync("Call churned accounts", Due);
        var created = await s.WaitForTaskAsync(id);

        s.Graph.ChangeInPlanner(created.TaskId!, t => t["assignments"] = Assignments(PlannerScenario.OtherAad));

        await PlannerScenario.WaitUntilAsync(async () => (await s.ActionAsync(id)).OwnerAadObjectId == PlannerScenario.OtherAad, "the new owner");
        var action = await s.ActionAsync(id);
        Assert.Equal((PlannerScenario.OtherTeamsId, PlannerScenario.OtherName), (action.OwnerTeamsUserId, action.OwnerName));
        Assert.Equal(ActionItemStatus.Open, action.Status);
        var events = await s.DbAsync(db => db.Set<ActionEvent>().Where(e => e.ActionItemId == id).ToListAsync());
        Assert.Single(events, e => e.Kind == ActionEventKind.Reassigned && e.ByName == PlannerRemote.By && e.Text == $"from Ana Owner to {PlannerScenario.OtherName}");
        var sent = (await s.Connector.WaitForActivitiesAsync(1))[0];
        Assert.StartsWith("You were assigned this action in Planner (it was Ana Owner's).", sent.Activity!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("You were assigned this action in Planner (it was Ana Owner", sent.Card!.ToJsonString(), StringComparison.Ordinal);
        var opened = Assert.Single(s.Connector.Requests, r => r.Operation == FakeConnectorOperation.CreateConversation);
        Assert.Equal(PlannerScenario.OtherTeamsId, opened.Body!["members"]![0]!["id"]!.GetValue<string>());
        // Planner already says who owns it: nothing to push back.
        Assert.Equal(PlannerScenario.OtherAad, (await s.SyncAsync(id))!.SyncedAssigneeId);
        Assert.DoesNotContain(s.Graph.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task UnassignedInPlanner_WithNoMemberInstead_TheOwnerStaysAndIsAssignedAgain()
    {
        const string outsider = "aaaaaaaa-0000-0000-0000-0000000000f9";
        await using var s = await PlannerScenario.StartAsync(TestDatabases.Sqlite);
        var id = await s.AddActionAsync("Call churned accounts", Due);
        var created = await s.WaitForTaskAsync(id);

        s.Graph.ChangeInPlanner(created.TaskId!, t => t["assignments"] = Assignments(outsider));

        await PlannerScenario.WaitUntilAsync(() => Task.FromResult(s.Graph.Task(created.TaskId!)!["assignments"]![PlannerScenario.OwnerAad] is not null), "the owner assigned again");
        var assignments = s.Graph.Task(created.TaskId!)!["assignments"]!.AsObject();
        Assert.Equal([PlannerScenario.OwnerAad, outsider], assignments.Select(a => a.Key).Order(StringComparer.Ordinal));
        var action = await s.ActionAsync(id);
        Assert.Equal((PlannerScenario.OwnerAad, "Ana Owner"), (action.OwnerAadObjectId, action.OwnerName));
        var events = await s.DbAsync(db => db.Set<ActionEvent>().Where(e => e.ActionItemId == id).ToListAsync());
        Assert.Contains(events, e => e.Kind == ActionEventKind.PlannerSync && e.Text!.Contains("Ana Owner was unassigned in Planner with no member of the review in their place", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Kind == ActionEventKind.Reassigned);
        Assert.Empty(s.Connector.Activities);
        await PlannerScenario.WaitUntilAsync(async () => (await s.SyncAsync(id))!.SyncedAssigneeId == PlannerScenario.OwnerAad, "the owner agreed with Planner again");
    }

    [Fact]
    public async Task AssigneeAddedInPlanner_BesideTheOwner_ChangesNothing()
    {
        await using var s = await PlannerScenario.StartAsync(TestDatabases.Sqlite);
        var id = await s.AddActionAsync("Call churned accounts", Due);
        var created = await s.WaitForTaskAsync(id);

        var version = (await s.ActionAsync(id)).Version;
        s.Graph.ChangeInPlanner(created.TaskId!, t => t["assignments"]![PlannerScenario.OtherAad] = Assignments(PlannerScenario.OtherAad)[PlannerScenario.OtherAad]!.DeepClone());

        var etag = s.Graph.Task(created.TaskId!)!["@odata.etag"]!.GetValue<string>();
        await PlannerScenario.WaitUntilAsync(async () => (await s.SyncAsync(id))!.ETag == etag, "the pull to read the task");
        var action = await s.ActionAsync(id);
        Assert.Equal((PlannerScenario.OwnerAad, version), (action.OwnerAadObjectId, action.Version));
        Assert.Empty(await s.DbAsync(db => db.Set<ActionEvent>().Where(e => e.ActionItemId == id && (e.Kind == ActionEventKind.Reassigned || e.Kind == ActionEventKind.PlannerSync)).ToListAsync()));
        Assert.DoesNotContain(s.Graph.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task Reassigned_MovesAssignment()
    {
        await using var s = await PlannerScenario.StartAsync(TestDatabases.Sqlite);
        var id = await s.AddActionAsync("Draft survey", Due);
        var created = await s.WaitForTaskAsync(id);

        await s.ChangeActionAsync(id, a => a.OwnerAadObjectId = PlannerScenario.OtherAad);

        await PlannerScenario.WaitUntilAsync(() => Task.FromResult(s.Graph.Task(created.TaskId!)!["assignments"]![PlannerScenario.OtherAad] is not null), "the new assignee");
        Assert.Null(s.Graph.Task(created.TaskId!)!["assignments"]![PlannerScenario.OwnerAad]);
    }

    private static JsonObject Assignments(string aadId) => new()
    {
        [aadId] = new JsonObject { ["@odata.type"] = "#microsoft.graph.plannerAssignment", ["orderHint"] = " !" },
    };
}
