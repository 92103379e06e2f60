using System.Text.Json.Nodes;
using CxReviewBot.Data;
using CxReviewBot.IntegrationTests.Catalog;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Agenda;

/// <summary>A channel with a roster and the catalogue fixture, as the agenda and set-up tests need it.</summary>
internal static class AgendaScenario
{
    public const string Channel = TestActivities.ChannelConversationId;
    public const string SecondAad = "aaaaaaaa-0000-0000-0000-000000000002";

    /// <param name="provider"><see cref="TestDatabases.Sqlite"/> or <see cref="TestDatabases.Postgres"/>.</param>
    public static async Task<BotFixture> StartAsync(string provider, IDictionary<string, string?>? overrides = null) =>
        await PrepareAsync(await BotFixture.StartOnAsync(provider, WithoutSchedulers(overrides)));

    /// <summary>On its own SQLite file, or on whatever database <paramref name="overrides"/> point at.</summary>
    public static async Task<BotFixture> StartAsync(IDictionary<string, string?>? overrides = null) =>
        await PrepareAsync(await BotFixture.StartAsync(WithoutSchedulers(overrides)));

    /// <summary>
    /// The agenda and minutes schedulers run on the real clock; a test crossing a review's posting time would get a
    /// message it did not ask for. Their own tests drive them on a fake clock.
    /// </summary>
    private static Dictionary<string, string?> WithoutSchedulers(IDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?> { ["Agenda:SchedulerEnabled"] = "false", ["Ledger:SchedulerEnabled"] = "false" };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<BotFixture> PrepareAsync(BotFixture bot)
    {
        bot.Connector.SetRoster(Channel,
            new FakeMember(TestActivities.UserId, "Avery Owner", TestActivities.UserAadId),
            new FakeMember("29:user-2", "Blake Member", SecondAad));
        await bot.Host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            await CatalogCorpus.LoadFixtureAsync(db);
            return 0;
        });
        return bot;
    }

    public static JsonObject ChannelMessage(string serviceUrl, string text) =>
        TestActivities.Message(serviceUrl, text, Channel, "channel");

    public static JsonObject ChannelExecute(string serviceUrl, string verb, JsonObject data)
    {
        var invoke = TestActivities.Execute(serviceUrl, verb, data, Channel);
        invoke["conversation"]!["conversationType"] = "channel";
        return invoke;
    }

    /// <summary>A review stored directly (as set-up would), meeting Mondays 09:00 New York time, 24 h lead.</summary>
    public static Task<long> SeedReviewAsync(BotHost host, string serviceUrl, DateTime scheduleFromUtc, params string[] scope) =>
        host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            var review = new Review
            {
                Name = "WBR",
                ConversationId = Channel,
                ServiceUrl = serviceUrl,
                ConversationType = "channel",
                Weekday = DayOfWeek.Monday,
                MeetingTime = new TimeOnly(9, 0),
                TimeZoneId = "America/New_York",
                LeadTimeHours = 24,
                TouchpointScope = [.. scope],
                CreatedBy = TestActivities.UserId,
                CreatedAtUtc = scheduleFromUtc,
                UpdatedAtUtc = scheduleFromUtc,
                ScheduleFromUtc = scheduleFromUtc,
                Members = [new ReviewMember { TeamsUserId = TestActivities.UserId, AadObjectId = TestActivities.UserAadId, Name = "Avery Owner", Roles = ReviewRole.Member | ReviewRole.CxLead | ReviewRole.Admin }],
            };
            db.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        });

    public static Task<T> InScopeAsync<T>(BotHost host, Func<IServiceProvider, CxDbContext, Task<T>> work) =>
        host.WithScopeAsync(TestActivities.TenantId, services => work(services, services.GetRequiredService<CxDbContext>()));
}
