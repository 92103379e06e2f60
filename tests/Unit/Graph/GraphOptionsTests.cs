using CxReviewBot.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.UnitTests.Graph;

public sealed class GraphOptionsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void NoGraphSection_FallsBackToBotCredentialsAndGraphRoot()
    {
        var options = GraphOptions.From(Config(("Bot:AppId", "app"), ("Bot:AppPassword", "pw"), ("Bot:TenantId", "tenant")));

        Assert.Equal(("app", "pw", "tenant"), (options.ClientId, options.ClientSecret, options.TenantId));
        Assert.Equal("https://graph.microsoft.com/v1.0", options.BaseUrl);
        Assert.True(options.IsConfigured);
    }

    [Fact]
    public void GraphValues_WinOverBotValues()
    {
        var options = GraphOptions.From(Config(("Bot:AppId", "bot"), ("Graph:ClientId", "graph"), ("Graph:BaseUrl", "https://graph.microsoft.us/v1.0")));

        Assert.Equal("graph", options.ClientId);
        Assert.Equal("https://graph.microsoft.us/.default", options.Scope);
    }

    [Fact]
    public void MissingTenant_IsNotConfiguredAndSaysWhy()
    {
        var services = new ServiceCollection().AddCxGraph(Config(("Bot:AppId", "app"), ("Bot:AppPassword", "pw")));
        using var provider = services.BuildServiceProvider();

        var availability = provider.GetRequiredService<GraphAvailability>();
        Assert.False(availability.IsConfigured);
        Assert.Contains("Graph:TenantId", availability.Reason, StringComparison.Ordinal);
        Assert.Null(provider.GetService<IGraphGateway>());
    }

    [Fact]
    public void ManagedIdentity_IsConfiguredWithoutSecret()
    {
        var services = new ServiceCollection().AddLogging().AddCxGraph(Config(("Graph:UseManagedIdentity", "true")));
        using var provider = services.BuildServiceProvider();

        Assert.True(provider.GetRequiredService<GraphAvailability>().IsConfigured);
        Assert.IsType<GraphGateway>(provider.GetRequiredService<IGraphGateway>());
    }

    [Theory]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Eastern Standard Time", "America/New_York")]
    [InlineData("Pacific/Auckland", "Pacific/Auckland")]
    [InlineData("Customized Time Zone", null)]
    public void MailboxZone_MapsToIana(string zone, string? iana) => Assert.Equal(iana, MailboxSettingsMapping.ToIana(zone));

    [Fact]
    public void MailboxZone_IndiaStandardTime_MapsToAnIanaIdWithTheHalfHourOffset()
    {
        // ICU may answer the CLDR alias Asia/Calcutta rather than Asia/Kolkata; both are IANA ids.
        var iana = MailboxSettingsMapping.ToIana("India Standard Time");

        Assert.StartsWith("Asia/", iana, StringComparison.Ordinal);
        Assert.Equal(new TimeSpan(5, 30, 0), TimeZoneInfo.FindSystemTimeZoneById(iana!).BaseUtcOffset);
    }
}
