using CxReviewBot.Hosting;
using CxReviewBot.Protocol.Auth;
using CxReviewBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.UnitTests.Auth;

/// <summary>The auth services wired as in the bot, against a <see cref="FakeBotFrameworkIdentity"/> and a fake clock.</summary>
internal sealed class AuthTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AuthTestHost(FakeBotFrameworkIdentity identity, FakeTimeProvider time, string appId)
    {
        Identity = identity;
        Time = time;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.Configure<BotOptions>(o =>
        {
            o.AppId = appId;
            o.OpenIdMetadataUrl = identity.MetadataUrl;
        });
        services.AddInboundAuth();
        _services = services.BuildServiceProvider();
    }

    public FakeBotFrameworkIdentity Identity { get; }
    public FakeTimeProvider Time { get; }
    public InboundAuthenticator Authenticator => _services.GetRequiredService<InboundAuthenticator>();
    public OpenIdKeyCache KeyCache => _services.GetRequiredService<OpenIdKeyCache>();

    public static async Task<AuthTestHost> StartAsync(string appId = FakeBotFrameworkIdentity.DefaultAppId)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var identity = await FakeBotFrameworkIdentity.StartAsync(FakeBotFrameworkIdentity.DefaultAppId, time);
        return new AuthTestHost(identity, time, appId);
    }

    public Task<AuthResult> AuthenticateAsync(string? header, string? serviceUrl = FakeBotFrameworkIdentity.DefaultServiceUrl) =>
        Authenticator.AuthenticateAsync(header, FakeBotFrameworkIdentity.TeamsChannel, serviceUrl, CancellationToken.None);

    public Task<AuthResult> AuthenticateAsync(Action<TokenSpec>? customize = null) =>
        AuthenticateAsync("Bearer " + Identity.MintToken(customize));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
