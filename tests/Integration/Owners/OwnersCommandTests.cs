using System.Text;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Owners;

public sealed class OwnersCommandTests
{
    private const string Touchpoints = """
        touchpoint,function,owner_upn,owner_aad_id,owner_name
        Onboarding,success,ada@contoso.example,aaaaaaaa-0000-0000-0000-000000000001,Ada Lovelace
        Billing,billing,,,
        """;

    private const string Metrics = """
        metric,kind,unit,higher_is_better,target,decision_threshold,decision_if_crossed
        CSAT,experience,score,true,4.3,3.8,Open a fix sprint
        """;

    private const string Observations = """
        period_end,touchpoint,metric,value
        2026-11-15,Onboarding,CSAT,4.1
        2026-11-22,Onboarding,CSAT,3.6
        """;

    [Fact]
    public async Task Owners_ListsTouchpointsWithOwnersAndFlagsTheUnowned()
    {
        await using var bot = await BotFixture.StartAsync();
        await ImportAsync(bot.Host, ImportKind.Touchpoints, Touchpoints);
        await ImportAsync(bot.Host, ImportKind.Metrics, Metrics);
        await ImportAsync(bot.Host, ImportKind.Observations, Observations);

        await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "owners"));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!.ToJsonString();
        Assert.Contains("Ada Lovelace", card, StringComparison.Ordinal);
        Assert.Contains("Billing", card, StringComparison.Ordinal);
        Assert.Contains("No owner", card, StringComparison.Ordinal);
        Assert.Contains("3.6", card, StringComparison.Ordinal);
        Assert.Contains("Decision needed", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Owners_OfAnotherTenant_AreNotShown()
    {
        await using var bot = await BotFixture.StartAsync();
        await ImportAsync(bot.Host, ImportKind.Touchpoints, Touchpoints, tenantId: "other-tenant");

        await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "owners"));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!.ToJsonString();
        Assert.DoesNotContain("Ada Lovelace", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnersPage_BadPage_ReturnsErrorBody()
    {
        await using var bot = await BotFixture.StartAsync();

        var response = await bot.Client.PostAsync(TestActivities.Execute(bot.ServiceUrl, CardVerbs.OwnersPage, new JsonObject { [CardDataKeys.Page] = "zero" }));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    private static Task<int> ImportAsync(BotHost host, ImportKind kind, string csv, string tenantId = TestActivities.TenantId) =>
        host.WithScopeAsync(tenantId, async services =>
        {
            var result = await services.GetRequiredService<CatalogImporter>()
                .ImportAsync(kind, new MemoryStream(Encoding.UTF8.GetBytes(csv)), null, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            return 0;
        });
}
