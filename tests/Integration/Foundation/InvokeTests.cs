using System.Net;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Foundation;

public sealed class InvokeTests
{
    [Fact]
    public async Task CommandButton_ReturnsExactInvokeBodyAndRunsCommand()
    {
        await using var bot = await BotFixture.StartAsync();
        var invoke = TestActivities.Execute(bot.ServiceUrl, CardVerbs.CommandRun, new JsonObject { [CardDataKeys.Command] = "help" });

        var response = await bot.Client.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done: help"}""",
            await response.Content.ReadAsStringAsync());
        Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
    }

    [Fact]
    public async Task UnknownVerb_ReturnsErrorBodyInTeamsFormat()
    {
        await using var bot = await BotFixture.StartAsync();

        var response = await bot.Client.PostAsync(TestActivities.Execute(bot.ServiceUrl, "no.such.verb"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("BadRequest", body["value"]!["code"]!.GetValue<string>());
        Assert.Contains("no.such.verb", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateInvoke_IsHandledOnceAndAnsweredTheSame()
    {
        await using var bot = await BotFixture.StartAsync();
        var invoke = TestActivities.Execute(bot.ServiceUrl, CardVerbs.CommandRun, new JsonObject { [CardDataKeys.Command] = "help" });

        var first = await (await bot.Client.PostAsync(invoke)).Content.ReadAsStringAsync();
        var second = await (await bot.Client.PostAsync(invoke)).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
        await bot.Connector.WaitForActivitiesAsync(1);
        await bot.Connector.WaitForQuietAsync();
        Assert.Single(bot.Connector.Activities);
    }

    [Fact]
    public async Task OtherInvokeNames_Return501()
    {
        await using var bot = await BotFixture.StartAsync();
        var invoke = TestActivities.Base("invoke", bot.ServiceUrl, null, "personal");
        invoke["name"] = "composeExtension/query";

        var response = await bot.Client.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task SubmitWithVerb_IsRoutedLikeExecute()
    {
        await using var bot = await BotFixture.StartAsync();
        var submit = TestActivities.Submit(bot.ServiceUrl, new JsonObject { ["verb"] = CardVerbs.CommandRun, [CardDataKeys.Command] = "help" }, replyToId: "1700000000009");

        var response = await bot.Client.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await bot.Connector.WaitForActivitiesAsync(2);
        Assert.Contains(sent, r => r.Card?["type"]?.GetValue<string>() == "AdaptiveCard");
        Assert.Contains(sent, r => r.Text == "Done: help");
    }
}
