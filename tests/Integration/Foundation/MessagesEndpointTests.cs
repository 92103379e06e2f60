using System.Net;
using System.Text.Json.Nodes;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Foundation;

public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task Help_PostsHelpCardWithOutboundBearerToken()
    {
        await using var bot = await BotFixture.StartAsync();

        var response = await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
        Assert.Equal($"Bearer {FakeConnector.DefaultAccessToken}", sent.Authorization);
        Assert.Contains(Uri.EscapeDataString(TestActivities.PersonalConversationId), sent.RawTarget, StringComparison.Ordinal);
        var attachment = sent.Body!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
        Assert.Contains("help", attachment["content"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, bot.Connector.TokenRequestCount);
    }

    [Fact]
    public async Task ChannelMessageWithMention_RunsTheCommand()
    {
        await using var bot = await BotFixture.StartAsync();
        var activity = TestActivities.Message(bot.ServiceUrl, "<at>CX Review Bot</at> help", conversationType: "channel");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "CX Review Bot" },
            ["text"] = "<at>CX Review Bot</at>",
        });

        await bot.Client.PostAsync(activity);

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Body!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.DoesNotContain("didn", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownText_GetsHelpCardQuotingIt()
    {
        await using var bot = await BotFixture.StartAsync();

        await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "what is the weather"));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Body!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("what is the weather", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_Returns400AndSendsNothing()
    {
        await using var bot = await BotFixture.StartAsync();

        var response = await bot.Client.PostRawAsync("{\"type\": \"message\", ", bot.Identity.MintToken(s => s.ServiceUrl = bot.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Connector.Activities);
    }

    [Fact]
    public async Task ActivityWithoutType_Returns400()
    {
        await using var bot = await BotFixture.StartAsync();

        var response = await bot.Client.PostRawAsync("{\"text\":\"help\"}", bot.Identity.MintToken(s => s.ServiceUrl = bot.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOver256KB_Returns413()
    {
        await using var bot = await BotFixture.StartAsync();
        var activity = TestActivities.Message(bot.ServiceUrl, new string('x', 257 * 1024));

        var response = await bot.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Connector.Activities);
    }

    [Fact]
    public async Task MissingToken_Returns401AndDispatchesNothing()
    {
        await using var bot = await BotFixture.StartAsync();

        var response = await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "help"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await bot.Connector.WaitForQuietAsync();
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task TokenForAnotherServiceUrl_Returns401AndDispatchesNothing()
    {
        await using var bot = await BotFixture.StartAsync();
        var token = bot.Identity.MintToken(s => s.ServiceUrl = "https://evil.example.com/");

        var response = await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "help"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await bot.Connector.WaitForQuietAsync();
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task ExpiredToken_Returns401()
    {
        await using var bot = await BotFixture.StartAsync();
        var token = bot.Identity.MintToken(s =>
        {
            s.ServiceUrl = bot.ServiceUrl;
            s.NotBefore = DateTimeOffset.UtcNow.AddHours(-2);
            s.Expires = DateTimeOffset.UtcNow.AddHours(-1);
        });

        var response = await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "help"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_IsAcknowledged()
    {
        await using var bot = await BotFixture.StartAsync();

        var response = await bot.Client.PostAsync(TestActivities.Base("messageReaction", bot.ServiceUrl, null, "personal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.Activities);
    }
}
