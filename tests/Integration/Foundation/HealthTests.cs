using System.Net;

namespace CxReviewBot.IntegrationTests.Foundation;

public sealed class HealthTests
{
    [Fact]
    public async Task HealthAndReadiness_AnswerWhenTheDatabaseIsMigrated()
    {
        await using var bot = await BotFixture.StartAsync();
        using var http = bot.Host.CreateClient();

        var health = await http.GetAsync("/healthz");
        var ready = await http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_Is503WhenTheDatabaseCannotBeOpened()
    {
        await using var bot = await BotFixture.StartAsync();
        using var http = bot.Host.CreateClient();
        await http.GetAsync("/healthz");
        File.Delete(bot.Host.DatabasePath + "-wal");
        await File.WriteAllTextAsync(bot.Host.DatabasePath, "this is not a database");

        var ready = await http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
