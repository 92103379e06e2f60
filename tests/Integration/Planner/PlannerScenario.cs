using Azure.Core;
using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Planner;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Planner;

/// <summary>The bot on a fresh database of the given provider, Graph pointed at a <see cref="FakeGraph"/> with a plan linked to a review.</summary>
internal sealed class PlannerScenario : IAsyncDisposable
{
    public const string GroupId = "group-cx";
    public const string OwnerAad = "aaaaaaaa-0000-0000-0000-0000000000b1";
    public const string OtherAad = "aaaaaaaa-0000-0000-0000-0000000000b2";
    public const string OtherTeamsId = "29:other";
    public const string OtherName = "Omar Other";
    public const string ZoneId = "America/New_York";

    private readonly FakeBotFrameworkIdentity _identity;
    private readonly FakeConnector _connector;

    private PlannerScenario(TestDatabase database, FakeGraph graph, FakeBotFrameworkIdentity identity, FakeConnector connector, BotHost host, string planId)
    {
        Database = database;
        Graph = graph;
        _identity = identity;
        _connector = connector;
        Host = host;
        PlanId = planId;
    }

    public TestDatabase Database { get; }
    public FakeGraph Graph { get; }
    public BotHost Host { get; }
    public FakeConnector Connector => _connector;
    public string PlanId { get; }
    public long ReviewId { get; private set; }

    public static async Task<PlannerScenario> StartAsync(string provider, IDictionary<string, string?>? overrides = null)
    {
        var database = await TestDatabases.CreateAsync(provider);
        var graph = await FakeGraph.StartAsync();
        var planId = graph.AddPlan(GroupId, "CX actions");
        var identity = await FakeBotFrameworkIdentity.StartAsync();
        var connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?>(graph.Configuration())
        {
            ["Graph:PushPollSeconds"] = "0.1",
            ["Graph:SyncIntervalSeconds"] = "0.5",
            ["Graph:SyncRetrySeconds"] = "0.5",
            // Only the Planner worker runs: a chase or a judged decision would change the actions under the tests.
            ["Actions:ChaserEnabled"] = "false",
            ["Agenda:SchedulerEnabled"] = "false",
            ["Ledger:SchedulerEnabled"] = "false",
        };
        foreach (var (key, value) in database.HostSettings.Concat(overrides ?? new Dictionary<string, string?>()))
        {
            settings[key] = value;
        }

        var host = new BotHost(connector, identity, BotHost.NewDatabasePath(), settings)
        {
            TestServices = services => services.AddSingleton<TokenCredential>(new FakeGraphCredential()),
        };
        var scenario = new PlannerScenario(database, graph, identity, connector, host, planId);
        scenario.ReviewId = await scenario.DbAsync(async db =>
        {
            var review = new Review { Name = "WBR", ConversationId = TestActivities.ChannelConversationId, ServiceUrl = connector.ServiceUrl, ConversationType = "channel", TimeZoneId = ZoneId };
            review.Members.Add(new ReviewMember { TeamsUserId = "29:owner", AadObjectId = OwnerAad, Name = "Ana Owner", Roles = ReviewRole.Member });
            review.Members.Add(new ReviewMember { TeamsUserId = OtherTeamsId, AadObjectId = OtherAad, Name = OtherName, Roles = ReviewRole.Member });
            db.Add(review);
            db.Add(new Touchpoint { Name = "Onboarding", Function = "CS", OwnerUpn = "ana@contoso.com" });
            await db.SaveChangesAsync();
            db.Add(new PlannerLink { ReviewId = review.Id, PlanId = planId });
            await db.SaveChangesAsync();
            return review.Id;
        });
        return scenario;
    }

    public Task<T> DbAsync<T>(Func<CxDbContext, Task<T>> work) => Host.WithDbAsync(TestActivities.TenantId, work);

    /// <summary>An action as a recorded decision creates it (<see cref="DecisionActions.AddForDecision"/>).</summary>
    public Task<long> AddActionAsync(string title, DateOnly due, string? touchpoint = "Onboarding", string ownerAad = OwnerAad) => DbAsync(async db =>
    {
        var touchpointId = touchpoint is null ? null : await db.Set<Touchpoint>().Where(t => t.Name == touchpoint).Select(t => (long?)t.Id).SingleAsync();
        var decision = new Decision
        {
            ReviewId = ReviewId,
            Text = title,
            OwnerTeamsUserId = "29:owner",
            OwnerAadObjectId = ownerAad,
            OwnerName = "Ana Owner",
            DueDate = due,
            TouchpointId = touchpointId,
            RecordedByName = "Avery",
            FormToken = Guid.NewGuid().ToString("N"),
            RecordedAtUtc = DateTime.UtcNow,
            UpdatedAtUtc = DateTime.UtcNow,
        };
        db.Add(decision);
        var item = DecisionActions.AddForDecision(db, decision, DateTime.UtcNow);
        await db.SaveChangesAsync();
        return item.Id;
    });

    /// <summary>Changes the action as another part of the bot would (the chaser's buttons): the change bumps its version.</summary>
    public Task ChangeActionAsync(long actionId, Action<ActionItem> change) => DbAsync(async db =>
    {
        var item = await db.Set<ActionItem>().SingleAsync(a => a.Id == actionId);
        change(item);
        item.Version++;
        await db.SaveChangesAsync();
        return 0;
    });

    public Task<ActionItem> ActionAsync(long actionId) => DbAsync(db => db.Set<ActionItem>().AsNoTracking().SingleAsync(a => a.Id == actionId));

    public Task<PlannerTaskSync?> SyncAsync(long actionId) => DbAsync(db => db.Set<PlannerTaskSync>().AsNoTracking().SingleOrDefaultAsync(s => s.ActionItemId == actionId));

    public async Task<PlannerTaskSync> WaitForTaskAsync(long actionId)
    {
        PlannerTaskSync? sync = null;
        await WaitUntilAsync(async () => (sync = await SyncAsync(actionId))?.TaskId is not null, $"a Planner task for action {actionId}");
        return sync!;
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
        await Graph.DisposeAsync();
        await Database.DisposeAsync();
        Foundation.BotFixture.DeleteDatabase(Host.DatabasePath);
    }
}
