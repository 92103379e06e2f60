using CxReviewBot.TestKit;

namespace CxReviewBot.UnitTests.Connector;

/// <summary>The fake connector's Teams limits, which the benches and scenario tests rely on to catch over-sending.</summary>
public sealed class FakeConnectorRateLimitsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_TenantOverItsLimit_IsRefusedWhileOtherTenantsAreNot()
    {
        var limits = new FakeConnectorRateLimits { GlobalPerSecond = 1000, TenantPerSecond = 3 };
        var allowed = Enumerable.Range(0, 3).Select(i => limits.Check($"a:{i}", isSend: true, Start, "tenant-a")).ToList();

        var overA = limits.Check("a:9", isSend: true, Start.AddMilliseconds(10), "tenant-a");
        var otherTenant = limits.Check("b:1", isSend: true, Start.AddMilliseconds(10), "tenant-b");

        Assert.All(allowed, Assert.Null);
        Assert.Equal("1", overA);
        Assert.Null(otherTenant);
        Assert.Equal(1, limits.RefusedForTenant);
        Assert.Equal(1, limits.Refused);
    }

    [Fact]
    public void Check_TenantWindow_FreesAfterOneSecond()
    {
        var limits = new FakeConnectorRateLimits { GlobalPerSecond = 1000, TenantPerSecond = 2 };
        limits.Check("a:1", isSend: true, Start, "tenant-a");
        limits.Check("a:2", isSend: true, Start.AddMilliseconds(500), "tenant-a");

        Assert.NotNull(limits.Check("a:3", isSend: true, Start.AddMilliseconds(999), "tenant-a"));
        Assert.Null(limits.Check("a:3", isSend: true, Start.AddMilliseconds(1001), "tenant-a"));
    }

    [Fact]
    public void Check_WithoutTenantLimit_CountsOnlyBotWide()
    {
        var limits = new FakeConnectorRateLimits { GlobalPerSecond = 2 };

        var results = Enumerable.Range(0, 3).Select(i => limits.Check($"a:{i}", isSend: true, Start, "tenant-a")).ToList();

        Assert.Equal([null, null, "1"], results);
        Assert.Equal(0, limits.RefusedForTenant);
    }
}
