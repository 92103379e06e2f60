using CxReviewBot.Protocol.Auth;
using CxReviewBot.TestKit;

namespace CxReviewBot.UnitTests.Auth;

public sealed class OpenIdKeyCacheTests : IAsyncLifetime
{
    private AuthTestHost _host = null!;

    public async Task InitializeAsync() => _host = await AuthTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task UnknownKid_RefreshesKeysOnceAndSucceeds()
    {
        await WarmUpAsync();
        var rotated = _host.Identity.PublishNewKey([FakeBotFrameworkIdentity.TeamsChannel]);
        _host.Time.Advance(TimeSpan.FromMinutes(2));

        var result = await _host.AuthenticateAsync(t => t.Key = rotated);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, _host.Identity.MetadataFetchCount);
        Assert.Equal(2, _host.Identity.KeysFetchCount);
    }

    [Fact]
    public async Task UnknownKidWithinAMinuteOfLastFetch_FailsWithoutFetching()
    {
        await WarmUpAsync();
        var rotated = _host.Identity.PublishNewKey([FakeBotFrameworkIdentity.TeamsChannel]);

        var early = await _host.AuthenticateAsync(t => t.Key = rotated);
        _host.Time.Advance(OpenIdKeyCache.MinimumFetchSpacing);
        var later = await _host.AuthenticateAsync(t => t.Key = rotated);

        Assert.Equal(AuthFailure.UnknownKey, early.FailureReason);
        Assert.True(later.Succeeded, later.FailureReason);
        Assert.Equal(2, _host.Identity.KeysFetchCount);
    }

    [Fact]
    public async Task RepeatedUnknownKids_FetchAtMostOncePerMinute()
    {
        await WarmUpAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(5));

        for (var i = 0; i < 5; i++)
        {
            var result = await _host.AuthenticateAsync(t => t.Key = _host.Identity.UnpublishedKey);
            Assert.Equal(AuthFailure.UnknownKey, result.FailureReason);
            _host.Time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(2, _host.Identity.KeysFetchCount);
    }

    [Fact]
    public async Task KeysOlderThan24Hours_AreFetchedAgain()
    {
        await WarmUpAsync();
        _host.Time.Advance(TimeSpan.FromHours(23));
        Assert.True((await _host.AuthenticateAsync(customize: null)).Succeeded);
        Assert.Equal(1, _host.Identity.KeysFetchCount);

        _host.Time.Advance(TimeSpan.FromHours(1));
        Assert.True((await _host.AuthenticateAsync(customize: null)).Succeeded);

        Assert.Equal(2, _host.Identity.KeysFetchCount);
    }

    [Fact]
    public async Task ConcurrentFirstRequests_ShareOneFetch()
    {
        _host.Identity.ResponseDelay = TimeSpan.FromMilliseconds(300);
        var token = "Bearer " + _host.Identity.MintToken();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _host.AuthenticateAsync(token))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.FailureReason));
        Assert.Equal(1, _host.Identity.MetadataFetchCount);
        Assert.Equal(1, _host.Identity.KeysFetchCount);
    }

    [Fact]
    public async Task MetadataUnavailable_FailsKeysUnavailable()
    {
        _host.Identity.Unavailable = true;

        var result = await _host.AuthenticateAsync(customize: null);

        Assert.Equal(AuthFailure.KeysUnavailable, result.FailureReason);
    }

    [Fact]
    public async Task FailedRefresh_KeepsPreviousKeys()
    {
        await WarmUpAsync();
        _host.Identity.Unavailable = true;
        _host.Time.Advance(TimeSpan.FromHours(25));

        var result = await _host.AuthenticateAsync(customize: null);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    private async Task WarmUpAsync()
    {
        var result = await _host.AuthenticateAsync(customize: null);
        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(1, _host.Identity.KeysFetchCount);
    }
}
