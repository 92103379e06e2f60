using System.Net;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Connector;
using CxReviewBot.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1767297849909";
    private FakeConnector _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task SendToConversation_PostsEscapedPathBodyAndBearerToken()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);

        var response = await client.SendToConversationAsync(_fake.ServiceUrl, ChannelThread, Activity.MessageWithText("hello **team**"), default);

        var request = Assert.Single(_fake.Activities);
        Assert.Equal(request.ActivityId, response.Id);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/teams/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1767297849909/activities", request.RawTarget);
        Assert.Equal(ChannelThread, request.ConversationId);
        Assert.Equal("Bearer " + FakeConnector.DefaultAccessToken, request.Authorization);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("message", request.Activity!["type"]!.GetValue<string>());
        Assert.Equal("hello **team**", request.Text);
        Assert.Equal("markdown", request.Activity!["textFormat"]!.GetValue<string>());
        Assert.Null(request.Activity!["attachments"]);
    }

    [Fact]
    public async Task ReplyUpdateDelete_UseActivityPaths()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);

        var reply = await client.ReplyToActivityAsync(_fake.ServiceUrl, "a:1", "17:x", Activity.MessageWithText("re"), default);
        var update = await client.UpdateActivityAsync(_fake.ServiceUrl, "a:1", reply.Id!, Activity.MessageWithText("edited"), default);
        await client.DeleteActivityAsync(_fake.ServiceUrl, "a:1", reply.Id!, default);

        Assert.Equal(reply.Id, update.Id);
        var calls = _fake.Requests.Where(r => r.Operation != FakeConnectorOperation.Token).Select(r => $"{r.Method} {r.RawTarget} {r.Status}");
        Assert.Equal(
        [
            "POST /teams/v3/conversations/a%3A1/activities/17%3Ax 201",
            $"PUT /teams/v3/conversations/a%3A1/activities/{reply.Id} 200",
            $"DELETE /teams/v3/conversations/a%3A1/activities/{reply.Id} 200",
        ], calls);
    }

    [Fact]
    public async Task DevelopmentMode_SendsNoAuthorizationAndRequestsNoToken()
    {
        using var host = new ConnectorTestHost(_fake, new Dictionary<string, string?> { ["Bot:AppId"] = "" });
        var client = host.TrustedClientFor(_fake.ServiceUrl);

        await client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal(FakeConnectorOperation.SendToConversation, request.Operation);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task UntrustedServiceUrl_ThrowsAndSendsNothing()
    {
        using var host = new ConnectorTestHost(_fake);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default));

        Assert.False(error.IsTransient);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task ServiceUrlOutsideAllowList_IsNeverTrusted()
    {
        using var host = new ConnectorTestHost(_fake, new Dictionary<string, string?>
        {
            ["Bot:ServiceUrlAllowList:0"] = "https://smba.trafficmanager.net/",
        });

        Assert.False(host.TrustedServiceUrls.Trust(_fake.ServiceUrl));
        Assert.True(host.TrustedServiceUrls.Trust("https://smba.trafficmanager.net/teams/"));
        await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default));
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfter_WaitsThenDeliversOnce()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new ConnectorTestHost(_fake, time: time);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.FailNext(FakeConnectorFault.TooManyRequests(retryAfterSeconds: 1));

        var sending = client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default);
        await _fake.WaitForRequestsAsync(r => r.Status == 429, 1);
        // The retry's wait starts after the 429 was recorded, so it can only end once the clock has moved 1 s since.
        var advanced = TimeSpan.Zero;
        while (!sending.IsCompleted && advanced < TimeSpan.FromMinutes(1))
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            advanced += TimeSpan.FromMilliseconds(100);
            await Task.WhenAny(sending, Task.Delay(20));
        }
        var response = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(advanced >= TimeSpan.FromSeconds(1), $"retried after {advanced} of Retry-After: 1");

        var delivered = Assert.Single(_fake.Activities);
        Assert.Equal(delivered.ActivityId, response.Id);
        Assert.Equal([429, 201], _fake.Requests.Where(r => r.Operation == FakeConnectorOperation.SendToConversation).Select(r => r.Status));
    }

    [Fact]
    public async Task ServiceUnavailableTwice_RetriesThenSucceeds()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.FailNext(FakeConnectorFault.ServiceUnavailable(), times: 2);

        var response = await client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default);

        Assert.NotNull(response.Id);
        Assert.Equal([503, 503, 201], _fake.Requests.Where(r => r.Operation == FakeConnectorOperation.SendToConversation).Select(r => r.Status));
    }

    [Fact]
    public async Task RetryBudgetExhausted_ThrowsTransient()
    {
        using var host = new ConnectorTestHost(_fake, new Dictionary<string, string?> { ["Connector:MaxRetries"] = "2" });
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.FailNext(FakeConnectorFault.ServiceUnavailable(), times: 5);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default));

        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(3, _fake.Requests.Count(r => r.Operation == FakeConnectorOperation.SendToConversation));
        Assert.Empty(_fake.Activities);
    }

    [Fact]
    public async Task RetryAfterLongerThanMaxDelay_GivesUpWithHint()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.FailNext(FakeConnectorFault.TooManyRequests(retryAfterSeconds: 120));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default));

        Assert.True(error.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Single(_fake.Requests, r => r.Operation == FakeConnectorOperation.SendToConversation);
    }

    [Fact]
    public async Task BadRequest_IsNotRetried()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.FailNext(FakeConnectorFault.BadRequest(), times: 3);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("hi"), default));

        Assert.False(error.IsTransient);
        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal("BadSyntax", error.ErrorCode);
        Assert.Single(_fake.Requests, r => r.Operation == FakeConnectorOperation.SendToConversation);
    }

    [Fact]
    public async Task MessageTooBig_SurfacesErrorCode()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.MaxActivityBytes = 1024;

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText(new string('x', 2000)), default));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.Status);
        Assert.Equal("MessageSizeTooBig", error.ErrorCode);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task BlockedByUser_SurfacesMessageWritesBlocked()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.FailNext(FakeConnectorFault.MessageWritesBlocked(), path: p => p.Contains("/a:blocked/", StringComparison.Ordinal));

        await client.SendToConversationAsync(_fake.ServiceUrl, "a:other", Activity.MessageWithText("hi"), default);
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(_fake.ServiceUrl, "a:blocked", Activity.MessageWithText("hi"), default));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task NetworkFailure_IsRetriedThenTransient()
    {
        using var host = new ConnectorTestHost(_fake, new Dictionary<string, string?> { ["Connector:MaxRetries"] = "1" });
        const string deadUrl = "http://127.0.0.1:9/teams/";
        var client = host.TrustedClientFor(deadUrl);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(deadUrl, "a:1", Activity.MessageWithText("hi"), default));

        Assert.True(error.IsTransient);
        Assert.Null(error.Status);
    }
}
