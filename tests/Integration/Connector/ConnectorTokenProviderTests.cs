using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Connector;
using CxReviewBot.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Connector;

public sealed class ConnectorTokenProviderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private FakeConnector _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Token_IsRequestedWithClientCredentialsForm()
    {
        using var host = new ConnectorTestHost(_fake, time: _time);

        var token = await host.Tokens.GetTokenAsync(default);

        Assert.Equal(FakeConnector.DefaultAccessToken, token);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.Path);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("client_credentials", request.Body!["grant_type"]!.GetValue<string>());
        Assert.Equal(ConnectorTestHost.AppId, request.Body!["client_id"]!.GetValue<string>());
        Assert.Equal(ConnectorTestHost.AppPassword, request.Body!["client_secret"]!.GetValue<string>());
        Assert.Equal("https://api.botframework.com/.default", request.Body!["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task CachedToken_IsReusedUntilFiveMinutesBeforeExpiry()
    {
        using var host = new ConnectorTestHost(_fake, time: _time);

        await host.Tokens.GetTokenAsync(default);
        _time.Advance(TimeSpan.FromMinutes(54));
        await host.Tokens.GetTokenAsync(default);
        Assert.Equal(1, _fake.TokenRequestCount);

        _fake.AccessToken = "second-token";
        _time.Advance(TimeSpan.FromMinutes(2));
        var refreshed = await host.Tokens.GetTokenAsync(default);

        Assert.Equal("second-token", refreshed);
        Assert.Equal(2, _fake.TokenRequestCount);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneRequest()
    {
        using var host = new ConnectorTestHost(_fake, time: _time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Tokens.GetTokenAsync(default).AsTask()));

        Assert.All(tokens, t => Assert.Equal(FakeConnector.DefaultAccessToken, t));
        Assert.Equal(1, _fake.TokenRequestCount);
    }

    [Fact]
    public async Task SingleTenantEndpoint_IsUsedForTokenAndSendsCarryIt()
    {
        using var host = new ConnectorTestHost(_fake, new Dictionary<string, string?>
        {
            ["Bot:TenantId"] = "contoso-tenant",
            ["Bot:TokenEndpoint"] = _fake.TokenEndpointFor("contoso-tenant"),
        }, _time);
        _fake.RequireAuthorization = true;

        await host.TrustedClientFor(_fake.ServiceUrl).SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default);

        Assert.Equal("/contoso-tenant/oauth2/v2.0/token", _fake.Requests[0].Path);
        Assert.Equal("Bearer " + FakeConnector.DefaultAccessToken, Assert.Single(_fake.Activities).Authorization);
    }

    [Fact]
    public async Task WrongSecret_ThrowsNonTransientAndSendsNothing()
    {
        using var host = new ConnectorTestHost(_fake, time: _time);
        _fake.ExpectedClientSecret = "another-secret";

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.TrustedClientFor(_fake.ServiceUrl).SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default));

        Assert.False(error.IsTransient);
        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.DoesNotContain(_fake.Requests, r => r.Operation == FakeConnectorOperation.SendToConversation);
    }

    [Fact]
    public async Task UnreachableTokenEndpoint_ThrowsTransient()
    {
        using var host = new ConnectorTestHost(_fake, new Dictionary<string, string?>
        {
            ["Bot:TokenEndpoint"] = "http://127.0.0.1:9/botframework.com/oauth2/v2.0/token",
        }, _time);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Tokens.GetTokenAsync(default).AsTask());

        Assert.True(error.IsTransient);
    }
}
