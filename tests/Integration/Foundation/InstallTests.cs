using CxReviewBot.Data.Conversations;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Foundation;

public sealed class InstallTests
{
    [Theory]
    [InlineData("personal", "a:personal-install")]
    [InlineData("groupChat", "19:group@thread.v2")]
    [InlineData("channel", "19:general@thread.tacv2")]
    public async Task Install_SendsOneWelcomeAndStoresTheReference(string conversationType, string conversationId)
    {
        await using var bot = await BotFixture.StartAsync();

        // Teams (and the Playground) send both an installationUpdate and a conversationUpdate for one install.
        await bot.Client.PostAsync(TestActivities.InstallationAdd(bot.ServiceUrl, conversationId, conversationType));
        await bot.Client.PostAsync(TestActivities.BotAdded(bot.ServiceUrl, conversationId, conversationType));

        var welcome = Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
        Assert.Contains("Welcome", welcome.Card!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        await bot.Connector.WaitForQuietAsync();
        Assert.Single(bot.Connector.Activities);

        var reference = await bot.Host.WithDbAsync(TestActivities.TenantId, db =>
            db.Set<ConversationReference>().SingleAsync(c => c.ConversationId == conversationId));
        Assert.Equal(bot.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(conversationType, reference.ConversationType);
        Assert.True(reference.IsInstalled);
        Assert.Equal(TestActivities.TenantId, reference.TenantId);
    }

    [Theory]
    [InlineData("groupChat", "19:together@thread.v2")]
    [InlineData("channel", "19:together@thread.tacv2")]
    public async Task InstallActivitiesArrivingTogether_BothSucceedAndOneWelcome(string conversationType, string conversationId)
    {
        await using var bot = await BotFixture.StartAsync();

        // The Playground (and Teams) can deliver both install activities at once for a conversation never seen before.
        var ids = Enumerable.Range(1, 8).Select(i => $"{conversationId}-{i}").ToList();
        var responses = await Task.WhenAll(ids.SelectMany(id => new[]
        {
            bot.Client.PostAsync(TestActivities.InstallationAdd(bot.ServiceUrl, id, conversationType)),
            bot.Client.PostAsync(TestActivities.BotAdded(bot.ServiceUrl, id, conversationType)),
        }));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"HTTP {(int)r.StatusCode}"));
        await bot.Connector.WaitForActivitiesAsync(ids.Count);
        await bot.Connector.WaitForQuietAsync();
        Assert.Equal(ids.Count, bot.Connector.Activities.Count);
    }

    [Fact]
    public async Task Message_RecordsTheUserForProactiveMessages()
    {
        await using var bot = await BotFixture.StartAsync();

        await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "help"));

        var user = await bot.Host.WithDbAsync(TestActivities.TenantId, db =>
            db.Set<KnownUser>().SingleAsync(u => u.TeamsUserId == TestActivities.UserId));
        Assert.Equal(TestActivities.UserAadId, user.AadObjectId);
        Assert.Equal(TestActivities.PersonalConversationId, user.PersonalConversationId);
    }

    [Fact]
    public async Task OtherTenant_CannotSeeTheReference()
    {
        await using var bot = await BotFixture.StartAsync();

        await bot.Client.PostAsync(TestActivities.InstallationAdd(bot.ServiceUrl));

        var visibleToOther = await bot.Host.WithDbAsync("another-tenant", db => db.Set<ConversationReference>().CountAsync());
        var visibleToOwner = await bot.Host.WithDbAsync(TestActivities.TenantId, db => db.Set<ConversationReference>().CountAsync());
        Assert.Equal(0, visibleToOther);
        Assert.Equal(1, visibleToOwner);
    }

    [Fact]
    public async Task ConcurrentFirstMessagesOfANewConversation_AllSucceed()
    {
        await using var bot = await BotFixture.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "help", "a:brand-new-chat"))));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        await bot.Connector.WaitForActivitiesAsync(8);
        var references = await bot.Host.WithDbAsync(TestActivities.TenantId, db =>
            db.Set<ConversationReference>().CountAsync(c => c.ConversationId == "a:brand-new-chat"));
        Assert.Equal(1, references);
    }
}
