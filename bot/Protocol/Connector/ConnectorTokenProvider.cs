using System.Net;
using System.Text.Json;
using CxReviewBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Protocol.Connector;

/// <summary>
/// Client-credentials token for calls to the Bot Connector. Cached and refreshed ahead of expiry; concurrent callers
/// wait for one request. In development mode (no app id) there is no token and no Authorization header.
/// </summary>
internal sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<BotOptions> botOptions,
    TimeProvider time,
    ILogger<ConnectorTokenProvider> logger)
{
    public const string HttpClientName = "ConnectorToken";
    public const string Scope = "https://api.botframework.com/.default";

    // botbuilder-js treats tokens as expired 5 minutes early; the same margin covers clock skew with the connector.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var options = botOptions.Value;
        if (options.IsDevelopmentMode)
        {
            return null;
        }
        if (_cached is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
        {
            return fresh.Token;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var cached = _cached;
            var now = time.GetUtcNow();
            if (cached is not null && now < cached.RefreshAt)
            {
                return cached.Token;
            }
            try
            {
                var token = await RequestAsync(options, cancellationToken).ConfigureAwait(false);
                _cached = token;
                return token.Token;
            }
            catch (ConnectorException ex) when (ex.IsTransient && cached is not null && now < cached.ExpiresAt)
            {
                // The old token is still valid for a few minutes: a refresh hiccup must not stop sends.
                ConnectorLog.TokenRefreshFailedUsingCached(logger, ex.Message);
                return cached.Token;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CachedToken> RequestAsync(BotOptions options, CancellationToken cancellationToken)
    {
        var endpoint = options.ResolvedTokenEndpoint;
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", options.AppId),
            new("client_secret", options.AppPassword),
            new("scope", Scope),
        ]);
        var http = httpClientFactory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(endpoint, form, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ConnectorLog.TokenRequestFailed(logger, endpoint, null, ex.Message);
            throw new ConnectorException(null, null, $"Token endpoint unreachable: {ex.Message}", isTransient: true);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var code = ReadString(body, "error");
                ConnectorLog.TokenRequestFailed(logger, endpoint, (int)response.StatusCode, code);
                throw new ConnectorException(response.StatusCode, code, $"Token endpoint answered {(int)response.StatusCode} {code}",
                    isTransient: (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout);
            }
            var token = ReadString(body, "access_token")
                ?? throw new ConnectorException(response.StatusCode, null, "Token endpoint answered without access_token", isTransient: false);
            var lifetime = TimeSpan.FromSeconds(ReadSeconds(body) ?? 3600);
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            var now = time.GetUtcNow();
            ConnectorLog.TokenAcquired(logger, endpoint, lifetime);
            return new CachedToken(token, now + lifetime - margin, now + lifetime);
        }
    }

    private static string? ReadString(string body, string property)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty(property, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Entra sends expires_in as a number; some proxies send it as a string.
    private static double? ReadSeconds(string body)
    {
        using var json = JsonDocument.Parse(body);
        if (!json.RootElement.TryGetProperty("expires_in", out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var n) && n > 0 => n,
            JsonValueKind.String when double.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 => s,
            _ => null,
        };
    }

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt);
}
