using CxReviewBot.Protocol.Auth;

namespace CxReviewBot.UnitTests.Auth;

public sealed class DevelopmentModeGuardTests
{
    [Theory]
    [InlineData("http://localhost:3978")]
    [InlineData("https://LOCALHOST:5001")]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://127.5.6.7:3978")]
    [InlineData("http://[::1]:3978")]
    [InlineData("http://localhost:3978;https://127.0.0.1:5001")]
    public void LoopbackAddresses_AreAllowed(string urls)
    {
        Assert.True(DevelopmentModeGuard.IsAllowed([urls]));
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:80")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://192.168.1.20:3978")]
    [InlineData("http://localhost.example.com:3978")]
    [InlineData("http://localhost:3978;http://0.0.0.0:3978")]
    [InlineData("not a url")]
    public void NonLoopbackAddresses_AreRefused(string urls)
    {
        Assert.False(DevelopmentModeGuard.IsAllowed([urls]));
    }

    [Fact]
    public void MixedList_IsRefused()
    {
        Assert.False(DevelopmentModeGuard.IsAllowed(["http://localhost:3978", "http://10.0.0.4:3978"]));
    }

    [Fact]
    public void EmptyList_IsRefused()
    {
        Assert.False(DevelopmentModeGuard.IsAllowed([]));
    }
}
