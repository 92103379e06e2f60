using CxReviewBot.Cards;
using CxReviewBot.Features.Agenda;
using CxReviewBot.IntegrationTests.Catalog;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.Outbox;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Agenda;

/// <summary>
/// The scheduler against real hosts on one database (SQLite file or PostgreSQL). The review meets Mondays 09:00 New York time with a 24 h lead:
/// the 2 Nov 2026 meeting (14:00Z, EST) is due Sunday 1 Nov 14:00Z, hours after the clocks went back.
/// </summary>
public sealed class AgendaSchedulerTests : IAsyncDisposable
{
    private static readonly DateTime ScheduleFrom = new(2026, 10, 31, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset PostAt = new(2026, 11, 1, 14, 0, 0, TimeSpan.Zero);

    private readonly List<BotHost> _hosts = [];
    private readonly RecordingLoggerProvider _logs = new();
    private TestDatabase? _database;
    private FakeConnector? _connector;

    [Theory, OnSqlite, OnPostgres]
    public async Task AtLeadTime_PostsOnce_AndNotAgainAfterRestart(string provider)
    {
        var host = await StartHostAsync(provider);
        var reviewId = await AgendaScenario.SeedReviewAsync(host, _connector!.ServiceUrl, ScheduleFrom);
        var time = new FakeTimeProvider(PostAt.AddMinutes(-1));

        Assert.Equal(0, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));
        time.SetUtcNow(PostAt);
        Assert.Equal(1, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));

        var posted = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.Null(posted.Text);
        Assert.Equal("AdaptiveCard", posted.Card!["type"]!.GetValue<string>());

        await host.DisposeAsync();
        var restarted = await StartHostAsync(provider, loadCatalog: false);
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await Scheduler(restarted, time).RunOnceAsync(CancellationToken.None));
        var occurrence = Assert.Single(await OccurrencesAsync(restarted));
        Assert.Equal((reviewId, new DateTime(2026, 11, 2, 14, 0, 0), false), (occurrence.ReviewId, occurrence.OccurrenceUtc, occurrence.PostedLate));
        await _connector.WaitForQuietAsync();
        Assert.Single(_connector.Activities);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TwoHostsOnOneDatabase_PostOnce(string provider)
    {
        var first = await StartHostAsync(provider);
        var second = await StartHostAsync(provider, loadCatalog: false);
        await AgendaScenario.SeedReviewAsync(first, _connector!.ServiceUrl, ScheduleFrom);
        var time = new FakeTimeProvider(PostAt.AddSeconds(5));

        var claims = await Task.WhenAll(
            Scheduler(first, time).RunOnceAsync(CancellationToken.None),
            Scheduler(second, time).RunOnceAsync(CancellationToken.None));

        Assert.Equal(1, claims.Sum());
        Assert.Single(await OccurrencesAsync(second));
        Assert.Equal(1, await AgendaScenario.InScopeAsync(first, (_, db) => db.Set<OutboxMessage>().CountAsync(m => m.IdempotencyKey.StartsWith("agenda:"))));
        await _connector.WaitForActivitiesAsync(1);
        await _connector.WaitForQuietAsync();
        Assert.Single(_connector.Activities);
        // The losing claim is designed, not an error: EF Core's failure log stays on (shipped settings) and silent.
        Assert.True(first.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.EntityFrameworkCore.Update").IsEnabled(LogLevel.Error));
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error && e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MissedOccurrence_IsPostedLateWithANote_OnlyTheLatest(string provider)
    {
        var host = await StartHostAsync(provider);
        await AgendaScenario.SeedReviewAsync(host, _connector!.ServiceUrl, ScheduleFrom);
        // Down from before the 1 Nov posting time until Tuesday 10 Nov: the 2 Nov and 9 Nov agendas were both missed.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));

        var posted = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.StartsWith("Posted late: this agenda was due Sun 8 Nov 09:00 (America/New_York)", posted.Text, StringComparison.Ordinal);
        // On the card too, under the title, where the note survives forwarding and refreshes.
        var note = posted.Card!["body"]![2]!;
        Assert.Equal(("attention", $"\u26A0 {CardText.EscapeMarkdown(posted.Text!)}"), (note["color"]!.GetValue<string>(), note["text"]!.GetValue<string>()));
        Assert.Equal("2026-11-09T14:00:00Z", posted.Card["refresh"]!["action"]!["data"]![CardDataKeys.Occurrence]!.GetValue<string>());
        var occurrence = Assert.Single(await OccurrencesAsync(host));
        Assert.Equal((new DateTime(2026, 11, 9, 14, 0, 0), true), (occurrence.OccurrenceUtc, occurrence.PostedLate));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task<BotHost> StartHostAsync(string provider, bool loadCatalog = true)
    {
        _connector ??= await FakeConnector.StartAsync();
        _database ??= await TestDatabases.CreateAsync(provider);
        var settings = BotFixture.Settings(_database, new Dictionary<string, string?> { ["Agenda:SchedulerEnabled"] = "false" });
        var host = new BotHost(_connector, null, BotHost.NewDatabasePath(), settings,
            services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_logs));
        _hosts.Add(host);
        if (loadCatalog)
        {
            await host.WithDbAsync(TestActivities.TenantId, async db =>
            {
                await CatalogCorpus.LoadFixtureAsync(db);
                return 0;
            });
        }
        return host;
    }

    private static AgendaScheduler Scheduler(BotHost host, TimeProvider time) =>
        new(host.Services.GetRequiredService<IServiceScopeFactory>(), time, Options.Create(new AgendaOptions()), NullLogger<AgendaScheduler>.Instance);

    private static Task<List<AgendaOccurrence>> OccurrencesAsync(BotHost host) =>
        AgendaScenario.InScopeAsync(host, (_, db) => db.Set<AgendaOccurrence>().AsNoTracking().ToListAsync());
}
