using Azure.Core;
using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Actions;

/// <summary>
/// A review in Berlin with an owner (Avery, a member), a CX lead (Lee) and the owner's manager (Mara, reachable in
/// the review's channel roster), the real bot on a fake clock, fake connector and fake Graph; the chaser is run by hand.
/// </summary>
internal sealed class ChaseScenario : IAsyncDisposable
{
    public const string Channel = TestActivities.ChannelConversationId;
    public const string OwnerId = TestActivities.UserId;
    public const string OwnerAad = TestActivities.UserAadId;
    public const string LeadId = "29:lead";
    public const string LeadAad = "aaaaaaaa-0000-0000-0000-00000000000c";
    public const string ManagerId = "29:manager";
    public const string ManagerAad = "aaaaaaaa-0000-0000-0000-00000000000d";
    public const string OtherId = "29:user-2";
    public const string OtherAad = "aaaaaaaa-0000-0000-0000-000000000002";

    private ChaseScenario(FakeBotFrameworkIdentity identity, FakeConnector connector, FakeGraph graph, FakeTimeProvider time, BotHost host, RecordingLoggerProvider logs)
    {
        Logs = logs;
        Identity = identity;
        Connector = connector;
        Graph = graph;
        Time = time;
        Host = host;
        Client = new BotClient(host.CreateClient(), identity);
    }

    public FakeBotFrameworkIdentity Identity { get; }
    public FakeConnector Connector { get; }
    public FakeGraph Graph { get; }
    public FakeTimeProvider Time { get; }
    public BotHost Host { get; }
    public BotClient Client { get; }
    public RecordingLoggerProvider Logs { get; }
    public long ReviewId { get; private set; }

    public static async Task<ChaseScenario> StartAsync(DateTimeOffset now, bool withManager = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(now);
        var identity = await FakeBotFrameworkIdentity.StartAsync(timeProvider: time);
        var connector = await FakeConnector.StartAsync();
        var graph = await FakeGraph.StartAsync();
        var all = new Dictionary<string, string?>(graph.Configuration())
        {
            ["Actions:ChaserEnabled"] = "false",
            ["Agenda:SchedulerEnabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var logs = new RecordingLoggerProvider();
        var host = new BotHost(connector, identity, BotHost.NewDatabasePath(), all, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<TokenCredential>(new FakeGraphCredential());
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
        });
        graph.AddUser(OwnerAad, "avery@contoso.com", "Avery Owner", withManager ? ManagerAad : null);
        graph.AddUser(ManagerAad, "mara@contoso.com", "Mara Manager");
        connector.SetRoster(Channel,
            new FakeMember(OwnerId, "Avery Owner", OwnerAad),
            new FakeMember(ManagerId, "Mara Manager", ManagerAad),
            new FakeMember(LeadId, "Lee Lead", LeadAad));
        var scenario = new ChaseScenario(identity, connector, graph, time, host, logs);
        scenario.ReviewId = await scenario.SeedReviewAsync();
        return scenario;
    }

    public ActionChaser Chaser => Host.Services.GetRequiredService<ActionChaser>();

    public Task<T> DbAsync<T>(Func<CxDbContext, Task<T>> work) => Host.WithDbAsync(TestActivities.TenantId, work);

    public Task<long> AddActionAsync(DateOnly due, string ownerId = OwnerId, string ownerAad = OwnerAad, string ownerName = "Avery Owner") => DbAsync(async db =>
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var item = new ActionItem
        {
            ReviewId = ReviewId,
            Title = "Fix the checkout retry page",
            OwnerTeamsUserId = ownerId,
            OwnerAadObjectId = ownerAad,
            OwnerName = ownerName,
            DueDate = due,
            Status = ActionItemStatus.Open,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            NextChaseUtc = now,
        };
        db.Add(item);
        db.Add(new ActionEvent { ActionItem = item, AtUtc = now, Kind = ActionEventKind.Created, ByName = "Lee Lead" });
        await db.SaveChangesAsync();
        return item.Id;
    });

    public Task<ActionItem> ActionAsync(long id) => DbAsync(db => db.Set<ActionItem>().AsNoTracking().SingleAsync(a => a.Id == id));

    public Task<List<ActionEventKind>> EventsAsync(long id) =>
        DbAsync(db => db.Set<ActionEvent>().Where(e => e.ActionItemId == id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());

    /// <summary>Who received each delivered personal message, in order (the 1:1 conversations map back to members).</summary>
    public IReadOnlyList<string> Recipients()
    {
        var members = Connector.Requests.Where(r => r.Operation == FakeConnectorOperation.CreateConversation && r.ConversationId is not null)
            .GroupBy(r => r.ConversationId!).ToDictionary(g => g.Key, g => g.First().Body!["members"]![0]!["id"]!.GetValue<string>());
        return [.. Connector.Activities.Where(a => a.Operation == FakeConnectorOperation.SendToConversation).Select(a => members.GetValueOrDefault(a.ConversationId ?? "", "?"))];
    }

    private Task<long> SeedReviewAsync() => DbAsync(async db =>
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var review = new Review
        {
            Name = "WBR",
            ConversationId = Channel,
            ServiceUrl = Connector.ServiceUrl,
            ConversationType = "channel",
            Weekday = DayOfWeek.Monday,
            MeetingTime = new TimeOnly(9, 0),
            TimeZoneId = "Europe/Berlin",
            CreatedBy = LeadId,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            ScheduleFromUtc = now,
            Members =
            [
                new ReviewMember { TeamsUserId = OwnerId, AadObjectId = OwnerAad, Name = "Avery Owner", Roles = ReviewRole.Member },
                new ReviewMember { TeamsUserId = OtherId, AadObjectId = OtherAad, Name = "Blake Member", Roles = ReviewRole.Member },
                new ReviewMember { TeamsUserId = LeadId, AadObjectId = LeadAad, Name = "Lee Lead", Roles = ReviewRole.Member | ReviewRole.CxLead },
            ],
        };
        db.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
    });

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
        BotFixture.DeleteDatabase(Host.DatabasePath);
    }
}
