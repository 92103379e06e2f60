using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Decisions;
using CxReviewBot.IntegrationTests.Catalog;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Agenda;

/// <summary>`agenda preview` and `report --review` through the built executable.</summary>
public sealed class AgendaVerbTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Preview_PrintsTheCardAsComposed_AndReportHonoursTheReviewScope(string provider)
    {
        await using var database = await SeededAsync(provider);

        var preview = await RunAsync(database, "agenda", "preview", "--review", "WBR", "--as-of", "2026-11-22");
        var report = await RunAsync(database, "report", "--review", "WBR", "--as-of", "2026-11-22", "--format", "csv");

        Assert.Equal((0, ""), (preview.ExitCode, preview.Stderr));
        await using var db = database.Context(CatalogCorpus.Tenant);
        var review = await db.Set<Review>().Include(r => r.Members).SingleAsync();
        // The executable answers decision.record, so its agenda carries the "Record decision" buttons.
        var routes = new BotRoutes().MapVerb<DecisionVerbs>(CardVerbs.DecisionRecord, v => v.RecordAsync);
        var view = await new AgendaComposer(db, routes).ComposeAsync(review, new DateOnly(2026, 11, 22), 1, CancellationToken.None);
        Assert.True(JsonNode.DeepEquals(CardSerializer.ToJsonNode(AgendaCard.Build(view)), JsonNode.Parse(preview.Stdout)));
        Assert.Equal(0, report.ExitCode);
        Assert.Equal(
            ["*,,Revenue", "Onboarding,sofia@contoso.example,CSAT"],
            report.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => string.Join(',', l.Split(',').Take(3))));
    }

    [Theory]
    [InlineData("--review", "Nope", "no review named 'Nope'")]
    [InlineData("--as-of", "22/11/2026", "--as-of must be yyyy-MM-dd")]
    public async Task BadArguments_ExitNonZeroWithOneLine(string option, string value, string reason)
    {
        await using var database = await SeededAsync(TestDatabases.Sqlite);

        var run = await RunAsync(database, "agenda", "preview", option, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
    }

    private static async Task<TestDatabase> SeededAsync(string provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);
        db.Add(new Review
        {
            Name = "WBR",
            ConversationId = "19:c@thread.tacv2",
            ServiceUrl = "https://smba.example/",
            ConversationType = "channel",
            Weekday = DayOfWeek.Monday,
            MeetingTime = new TimeOnly(9, 0),
            TimeZoneId = "Europe/Berlin",
            TouchpointScope = ["Onboarding"],
        });
        await db.SaveChangesAsync();
        return database;
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TestDatabase database, params string[] args) =>
        BotExecutable.RunAsync(BotExecutable.For(database, CatalogCorpus.Tenant), args);
}
