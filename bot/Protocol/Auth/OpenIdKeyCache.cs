using System.Net.Http.Json;
using System.Text.Json;
using CxReviewBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Protocol.Auth;

/// <summary>
/// Bot Framework signing keys discovered from <see cref="BotOptions.OpenIdMetadataUrl"/>. Refreshed at least every
/// 24 h (Bot Framework docs) and once more when a token names an unknown <c>kid</c> (keys rotate); all fetches are
/// shared by concurrent callers and spaced at least a minute apart so bad tokens cannot make us hammer the endpoint.
/// </summary>
internal sealed class OpenIdKeyCache(
    IHttpClientFactory httpClientFactory,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<OpenIdKeyCache> logger)
{
    public const string HttpClientName = "CxReviewBot.OpenIdMetadata";
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinimumFetchSpacing = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private volatile OpenIdKeySet? _current;
    private Task<OpenIdKeySet?>? _inflight;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    /// <summary>The cached keys, fetched first if missing or older than 24 h; null when none could be fetched.</summary>
    public Task<OpenIdKeySet?> GetAsync(CancellationToken cancellationToken) => FetchSharedAsync(force: false, cancellationToken);

    /// <summary>Fetches again unless a fetch ran less than a minute ago; returns whatever keys are then current.</summary>
    public Task<OpenIdKeySet?> RefreshAsync(CancellationToken cancellationToken) => FetchSharedAsync(force: true, cancellationToken);

    private Task<OpenIdKeySet?> FetchSharedAsync(bool force, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_inflight is { IsCompleted: false } running)
            {
                return running.WaitAsync(cancellationToken);
            }

            var now = timeProvider.GetUtcNow();
            var fresh = _current is { } current && now - current.FetchedAt < RefreshInterval;
            if ((fresh && !force) || now - _lastAttempt < MinimumFetchSpacing)
            {
                return Task.FromResult(_current);
            }

            _lastAttempt = now;
            // Not tied to the caller's token: other requests may be waiting on the same fetch.
            _inflight = FetchAndStoreAsync();
            return _inflight.WaitAsync(cancellationToken);
        }
    }

    private async Task<OpenIdKeySet?> FetchAndStoreAsync()
    {
        try
        {
            var keys = await FetchAsync(CancellationToken.None);
            if (!string.Equals(keys.Issuer, BotOptions.BotFrameworkIssuer, StringComparison.Ordinal))
            {
                AuthLog.UnexpectedMetadataIssuer(logger, keys.Issuer);
            }
            _current = keys;
            AuthLog.KeysRefreshed(logger, keys.Keys.Count);
        }
        catch (Exception ex)
        {
            AuthLog.KeyRefreshFailed(logger, options.Value.OpenIdMetadataUrl, ex);
        }
        return _current;
    }

    private async Task<OpenIdKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var metadata = await client.GetFromJsonAsync<JsonElement>(options.Value.OpenIdMetadataUrl, cancellationToken);
        var issuer = metadata.GetProperty("issuer").GetString() ?? "";
        var jwksUri = new Uri(metadata.GetProperty("jwks_uri").GetString() ?? "", UriKind.Absolute);
        var jwks = await client.GetStringAsync(jwksUri, cancellationToken);
        return OpenIdKeySet.Parse(issuer, jwks, timeProvider.GetUtcNow());
    }
}
