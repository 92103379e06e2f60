using CxReviewBot.Data;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Foundation;

/// <summary>One dispatcher pass sends to several conversations at once but keeps each conversation's order.</summary>
public sealed class OutboxLaneTests
{
    private const int Conversations = 4;
    private const int PerConversation = 6;

    [Fact]
    public async Task OnePass_DeliversEveryMessageOnce_InOrderWithinEachConversation()
    {
        await using var bot = await BotFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Outbox:Enabled"] = "false",
            ["Outbox:BatchSize"] = "100",
            ["Outbox:MaxParallelConversations"] = "3",
        });
        await bot.Host.WithScopeAsync(TestActivities.TenantId, async services =>
        {
            var writer = services.GetRequiredService<OutboxWriter>();
            for (var i = 0; i < PerConversation; i++)
            {
                for (var c = 0; c < Conversations; c++)
                {
                    await writer.EnqueueAsync(
                        new OutboxRequest($"lane:{c}:{i}", OutboxOperation.Send, bot.ServiceUrl, Activity.MessageWithText($"{c}:{i}"), ConversationId: $"19:lane-{c}@thread.tacv2"),
                        CancellationToken.None);
                }
            }
            return await services.GetRequiredService<CxDbContext>().SaveChangesAsync();
        });

        var handled = await bot.Host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Conversations * PerConversation, handled);
        var sent = bot.Connector.Activities.Where(a => a.IsDeliveredActivity).ToList();
        Assert.Equal(Conversations * PerConversation, sent.Select(a => a.Text).Distinct().Count());
        for (var c = 0; c < Conversations; c++)
        {
            var lane = sent.Where(a => a.ConversationId == $"19:lane-{c}@thread.tacv2").Select(a => a.Text).ToList();
            Assert.Equal(Enumerable.Range(0, PerConversation).Select(i => $"{c}:{i}"), lane);
        }
        Assert.Equal(0, await bot.Host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
    }
}
