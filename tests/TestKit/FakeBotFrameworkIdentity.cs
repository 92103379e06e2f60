using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CxReviewBot.TestKit;

/// <summary>
/// The Bot Framework token issuer over real HTTP: OpenID metadata, a JWKS with <c>endorsements</c>, and tokens signed
/// by its in-memory keys. Point <c>Bot:OpenIdMetadataUrl</c> at <see cref="MetadataUrl"/> and send minted tokens.
/// </summary>
public sealed class FakeBotFrameworkIdentity : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string DefaultAppId = "3f2b7c1e-5a4d-4e8f-9b6a-0c1d2e3f4a5b";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string TeamsChannel = "msteams";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly List<FakeSigningKey> _published = [];
    private readonly List<FakeSigningKey> _all = [];
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private int _metadataFetches;
    private int _keysFetches;

    private FakeBotFrameworkIdentity(string appId, TimeProvider time)
    {
        AppId = appId;
        _time = time;
        DefaultKey = PublishNewKey([TeamsChannel]);
        UnendorsedKey = PublishNewKey(["webchat", "emulator"]);
        NoEndorsementsKey = PublishNewKey(null);
        UnpublishedKey = Track(new FakeSigningKey("unpublished-" + Guid.NewGuid().ToString("N"), [TeamsChannel]));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            await Task.Delay(ResponseDelay, context.RequestAborted);
            await (Unavailable ? Results.StatusCode(503).ExecuteAsync(context) : next(context));
        });
        _app.MapGet("/v1/.well-known/openidconfiguration", Metadata);
        _app.MapGet("/v1/.well-known/openid-configuration", Metadata);
        _app.MapGet("/v1/.well-known/keys", Keys);
    }

    public string AppId { get; }
    public string BaseUrl { get; private set; } = "";
    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";
    public string KeysUrl => BaseUrl + "/v1/.well-known/keys";

    /// <summary>Published, endorses <c>msteams</c>.</summary>
    public FakeSigningKey DefaultKey { get; }

    /// <summary>Published, endorses other channels only.</summary>
    public FakeSigningKey UnendorsedKey { get; }

    /// <summary>Published without any <c>endorsements</c> property.</summary>
    public FakeSigningKey NoEndorsementsKey { get; }

    /// <summary>Never published: tokens signed with it must fail as an unknown key.</summary>
    public FakeSigningKey UnpublishedKey { get; }

    public int MetadataFetchCount => Volatile.Read(ref _metadataFetches);
    public int KeysFetchCount => Volatile.Read(ref _keysFetches);

    /// <summary>When true every endpoint answers 503.</summary>
    public bool Unavailable { get; set; }

    /// <summary>Real (not fake-clock) delay before each response, to make concurrent requests overlap.</summary>
    public TimeSpan ResponseDelay { get; set; }

    public static async Task<FakeBotFrameworkIdentity> StartAsync(string appId = DefaultAppId, TimeProvider? timeProvider = null)
    {
        var identity = new FakeBotFrameworkIdentity(appId, timeProvider ?? TimeProvider.System);
        await identity._app.StartAsync();
        identity.BaseUrl = identity._app.Urls.First().TrimEnd('/');
        return identity;
    }

    /// <summary>Creates and publishes a key (key rotation); a cached key set will not know it yet.</summary>
    public FakeSigningKey PublishNewKey(IReadOnlyList<string>? endorsements)
    {
        var key = Track(new FakeSigningKey("key-" + Guid.NewGuid().ToString("N"), endorsements));
        lock (_gate)
        {
            _published.Add(key);
        }
        return key;
    }

    public void Unpublish(FakeSigningKey key)
    {
        lock (_gate)
        {
            _published.Remove(key);
        }
    }

    public string MintToken(Action<TokenSpec>? customize = null)
    {
        var now = _time.GetUtcNow();
        var spec = new TokenSpec { Audience = AppId, NotBefore = now.AddMinutes(-1), Expires = now.AddHours(1), Key = DefaultKey };
        customize?.Invoke(spec);
        var key = spec.Key ?? DefaultKey;

        var claims = new Dictionary<string, object>(spec.ExtraClaims);
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = spec.NotBefore.UtcDateTime,
            NotBefore = spec.NotBefore.UtcDateTime,
            Expires = spec.Expires.UtcDateTime,
            Claims = claims,
        };
        var kid = spec.Kid ?? key.Kid;
        switch (spec.Algorithm)
        {
            case TokenAlgorithm.RS256:
                descriptor.SigningCredentials = new SigningCredentials(key.SecurityKey(kid), SecurityAlgorithms.RsaSha256);
                break;
            case TokenAlgorithm.HS256WithPublicKey:
                var secret = new SymmetricSecurityKey(key.PublicKeyPemBytes()) { KeyId = kid };
                descriptor.SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256);
                break;
            case TokenAlgorithm.None:
                // IdentityModel refuses a kid on unsigned tokens, so swap in a header that names a real key.
                var payload = _handler.CreateToken(descriptor).Split('.')[1];
                return Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}""") + "." + payload + ".";
        }
        return _handler.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var key in _all)
        {
            key.Dispose();
        }
    }

    private FakeSigningKey Track(FakeSigningKey key)
    {
        lock (_gate)
        {
            _all.Add(key);
        }
        return key;
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref _metadataFetches);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = KeysUrl,
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        });
    }

    private IResult Keys()
    {
        Interlocked.Increment(ref _keysFetches);
        lock (_gate)
        {
            return Results.Json(new { keys = _published.Select(k => k.ToJwk()).ToList() });
        }
    }
}
