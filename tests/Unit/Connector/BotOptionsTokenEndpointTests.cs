using CxReviewBot.Hosting;

namespace CxReviewBot.UnitTests.Connector;

public sealed class BotOptionsTokenEndpointTests
{
    [Fact]
    public void MultiTenant_UsesBotFrameworkTenant() =>
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token",
            new BotOptions { AppId = "app" }.ResolvedTokenEndpoint);

    [Fact]
    public void SingleTenant_UsesOwnTenant() =>
        Assert.Equal("https://login.microsoftonline.com/7f0d1c2e-0000-4000-8000-000000000001/oauth2/v2.0/token",
            new BotOptions { AppId = "app", TenantId = "7f0d1c2e-0000-4000-8000-000000000001" }.ResolvedTokenEndpoint);

    [Fact]
    public void ExplicitEndpoint_WinsOverTenant() =>
        Assert.Equal("http://127.0.0.1:5000/t/oauth2/v2.0/token",
            new BotOptions { TenantId = "t", TokenEndpoint = "http://127.0.0.1:5000/t/oauth2/v2.0/token" }.ResolvedTokenEndpoint);
}
