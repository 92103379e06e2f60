using CxReviewBot.Protocol.Auth;
using CxReviewBot.TestKit;

namespace CxReviewBot.UnitTests.Auth;

public sealed class InboundAuthenticatorTests : IAsyncLifetime
{
    private AuthTestHost _host = null!;

    public async Task InitializeAsync() => _host = await AuthTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ValidToken_Succeeds()
    {
        var result = await _host.AuthenticateAsync(customize: null);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Null(result.FailureReason);
        Assert.Equal(FakeBotFrameworkIdentity.DefaultServiceUrl, result.Identity!.FindFirst("serviceurl")?.Value);
        Assert.Equal(FakeBotFrameworkIdentity.DefaultAppId, result.Identity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task TamperedSignature_FailsBadSignature()
    {
        var token = _host.Identity.MintToken();
        var signature = token[(token.LastIndexOf('.') + 1)..];
        var flipped = (signature[5] == 'A' ? 'B' : 'A') + signature[6..];
        var tampered = token[..(token.LastIndexOf('.') + 1)] + signature[..5] + flipped;

        var result = await _host.AuthenticateAsync("Bearer " + tampered);

        Assert.Equal(AuthFailure.BadSignature, result.FailureReason);
    }

    [Fact]
    public async Task TokenSignedByOtherKeyUnderPublishedKid_FailsBadSignature()
    {
        var result = await _host.AuthenticateAsync(t => { t.Key = _host.Identity.UnpublishedKey; t.Kid = _host.Identity.DefaultKey.Kid; });

        Assert.Equal(AuthFailure.BadSignature, result.FailureReason);
    }

    [Fact]
    public async Task UnpublishedKey_FailsUnknownKey()
    {
        var result = await _host.AuthenticateAsync(t => t.Key = _host.Identity.UnpublishedKey);

        Assert.Equal(AuthFailure.UnknownKey, result.FailureReason);
    }

    [Fact]
    public async Task ExpiredToken_FailsExpired()
    {
        var now = _host.Time.GetUtcNow();
        var result = await _host.AuthenticateAsync(t => { t.NotBefore = now.AddHours(-2); t.Expires = now.AddMinutes(-6); });

        Assert.Equal(AuthFailure.Expired, result.FailureReason);
    }

    [Fact]
    public async Task TokenExpiringLater_FailsOnceClockPassesExpiryPlusSkew()
    {
        var token = _host.Identity.MintToken();
        Assert.True((await _host.AuthenticateAsync("Bearer " + token)).Succeeded);

        _host.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        Assert.Equal(AuthFailure.Expired, (await _host.AuthenticateAsync("Bearer " + token)).FailureReason);
    }

    [Fact]
    public async Task NotBeforeInFuture_FailsNotYetValid()
    {
        var now = _host.Time.GetUtcNow();
        var result = await _host.AuthenticateAsync(t => { t.NotBefore = now.AddMinutes(6); t.Expires = now.AddHours(1); });

        Assert.Equal(AuthFailure.NotYetValid, result.FailureReason);
    }

    [Fact]
    public async Task LifetimeOffByLessThanSkew_Succeeds()
    {
        var now = _host.Time.GetUtcNow();
        var expiredRecently = await _host.AuthenticateAsync(t => { t.NotBefore = now.AddHours(-1); t.Expires = now.AddMinutes(-4); });
        var validSoon = await _host.AuthenticateAsync(t => { t.NotBefore = now.AddMinutes(4); t.Expires = now.AddHours(1); });

        Assert.True(expiredRecently.Succeeded, expiredRecently.FailureReason);
        Assert.True(validSoon.Succeeded, validSoon.FailureReason);
    }

    [Fact]
    public async Task WrongAudience_FailsWrongAudience()
    {
        var result = await _host.AuthenticateAsync(t => t.Audience = "11111111-2222-3333-4444-555555555555");

        Assert.Equal(AuthFailure.WrongAudience, result.FailureReason);
    }

    [Fact]
    public async Task WrongIssuer_FailsWrongIssuer()
    {
        var result = await _host.AuthenticateAsync(t => t.Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/");

        Assert.Equal(AuthFailure.WrongIssuer, result.FailureReason);
    }

    [Fact]
    public async Task AlgNone_FailsBadAlgorithm()
    {
        var token = _host.Identity.MintToken(t => t.Algorithm = TokenAlgorithm.None);

        var result = await _host.AuthenticateAsync("Bearer " + token);

        Assert.EndsWith(".", token, StringComparison.Ordinal);
        Assert.Equal(AuthFailure.BadAlgorithm, result.FailureReason);
    }

    [Fact]
    public async Task Hs256SignedWithPublicKey_FailsBadAlgorithm()
    {
        var result = await _host.AuthenticateAsync(t => t.Algorithm = TokenAlgorithm.HS256WithPublicKey);

        Assert.Equal(AuthFailure.BadAlgorithm, result.FailureReason);
    }

    [Fact]
    public async Task KeyEndorsingOtherChannels_FailsMissingEndorsement()
    {
        var result = await _host.AuthenticateAsync(t => t.Key = _host.Identity.UnendorsedKey);

        Assert.Equal(AuthFailure.MissingEndorsement, result.FailureReason);
    }

    [Fact]
    public async Task KeyWithoutEndorsements_FailsMissingEndorsement()
    {
        var result = await _host.AuthenticateAsync(t => t.Key = _host.Identity.NoEndorsementsKey);

        Assert.Equal(AuthFailure.MissingEndorsement, result.FailureReason);
    }

    [Fact]
    public async Task ServiceUrlClaimDiffersFromActivity_FailsServiceUrlMismatch()
    {
        var result = await _host.AuthenticateAsync("Bearer " + _host.Identity.MintToken(), "https://evil.example.com/amer/");

        Assert.Equal(AuthFailure.ServiceUrlMismatch, result.FailureReason);
    }

    [Fact]
    public async Task ServiceUrlClaimMissing_FailsServiceUrlMismatch()
    {
        var result = await _host.AuthenticateAsync(t => t.ServiceUrl = null);

        Assert.Equal(AuthFailure.ServiceUrlMismatch, result.FailureReason);
    }

    [Fact]
    public async Task ServiceUrlDiffersOnlyInCaseAndTrailingSlash_Succeeds()
    {
        var result = await _host.AuthenticateAsync("Bearer " + _host.Identity.MintToken(), "HTTPS://smba.trafficmanager.net/amer");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task MissingHeader_FailsMissingHeader(string? header)
    {
        var result = await _host.AuthenticateAsync(header);

        Assert.Equal(AuthFailure.MissingHeader, result.FailureReason);
    }

    [Fact]
    public async Task NonBearerScheme_FailsBadScheme()
    {
        var result = await _host.AuthenticateAsync("Basic " + _host.Identity.MintToken());

        Assert.Equal(AuthFailure.BadScheme, result.FailureReason);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.%%%.xyz")]
    public async Task GarbageToken_FailsWithoutThrowing(string token)
    {
        var result = await _host.AuthenticateAsync("Bearer " + token);

        Assert.False(result.Succeeded);
        Assert.Contains(result.FailureReason, new[] { AuthFailure.Malformed, AuthFailure.BadAlgorithm });
    }

    [Fact]
    public async Task DevelopmentMode_AcceptsRequestWithoutHeaderAndFetchesNoKeys()
    {
        await using var devHost = await AuthTestHost.StartAsync(appId: "");

        var result = await devHost.AuthenticateAsync(header: null);

        Assert.True(result.Succeeded);
        Assert.False(result.Identity!.IsAuthenticated);
        Assert.Equal(0, devHost.Identity.MetadataFetchCount);
    }
}
