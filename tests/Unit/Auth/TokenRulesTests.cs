using CxReviewBot.Protocol.Auth;

namespace CxReviewBot.UnitTests.Auth;

public sealed class TokenRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer  abc ", "abc")]
    public void BearerHeader_YieldsToken(string header, string expected)
    {
        Assert.True(TokenRules.TryReadBearer(header, out var token));
        Assert.Equal(expected, token);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer   ")]
    [InlineData("Basic abc")]
    [InlineData("Bearerabc")]
    public void NonBearerHeader_IsRejected(string header)
    {
        Assert.False(TokenRules.TryReadBearer(header, out _));
    }

    [Theory]
    [InlineData(-65, -6, "expired")]
    [InlineData(-65, -4, null)]
    [InlineData(6, 60, "not-yet-valid")]
    [InlineData(4, 60, null)]
    [InlineData(30, 10, "invalid-lifetime")]
    public void Lifetime_IsCheckedWithSkew(int notBeforeMinutes, int expiresMinutes, string? expected)
    {
        var reason = TokenRules.CheckLifetime(
            Now.AddMinutes(notBeforeMinutes).UtcDateTime, Now.AddMinutes(expiresMinutes).UtcDateTime, Now, Skew);

        Assert.Equal(expected, reason);
    }

    [Fact]
    public void MissingExpiry_IsInvalidLifetime()
    {
        Assert.Equal(AuthFailure.InvalidLifetime, TokenRules.CheckLifetime(Now.UtcDateTime, null, Now, Skew));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer", true)]
    [InlineData("https://SMBA.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/emea/", false)]
    [InlineData(null, "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", null, false)]
    public void ServiceUrl_ComparedIgnoringCaseAndTrailingSlash(string? claim, string? activity, bool expected)
    {
        Assert.Equal(expected, TokenRules.ServiceUrlMatches(claim, activity));
    }

    [Fact]
    public void Endorsement_RequiresTheChannelInTheKeysList()
    {
        var endorsements = new HashSet<string>(["msteams"]);

        Assert.True(TokenRules.IsEndorsed(endorsements, "msteams"));
        Assert.False(TokenRules.IsEndorsed(endorsements, "webchat"));
        Assert.False(TokenRules.IsEndorsed(endorsements, null));
        Assert.False(TokenRules.IsEndorsed(new HashSet<string>(), "msteams"));
    }
}
