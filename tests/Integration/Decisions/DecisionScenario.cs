using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.IntegrationTests.Agenda;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.Outbox;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Decisions;

/// <summary>
/// The bot on a fresh database of the given provider, the catalogue fixture, and a review in the channel with two
/// members: Avery (CX lead and admin, the default sender of test activities) and Blake (member).
/// </summary>
internal sealed class DecisionScenario : IAsyncDisposable
{
    public const string BlakeId = "29:user-2";
    public const string StrangerId = "29:stranger";

    private readonly TestDatabase _database;

    private DecisionScenario(TestDatabase database, BotFixture bot, long reviewId)
    {
        _database = database;
        Bot = bot;
        ReviewId = reviewId;
    }

    public BotFixture Bot { get; }
    public long ReviewId { get; }
    public string ReviewIdText => ReviewId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Today where the review meets (New York), the day validation and baselines use.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<DecisionScenario> StartAsync(string provider, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var database = await TestDatabases.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(database.HostSettings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var bot = await AgendaScenario.StartAsync(settings);
        var reviewId = await bot.Host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            var review = new Review
            {
                Name = "WBR",
                ConversationId = AgendaScenario.Channel,
                ServiceUrl = bot.ServiceUrl,
                ConversationType = "channel",
                Weekday = DayOfWeek.Monday,
                MeetingTime = new TimeOnly(9, 0),
                TimeZoneId = "America/New_York",
                CreatedBy = TestActivities.UserId,
                CreatedAtUtc = DateTime.UtcNow,
                UpdatedAtUtc = DateTime.UtcNow,
                ScheduleFromUtc = DateTime.UtcNow,
                Members =
                [
                    new ReviewMember { TeamsUserId = TestActivities.UserId, AadObjectId = TestActivities.UserAadId, Name = "Avery Owner", Roles = ReviewRole.Member | ReviewRole.CxLead | ReviewRole.Admin },
                    new ReviewMember { TeamsUserId = BlakeId, AadObjectId = AgendaScenario.SecondAad, Name = "Blake Member", Roles = ReviewRole.Member },
                ],
            };
            db.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        });
        return new DecisionScenario(database, bot, reviewId);
    }

    /// <summary>A complete, valid form: Blake owns it, due in a week, Onboarding CSAT up 0.3.</summary>
    public JsonObject Form(string formToken, string origin = DecisionFields.FromAgenda) => new()
    {
        [CardDataKeys.ReviewId] = ReviewIdText,
        [CardDataKeys.FormToken] = formToken,
        [CardDataKeys.Origin] = origin,
        [DecisionFields.Text] = "Call every detractor within 48 hours",
        [DecisionFields.Owner] = AgendaScenario.SecondAad,
        [DecisionFields.DueDate] = Date(Today.AddDays(7)),
        [DecisionFields.Touchpoint] = "Onboarding",
        [DecisionFields.Metric] = "CSAT",
        [DecisionFields.ExpectedChange] = "0.3",
        [DecisionFields.ExpectedBy] = Date(Today.AddDays(28)),
    };

    public async Task<JsonNode> InvokeAsync(string verb, JsonObject data, string? fromId = null, string? fromName = null)
    {
        var invoke = AgendaScenario.ChannelExecute(Bot.ServiceUrl, verb, data);
        if (fromId is not null)
        {
            invoke["from"] = new JsonObject { ["id"] = fromId, ["name"] = fromName ?? fromId };
        }
        var response = await Bot.Client.PostAsync(invoke);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public Task<T> DbAsync<T>(Func<CxReviewBot.Data.CxDbContext, Task<T>> work) => Bot.Host.WithDbAsync(TestActivities.TenantId, work);

    /// <summary>Posts the agenda through the outbox and waits until its message id is stored (so it can be updated).</summary>
    public async Task<string> PostAgendaAsync()
    {
        await Bot.Client.PostAsync(AgendaScenario.ChannelMessage(Bot.ServiceUrl, "agenda"));
        var posted = (await Bot.Connector.WaitForActivitiesAsync(1))[0];
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await DbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.SentActivityId != null)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The agenda was posted but its message id was never stored.");
            await Task.Delay(50);
        }

        return posted.ActivityId!;
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await _database.DisposeAsync();
    }
}
