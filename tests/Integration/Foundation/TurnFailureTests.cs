using System.Net;
using CxReviewBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Foundation;

/// <summary>What becomes of a turn that cannot finish: refused reply, aborted request, deadline, database error.</summary>
public sealed class TurnFailureTests
{
    [Theory]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(400, "BadArgument")]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task ReplyRefusedForGood_Answers200_IsLogged_AndReDeliveryIsNotRunAgain(int status, string code)
    {
        var logs = new RecordingLoggerProvider();
        await using var bot = await BotFixture.StartAsync(services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        bot.Connector.FailNext(new FakeConnectorFault(status, FakeConnectorFault.Error(code, "refused")), times: 10);
        var message = TestActivities.Message(bot.ServiceUrl, "help");

        var first = await bot.Client.PostAsync(message);
        var again = await bot.Client.PostAsync(message);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Contains(logs.Entries, e => e.Id.Id == 1308 && e.Message.Contains(code, StringComparison.Ordinal));
        await bot.Connector.WaitForQuietAsync();
        Assert.Single(bot.Connector.Requests, r => r.Operation == FakeConnectorOperation.ReplyToActivity);
    }

    [Fact]
    public async Task ReplyFailingTransiently_Answers500_AndReDeliveryRunsTheTurn()
    {
        await using var bot = await BotFixture.StartAsync(new Dictionary<string, string?> { ["Connector:MaxRetries"] = "0" });
        bot.Connector.FailNext(FakeConnectorFault.ServiceUnavailable());
        var message = TestActivities.Message(bot.ServiceUrl, "help");

        var first = await bot.Client.PostAsync(message);
        var again = await bot.Client.PostAsync(message);

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
    }

    [Fact]
    public async Task RequestAbortedMidTurn_TheTurnStillFinishes_AndReDeliveryIsADuplicate()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var bot = await BotFixture.StartAsync(services: s => s.AddSingleton<IStartupFilter>(new AbortWatch(aborted)));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Connector.HoldResponses = release.Task;
        var message = TestActivities.Message(bot.ServiceUrl, "help");
        using var abort = new CancellationTokenSource();

        var first = bot.Client.PostAsync(message, abort.Token);
        await Eventually.UntilAsync(() => bot.Connector.HeldRequests == 1, "the reply to reach the connector");
        await abort.CancelAsync();
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await bot.Connector.WaitForQuietAsync();

        Assert.DoesNotContain(bot.Connector.Requests, r => r.Status == 499);
        release.SetResult();
        var reply = Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
        Assert.Equal(FakeConnectorOperation.ReplyToActivity, reply.Operation);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(message)).StatusCode);
        await bot.Connector.WaitForQuietAsync();
        Assert.Single(bot.Connector.Activities);
    }

    [Fact]
    public async Task TurnPastItsDeadline_Answers500_AndReDeliveryRunsIt()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotFixture.StartAsync(new Dictionary<string, string?> { ["Bot:TurnTimeout"] = "00:00:20" },
            services => services.AddSingleton<TimeProvider>(time));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Connector.HoldResponses = release.Task;
        var message = TestActivities.Message(bot.ServiceUrl, "help");

        var first = bot.Client.PostAsync(message);
        await Eventually.UntilAsync(() => bot.Connector.HeldRequests == 1, "the reply to reach the connector");
        time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.InternalServerError, (await first.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode);
        bot.Connector.HoldResponses = null;
        release.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(message)).StatusCode);
        Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
    }

    [Fact]
    public async Task DatabaseErrorOnTheDeduplicationRecord_Answers500_NotAsADuplicate_AndReDeliveryRunsTheTurn()
    {
        await using var bot = await BotFixture.StartAsync();
        _ = bot.Host.Server;
        var message = TestActivities.Message(bot.ServiceUrl, "help");
        // A real SQLite error on the insert (constraint family, but not a unique key): what a full or failing disk looks like to the bot.
        await ExecuteAsync(bot.Host.DatabasePath, "CREATE TRIGGER fail_insert BEFORE INSERT ON processed_activities BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");

        var first = await bot.Client.PostAsync(message);
        await ExecuteAsync(bot.Host.DatabasePath, "DROP TRIGGER fail_insert");
        var again = await bot.Client.PostAsync(message);

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
    }

    internal static async Task ExecuteAsync(string path, params string[] statements)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Tells the test when the bot's end of a request saw the client go away.</summary>
    private sealed class AbortWatch(TaskCompletionSource aborted) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
                await following(context);
            });
            next(app);
        };
    }
}
