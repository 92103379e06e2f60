using CxReviewBot.Features.Agenda;
using CxReviewBot.Outbox;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Agenda;

public sealed class AgendaRefresherTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task PostedAgenda_IsUpdatedInPlace(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        var reviewId = await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow);
        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "agenda"));
        var posted = (await bot.Connector.WaitForActivitiesAsync(1))[0];
        await WaitUntilSentAsync(bot.Host);

        var enqueued = await AgendaScenario.InScopeAsync(bot.Host, async (services, db) =>
        {
            var count = await services.GetRequiredService<AgendaRefresher>().UpdatePostedAgendasAsync(reviewId, CancellationToken.None);
            await db.SaveChangesAsync();
            return count;
        });

        Assert.Equal(1, enqueued);
        var update = Assert.Single(await bot.Connector.WaitForRequestsAsync(r => r.Operation == FakeConnectorOperation.UpdateActivity, 1));
        Assert.Equal(posted.ActivityId, update.ActivityId);
        Assert.Equal(posted.Card!.ToJsonString(), update.Card!.ToJsonString());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReviewWithoutPostedAgenda_EnqueuesNothing(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        var reviewId = await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow);

        var enqueued = await AgendaScenario.InScopeAsync(bot.Host, (services, _) =>
            services.GetRequiredService<AgendaRefresher>().UpdatePostedAgendasAsync(reviewId, CancellationToken.None));

        Assert.Equal(0, enqueued);
    }

    private static async Task WaitUntilSentAsync(BotHost host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await AgendaScenario.InScopeAsync(host, (_, db) => db.Set<OutboxMessage>().AnyAsync(m => m.SentActivityId != null)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the agenda was never marked sent");
            await Task.Delay(50);
        }
    }
}
