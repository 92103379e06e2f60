using CxReviewBot.Protocol.Activities;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Connector;

public sealed class ConnectorConversationTests : IAsyncLifetime
{
    private const string TeamId = "19:team@thread.tacv2";
    private FakeConnector _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task CreatePersonalConversation_IsIdempotentPerMember()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);

        var first = await client.CreateConversationAsync(_fake.ServiceUrl, Personal("29:alice"), default);
        var again = await client.CreateConversationAsync(_fake.ServiceUrl, Personal("29:alice"), default);
        var other = await client.CreateConversationAsync(_fake.ServiceUrl, Personal("29:bob"), default);

        Assert.StartsWith("a:", first.Id, StringComparison.Ordinal);
        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
        var request = _fake.Requests.First(r => r.Operation == FakeConnectorOperation.CreateConversation);
        Assert.Equal("/teams/v3/conversations", request.RawTarget);
        Assert.False(request.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:alice", request.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", request.Body!["tenantId"]!.GetValue<string>());
    }

    [Fact]
    public async Task PagedMembers_FollowsContinuationAndMapsObjectId()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.SetRoster(TeamId,
            new FakeMember("29:a", "Ann", "00000000-0000-0000-0000-00000000000a", "ann@contoso.com"),
            new FakeMember("29:b", "Ben", "00000000-0000-0000-0000-00000000000b"),
            new FakeMember("29:c", "Cat", "00000000-0000-0000-0000-00000000000c"));

        var first = await client.GetPagedMembersAsync(_fake.ServiceUrl, TeamId, 2, null, default);
        var second = await client.GetPagedMembersAsync(_fake.ServiceUrl, TeamId, 2, first.ContinuationToken, default);

        Assert.Equal(["29:a", "29:b"], first.Members.Select(m => m.Id));
        Assert.Equal("00000000-0000-0000-0000-00000000000a", first.Members[0].EntraId);
        Assert.Equal("ann@contoso.com", first.Members[0].UserPrincipalName);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(["29:c"], second.Members.Select(m => m.Id));
        Assert.Null(second.ContinuationToken);
        var pageRequests = _fake.Requests.Where(r => r.Operation == FakeConnectorOperation.GetPagedMembers).ToList();
        Assert.Equal("/teams/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=2", pageRequests[0].RawTarget);
        Assert.EndsWith($"pagedmembers?pageSize=2&continuationToken={first.ContinuationToken}", pageRequests[1].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMember_ReturnsMemberByIdOrNullWhenUnknown()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);
        _fake.DefaultRoster = [new FakeMember("29:a", "Ann", "00000000-0000-0000-0000-00000000000a")];

        var known = await client.GetMemberAsync(_fake.ServiceUrl, "a:1", "29:a", default);
        var unknown = await client.GetMemberAsync(_fake.ServiceUrl, "a:1", "29:zz", default);

        Assert.Equal("Ann", known?.Name);
        Assert.Equal("00000000-0000-0000-0000-00000000000a", known?.EntraId);
        Assert.Null(unknown);
        Assert.Contains(_fake.Requests, r => r.RawTarget == "/teams/v3/conversations/a%3A1/members/29%3Aa");
    }

    [Fact]
    public async Task WaitForActivities_ReturnsWhenEnoughArrived()
    {
        using var host = new ConnectorTestHost(_fake);
        var client = host.TrustedClientFor(_fake.ServiceUrl);

        var waiting = _fake.WaitForActivitiesAsync(2, TimeSpan.FromSeconds(5));
        await client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("one"), default);
        Assert.False(waiting.IsCompleted);
        await client.SendToConversationAsync(_fake.ServiceUrl, "a:1", Activity.MessageWithText("two"), default);

        var activities = await waiting;
        Assert.Equal(["one", "two"], activities.Select(a => a.Text));
        await Assert.ThrowsAsync<TimeoutException>(() => _fake.WaitForActivitiesAsync(3, TimeSpan.FromMilliseconds(100)));
    }

    private static ConversationParameters Personal(string memberId) => new()
    {
        IsGroup = false,
        Members = [new ChannelAccount { Id = memberId }],
        TenantId = "tenant-1",
    };
}
