using System.Net;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Data.Conversations;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxReviewBot.IntegrationTests.Security;

/// <summary>Issue 13 item 1: an activity is served only for its own tenant, on an allowed channel.</summary>
public sealed class InboundGateTests
{
    [Fact]
    public async Task NoTenant_Returns400LoggedAndNothingStoredOrSent()
    {
        var logs = new RecordingLoggerProvider();
        // The CLI's default tenant is configured, as in production: it must not be lent to an activity naming none.
        await using var bot = await BotFixture.StartAsync(
            new Dictionary<string, string?> { ["Tenancy:DefaultTenantId"] = TestActivities.TenantId },
            s => s.AddSingleton<ILoggerProvider>(logs));
        var invoke = TestActivities.Execute(bot.ServiceUrl, CardVerbs.CommandRun, new JsonObject { [CardDataKeys.Command] = "owners" });
        invoke["conversation"]!.AsObject().Remove("tenantId");
        invoke.Remove("channelData");

        var response = await bot.Client.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(logs.Entries, e => e.Id.Id == 1300 && e.Message.Contains("names no tenant", StringComparison.Ordinal));
        Assert.Empty(bot.Connector.Requests);
        Assert.Equal(0, await StoredConversationsAsync(bot));
    }

    [Fact]
    public async Task TwoDifferentTenants_Returns400()
    {
        await using var bot = await BotFixture.StartAsync();
        var activity = TestActivities.Message(bot.ServiceUrl, "help");
        activity["channelData"]!["tenant"]!["id"] = "00000000-0000-0000-0000-0000000000bb";

        var response = await bot.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task TenantOnlyInChannelData_IsServed()
    {
        await using var bot = await BotFixture.StartAsync();
        var activity = TestActivities.Message(bot.ServiceUrl, "help");
        activity["conversation"]!.AsObject().Remove("tenantId");

        var response = await bot.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
    }

    [Fact]
    public async Task LoneSurrogateInTenantId_Returns400()
    {
        await using var bot = await BotFixture.StartAsync();
        var activity = TestActivities.Message(bot.ServiceUrl, "help");
        activity["conversation"]!.AsObject().Remove("tenantId");
        var body = activity.ToJsonString().Replace(TestActivities.TenantId, "\\ud800", StringComparison.Ordinal);

        var response = await bot.Client.PostRawAsync(body, bot.Identity.MintToken(s => s.ServiceUrl = bot.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task NonTeamsChannel_Returns403EvenWithAnEndorsedToken()
    {
        await using var bot = await BotFixture.StartAsync();
        var activity = TestActivities.Message(bot.ServiceUrl, "owners");
        activity["channelId"] = "webchat";
        var token = bot.Identity.MintToken(s =>
        {
            s.ServiceUrl = bot.ServiceUrl;
            s.Key = bot.Identity.UnendorsedKey;
        });

        var response = await bot.Client.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task ChannelNamedInAllowedChannels_IsServed()
    {
        await using var bot = await BotFixture.StartAsync(new Dictionary<string, string?> { ["Bot:AllowedChannels:0"] = "webchat" });
        var activity = TestActivities.Message(bot.ServiceUrl, "help");
        activity["channelId"] = "webchat";
        var token = bot.Identity.MintToken(s =>
        {
            s.ServiceUrl = bot.ServiceUrl;
            s.Key = bot.Identity.UnendorsedKey;
        });

        var response = await bot.Client.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
        var teams = await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "help"));
        Assert.Equal(HttpStatusCode.Forbidden, teams.StatusCode);
    }

    [Fact]
    public async Task SingleTenantBot_RefusesOtherTenantsWith403AndServesItsOwn()
    {
        await using var bot = await BotFixture.StartAsync(new Dictionary<string, string?> { ["Bot:TenantId"] = "00000000-0000-0000-0000-0000000000bb" });
        var other = TestActivities.Message(bot.ServiceUrl, "help");

        var refused = await bot.Client.PostAsync(other);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(bot.Connector.Requests);
        var own = TestActivities.Message(bot.ServiceUrl, "help");
        own["conversation"]!["tenantId"] = "00000000-0000-0000-0000-0000000000BB";
        own["channelData"]!["tenant"]!["id"] = "00000000-0000-0000-0000-0000000000bb";
        Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(own)).StatusCode);
        Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
    }

    private static Task<int> StoredConversationsAsync(BotFixture bot) =>
        bot.Host.WithDbAsync(TestActivities.TenantId, db => db.Set<ConversationReference>().IgnoreQueryFilters().CountAsync());
}
